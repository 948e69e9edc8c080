import { i18n } from '#i18n';

/**
 * Formats an ISO date (YYYY-MM-DD) the way the UI language writes dates ("24 November 2026" in
 * English); returns it unchanged if malformed.
 */
export function formatReviewedOn(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.t('format.dateLocale'), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
