import { i18n } from '#i18n';

/**
 * Formats an ISO date (YYYY-MM-DD) the way the UI language writes dates ("5 December 2026" in
 * English, "5 de diciembre de 2026" in Spanish); `short` abbreviates the month ("5 Dec 2026").
 * @returns the input unchanged when it is not a date.
 */
export function formatIsoDate(iso: string, short = false): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.t('format.dateLocale'), {
    day: 'numeric',
    month: short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
