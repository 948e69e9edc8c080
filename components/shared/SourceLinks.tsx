import { i18n } from '#i18n';
import type { Source } from '../../topic/knowledge';

/** Props of a statement's source links. */
export interface SourceLinksProps {
  /** The sources to link, in citation order; nothing is rendered when empty. */
  sources: readonly Source[];
}

/**
 * The sources behind one statement, as links that open in a new tab: title, then publisher and
 * year. Sponsor material and second-hand summaries get a short note.
 */
export function SourceLinks({ sources }: SourceLinksProps) {
  if (sources.length === 0) return null;
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
            {source.kind === 'secondary' && ` ${i18n.t('sources.secondary')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
