import { i18n } from '#i18n';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';

/** Props of the list of sites with their own setting. */
export interface SiteListProps {
  /** Sites where highlights are on whatever the default. */
  onFor: readonly string[];
  /** Sites where highlights are off whatever the default. */
  offFor: readonly string[];
  /** Called to remove one site's own setting (it then follows the default). */
  onRemove(site: string): void;
  /** Called, after the user confirms, to remove every site's own setting. */
  onResetAll(): void;
  /** How many rows to show before "Show more"; 100 by default. */
  pageSize?: number;
}

/** One site with its own setting. */
interface SiteEntry {
  site: string;
  isOn: boolean;
}

/**
 * The sites with their own setting, sorted by name, with a filter box; each can be removed, and
 * all can be reset after a confirmation. Stays quick with thousands of sites: the list is sorted
 * and filtered once per change and only a page of rows is rendered at a time.
 */
export function SiteList(props: SiteListProps) {
  const pageSize = props.pageSize ?? 100;
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const [isConfirming, setConfirming] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const pendingFocusRef = useRef<number | null>(null);

  const all = useMemo<SiteEntry[]>(() => {
    const entries = [
      ...props.onFor.map((site) => ({ site, isOn: true })),
      ...props.offFor.map((site) => ({ site, isOn: false })),
    ];
    return entries.sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  }, [props.onFor, props.offFor]);

  const needle = filter.trim().toLowerCase();
  const matches = useMemo(
    () => (needle ? all.filter((e) => e.site.includes(needle)) : all),
    [all, needle],
  );
  const shown = matches.slice(0, limit);

  // After a removal, keep keyboard focus in the list: on the row that took the removed one's
  // place, else the filter box.
  useEffect(() => {
    if (pendingFocusRef.current === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const target = buttons?.[Math.min(pendingFocusRef.current, (buttons?.length ?? 0) - 1)];
    (target ?? filterRef.current)?.focus();
    pendingFocusRef.current = null;
  }, [all]);

  const remove = (site: string, index: number) => {
    pendingFocusRef.current = index;
    props.onRemove(site);
  };

  return (
    <div class="site-list">
      {all.length === 0 ? (
        <p class="muted">{i18n.t('sites.none')}</p>
      ) : (
        <>
          <div class="site-tools">
            <label for={filterId}>{i18n.t('sites.find')}</label>
            <input
              id={filterId}
              ref={filterRef}
              type="search"
              value={filter}
              onInput={(e) => {
                setFilter(e.currentTarget.value);
                setLimit(pageSize);
              }}
            />
          </div>
          <p class="muted" role="status">
            {needle
              ? i18n.t('sites.matching', { matches: matches.length, all: all.length })
              : i18n.t('sites.count', all.length)}
          </p>
          <ul class="sites" ref={listRef}>
            {shown.map((entry, i) => (
              <li key={entry.site}>
                <span class="site-name">{entry.site}</span>
                <span class={entry.isOn ? 'site-state ok' : 'site-state muted'}>
                  {i18n.t(entry.isOn ? 'sites.alwaysOn' : 'sites.alwaysOff')}
                </span>
                <button
                  type="button"
                  aria-label={i18n.t('sites.removeLabel', { site: entry.site })}
                  onClick={() => remove(entry.site, i)}
                >
                  {i18n.t('sites.remove')}
                </button>
              </li>
            ))}
          </ul>
          {matches.length > shown.length && (
            <button type="button" onClick={() => setLimit(limit + pageSize)}>
              {i18n.t('sites.showMore', { count: matches.length - shown.length })}
            </button>
          )}
          <div class="reset-all">
            {isConfirming ? (
              <>
                <p>{i18n.t('sites.confirmAll', { count: all.length })}</p>
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    setConfirming(false);
                    props.onResetAll();
                  }}
                >
                  {i18n.t('sites.yesRemoveAll')}
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  {i18n.t('sites.cancel')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {i18n.t('sites.resetAll')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
