import { i18n } from '#i18n';
/**
 * Small numeric helpers shared by the SVG pictures (no chart library: issue #5).
 */

/**
 * A round axis maximum at or above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of
 * ten), so the axis is not much longer than the data and its ticks (0, half, max) read cleanly.
 * @returns 1 when `value` is not a positive finite number.
 */
export function niceMax(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/** Formats an amount of money with its currency, without cents ("$5,000", "€2,500"). */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(i18n.t('format.numberLocale'), {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    // An unknown currency code: show the code rather than fail.
    return `${currency} ${Math.round(amount).toLocaleString(i18n.t('format.numberLocale'))}`;
  }
}

/** Formats a price that may be a range ("$3,000" or "$3,000–$8,000"). */
export function formatPriceSpan(min: number, max: number, currency: string): string {
  return min === max
    ? formatMoney(min, currency)
    : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

/** Where a quoted price sits against a published range. */
export type RangePlacement = 'below' | 'within' | 'above' | 'overlaps';

/**
 * Compares a quoted price (a single figure or a range) with a published range.
 * @returns 'within' when it lies entirely inside, 'below' or 'above' when entirely outside, and
 *   'overlaps' when it straddles an end.
 */
export function placeAgainstRange(
  min: number,
  max: number,
  low: number,
  high: number,
): RangePlacement {
  if (max < low) return 'below';
  if (min > high) return 'above';
  if (min >= low && max <= high) return 'within';
  return 'overlaps';
}
