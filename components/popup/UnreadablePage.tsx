import { i18n } from '#i18n';
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

const EXPLANATIONS: Record<Exclude<UnreadableReason, null>, () => string> = {
  'browser-page': () => i18n.t('unreadable.browserPage'),
  'store-page': () => i18n.t('unreadable.storePage'),
  pdf: () => i18n.t('unreadable.pdf'),
  file: () => i18n.t('unreadable.file'),
};

/**
 * A clear explanation, instead of an empty box, when there is no page text to check: why, and
 * what the reader can do.
 */
export function UnreadablePage({ reason }: UnreadablePageProps) {
  return (
    <section class="notice unreadable" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{i18n.t('unreadable.heading')}</h2>
      {reason === null && <p>{i18n.t('unreadable.notReported')}</p>}
      {reason === 'unknown' && <p>{i18n.t('unreadable.unknown')}</p>}
      {reason !== null && reason !== 'unknown' && <p>{EXPLANATIONS[reason]()}</p>}
      <p class="muted">{i18n.t('unreadable.ordinaryPages')}</p>
    </section>
  );
}
