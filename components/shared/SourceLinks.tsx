import { i18n } from '#i18n';
import type { Source } from '../../topic/knowledge';
import { formatIsoDate } from './dates';

/** Props of a statement's source links. */
export interface SourceLinksProps {
  /** The sources to link, in citation order; nothing is rendered when empty. */
  sources: readonly Source[];
  /**
   * One short line instead of a list: each source as "publisher, year" (the title is the link's
   * tooltip), for places that must stay short, like the popup's one-screen summary.
   */
  compact?: boolean;
}

/** "checked 5 Dec 2026": when the source was last read for the pack. */
function checkedText(source: Source): string {
  return i18n.t('sources.checked', { date: formatIsoDate(source.checkedOn, true) });
}

/**
 * The sources behind one statement, as links that open in a new tab: title, then publisher, year
 * and the date we last checked the source (so every sourced line shows when it was reviewed).
 * Second-hand summaries get a short note.
 */
export function SourceLinks({ sources, compact = false }: SourceLinksProps) {
  if (sources.length === 0) return null;
  if (compact) {
    // One date when every source was checked the same day, else one per source.
    const isOneDate = sources.every((s) => s.checkedOn === sources[0]!.checkedOn);
    return (
      <p class="sources sources-compact">
        {sources.map((source, i) => (
          <span key={source.id}>
            {i > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
              {source.publisher}, {source.year}
              <span class="visually-hidden"> {i18n.t('sources.newTab')}</span>
            </a>
            {!isOneDate && <span class="muted"> ({checkedText(source)})</span>}
          </span>
        ))}
        {isOneDate && <span class="muted"> ({checkedText(sources[0]!)})</span>}
      </p>
    );
  }
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
            <span class="visually-hidden"> {i18n.t('sources.newTab')}</span>
          </a>{' '}
          <span class="muted">
            — {source.publisher}, {source.year}
            {source.kind === 'secondary' && ` ${i18n.t('sources.secondary')}`} ·{' '}
            {checkedText(source)}
          </span>
        </li>
      ))}
    </ul>
  );
}
