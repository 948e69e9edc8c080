/** Props of the notice that stored settings were reset. */
export interface ResetNoticeProps {
  /** When the reset happened (ISO date-time) and what was wrong; nothing renders when null. */
  reset: { at: string; problems: readonly string[] } | null;
  /** Called when the user dismisses the notice. */
  onDismiss(): void;
}

/** "On 5 December 2026 at 15:40, the", or "The" when the date cannot be read. */
function opening(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'The';
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return `On ${when.format(date)}, the`;
}

/**
 * Tells the user that stored settings could not be read and were replaced (bad fields set back to
 * their defaults), names what was wrong, and lets them dismiss the notice.
 */
export function ResetNotice({ reset, onDismiss }: ResetNoticeProps) {
  if (!reset) return null;
  return (
    <section class="notice reset-notice" role="alert" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Your settings were reset</h2>
      <p>
        {opening(reset.at)} stored settings could not be read, so the damaged parts were set back to
        their defaults. Please check the settings below.
      </p>
      {reset.problems.length > 0 && (
        <details>
          <summary>What was wrong</summary>
          <ul>
            {reset.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
