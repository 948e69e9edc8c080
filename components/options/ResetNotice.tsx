import { i18n } from '#i18n';
/** Props of the notice that stored settings were reset. */
export interface ResetNoticeProps {
  /** When the reset happened (ISO date-time) and what was wrong; nothing renders when null. */
  reset: { at: string; problems: readonly string[] } | null;
  /** Called when the user dismisses the notice. */
  onDismiss(): void;
}

/**
 * The notice's sentence, with the date of the reset ("On 5 December 2026 at 15:40, the stored
 * settings…"), or without it when the date cannot be read.
 */
function resetText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return i18n.t('reset.textUndated');
  const when = new Intl.DateTimeFormat(i18n.t('format.dateLocale'), {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return i18n.t('reset.text', { when: when.format(date) });
}

/**
 * Tells the user that stored settings could not be read and were replaced (bad fields set back to
 * their defaults), names what was wrong, and lets them dismiss the notice.
 */
export function ResetNotice({ reset, onDismiss }: ResetNoticeProps) {
  if (!reset) return null;
  return (
    <section class="notice reset-notice" role="alert" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{i18n.t('reset.heading')}</h2>
      <p>{resetText(reset.at)}</p>
      {reset.problems.length > 0 && (
        <details>
          <summary>{i18n.t('reset.whatWasWrong')}</summary>
          <ul>
            {reset.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onDismiss}>
        {i18n.t('reset.dismiss')}
      </button>
    </section>
  );
}
