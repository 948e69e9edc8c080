import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { TabClaim } from '../../utils/messages';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel } from '../shared/labels';
import { ClaimItem } from './ClaimItem';
import { groupClaims } from './claim-groups';

const COUNT = new Intl.NumberFormat(i18n.t('format.numberLocale'));

/** The facet ids a claim carries, when the page reported them (issue #13 facets); [] otherwise. */
function facetIdsOf(claim: TabClaim): readonly string[] {
  const facets = (claim as { facets?: { ids?: unknown } }).facets;
  return Array.isArray(facets?.ids) ? facets.ids.filter((id) => typeof id === 'string') : [];
}

/** Props of the list of a page's claims. */
export interface ClaimListProps {
  /** The page's claims, every frame, top frame first. Renders nothing when empty. */
  claims: readonly TabClaim[];
  /**
   * How many claims the page holds; more than `claims` when frames list only their first ones
   * (utils/messages.ts MAX_REPORTED_CLAIMS). Defaults to the length of `claims`.
   */
  total?: number;
  /**
   * Called when the user picks a claim: the page should scroll to it and flash it. May resolve
   * to false when the page could not show it (the text is gone); the list then says so.
   */
  onReveal(claim: { id: number; frameId: number }): Promise<boolean> | void;
  /** Claims listed per category before a "Show all" button; 20 by default. */
  groupLimit?: number;
  /**
   * What goes under a claim (ClaimItem's children), e.g. its specific answers. `before` holds the
   * facet ids of the claims listed above it, so repeated answers can be folded. Nothing when absent.
   */
  renderAnswer?(claim: TabClaim, before: ReadonlySet<string>): ComponentChildren;
}

/**
 * The page's claims grouped by category, each group with its count; every claim is a button
 * that reveals it in the page (ClaimItem), with `renderAnswer`'s content below it.
 */
export function ClaimList({
  claims,
  total,
  onReveal,
  groupLimit = 20,
  renderAnswer,
}: ClaimListProps) {
  const groups = useMemo(() => groupClaims(claims), [claims]);
  const [status, setStatus] = useState('');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // For each claim, the facet ids of the claims listed above it (renderAnswer folds repeats).
  const answeredBefore = useMemo(() => {
    const seen = new Set<string>();
    const out = new Map<TabClaim, ReadonlySet<string>>();
    for (const claim of groups.flatMap((g) => g.claims)) {
      out.set(claim, new Set(seen));
      for (const id of facetIdsOf(claim)) seen.add(id);
    }
    return out;
  }, [groups]);
  if (groups.length === 0) return null;

  const reveal = async (claim: TabClaim) => {
    setStatus('');
    const shown = await onReveal({ id: claim.id, frameId: claim.frameId });
    if (shown === false) {
      setStatus(i18n.t('claims.notShown'));
    }
  };

  return (
    <section class="claims" aria-labelledby="claims-heading">
      <h2 id="claims-heading">
        {i18n.t('claims.heading')}{' '}
        <span class="muted">({COUNT.format(Math.max(total ?? 0, claims.length))})</span>
      </h2>
      {(total ?? 0) > claims.length && (
        <p class="muted">{i18n.t('claims.firstListed', { count: COUNT.format(claims.length) })}</p>
      )}
      {groups.map((group) => {
        const isExpanded = expanded.has(group.category);
        const shown = isExpanded ? group.claims : group.claims.slice(0, groupLimit);
        return (
          <div class="claim-group" key={group.category}>
            <h3>
              <span
                class="swatch"
                style={{ background: CATEGORY_COLORS[group.category] }}
                aria-hidden="true"
              />
              {categoryLabel(group.category)} <span class="muted">({group.claims.length})</span>
            </h3>
            <ul>
              {shown.map((claim) => (
                <ClaimItem
                  key={`${claim.frameId}:${claim.id}`}
                  claim={claim}
                  onPick={(c) => void reveal(c)}
                >
                  {renderAnswer?.(claim, answeredBefore.get(claim) ?? new Set())}
                </ClaimItem>
              ))}
            </ul>
            {shown.length < group.claims.length && (
              <button
                type="button"
                class="link-button"
                onClick={() => setExpanded(new Set([...expanded, group.category]))}
              >
                {i18n.t('claims.showAll', {
                  count: group.claims.length,
                  category: categoryLabel(group.category),
                })}
              </button>
            )}
          </div>
        );
      })}
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
