import type { UnreadableReason } from '../../utils/site';

/** Props of the explanation shown when the extension cannot read the page. */
export interface UnreadablePageProps {
  /**
   * Why, from the page's address (utils/site.ts `unreadableReason`): null when the address is an
   * ordinary page (it may still be loading, or was open before the extension was installed), and
   * 'unknown' when the address itself could not be seen.
   */
  reason: UnreadableReason | 'unknown';
}

const EXPLANATIONS: Record<Exclude<UnreadableReason, null>, string> = {
  'browser-page':
    'This is a page of the browser itself (such as a new tab, settings or an extensions page). Browsers do not let extensions read these pages.',
  'store-page':
    'This is an extension store page. Browsers do not let extensions read store pages, to keep them safe.',
  pdf: 'This looks like a PDF document. The built-in PDF viewer does not let extensions read the text.',
  file: 'This is a file on your computer. Extensions can read local files only if you allow it in the browser’s extension settings.',
};

/**
 * A clear explanation, instead of an empty box, when there is no page text to check: why, and
 * what the reader can do.
 */
export function UnreadablePage({ reason }: UnreadablePageProps) {
  return (
    <section class="notice unreadable" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">Claim Context cannot read this page</h2>
      {reason === null && (
        <p>
          The page has not reported any text yet. It may still be loading, or it was opened before
          Claim Context was installed or updated. Reload the page and open Claim Context again.
        </p>
      )}
      {reason === 'unknown' && (
        <p>
          It may be a page of the browser itself, an extension store page or a PDF document, which
          browsers do not let extensions read. If it is an ordinary web page, it may still be
          loading: reload it and open Claim Context again.
        </p>
      )}
      {reason !== null && reason !== 'unknown' && <p>{EXPLANATIONS[reason]}</p>}
      <p class="muted">
        Claims about stem-cell therapy for back pain are checked on ordinary web pages.
      </p>
    </section>
  );
}
