import { i18n } from '#i18n';
import { ChartSvg } from '../shared/ChartSvg';
import { resolveSources, type KnowledgePack, type PriceRange } from '../../topic/knowledge';
import {
  formatMoney,
  formatPriceSpan,
  niceMax,
  placeAgainstRange,
  type RangePlacement,
} from '../shared/chart-math';
import { SourceLinks } from '../shared/SourceLinks';

/** A price quoted on the page (from a claim's `prices`). */
export interface PagePrice {
  min: number;
  max: number;
  /** ISO 4217 code. */
  currency: string;
  /** What the price buys when the page says so. */
  per?: string;
}

/** Props of the price chart. */
export interface PriceChartProps {
  /** Prices quoted on the page; duplicates are shown once. May be empty. */
  pagePrices: readonly PagePrice[];
  /** Published price ranges from the knowledge pack; renders nothing when there are none. */
  ranges: readonly PriceRange[];
  /** Resolves the ranges' source ids. */
  pack: KnowledgePack;
}

/** At most this many page prices are drawn; the list under the chart says how many were left out. */
export const MAX_CHARTED_PRICES = 8;

const WIDTH = 340;
const PAD_X = 8;
const ROW_H = 30;
const AXIS_H = 22;

/** How a page price sits against the published range, in words. */
function placementWords(placement: RangePlacement): string {
  return i18n.t(`prices.${placement}`);
}

function uniquePrices(prices: readonly PagePrice[]): PagePrice[] {
  const seen = new Set<string>();
  return prices.filter((p) => {
    const key = `${p.min}|${p.max}|${p.currency}|${p.per ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describePrice(p: PagePrice): string {
  const price = formatPriceSpan(p.min, p.max, p.currency);
  return p.per ? i18n.t('prices.per', { price, unit: p.per }) : price;
}

/**
 * Places the prices a page quotes against published price ranges: one bar per published range
 * (with its typical price), one mark per page price, on a shared axis. Only prices in the
 * ranges' currency are drawn; others are listed as not comparable. A list under the chart says
 * in words where each price falls, and serves as its text alternative.
 */
export function PriceChart({ pagePrices, ranges, pack }: PriceChartProps) {
  if (ranges.length === 0) return null;
  const currency = ranges[0]!.currency;
  const shownRanges = ranges.filter((r) => r.currency === currency);
  const prices = uniquePrices(pagePrices);
  const comparable = prices.filter((p) => p.currency === currency);
  const charted = comparable.slice(0, MAX_CHARTED_PRICES);
  const other = prices.filter((p) => p.currency !== currency);

  const max = niceMax(Math.max(...shownRanges.map((r) => r.high), ...charted.map((p) => p.max)));
  const x = (amount: number) => PAD_X + ((WIDTH - 2 * PAD_X) * amount) / max;
  const rows = shownRanges.length + charted.length;
  const height = rows * ROW_H + AXIS_H;
  const ticks = [0, max / 2, max];

  const first = shownRanges[0]!;
  const placements = charted.map((p) => placeAgainstRange(p.min, p.max, first.low, first.high));
  const description = `${i18n.t('prices.description', {
    currency,
    range: formatPriceSpan(first.low, first.high, currency),
    per: first.per,
  })} ${
    charted.length === 0
      ? i18n.t('prices.noneComparable')
      : i18n.t('prices.onPage', {
          prices: charted
            .map((p, i) =>
              i18n.t('prices.onPageItem', {
                price: describePrice(p),
                placement: placementWords(placements[i]!),
              }),
            )
            .join('; '),
        })
  }`;

  return (
    <figure class="picture price-chart">
      <ChartSvg description={description} width={WIDTH} height={height}>
        {shownRanges.map((r, i) => {
          const y = i * ROW_H;
          return (
            <g key={r.id} data-range={r.id}>
              <text x={PAD_X} y={y + 11}>
                {i18n.t('prices.publishedRow', {
                  region: r.region,
                  year: r.year,
                  range: formatPriceSpan(r.low, r.high, currency),
                })}
              </text>
              <rect
                x={x(r.low)}
                y={y + 15}
                width={Math.max(2, x(r.high) - x(r.low))}
                height={10}
                rx={2}
                fill="var(--cc-chart-range)"
                stroke="var(--cc-text)"
                stroke-width={0.5}
              />
              {r.typical !== undefined && (
                <line
                  x1={x(r.typical)}
                  x2={x(r.typical)}
                  y1={y + 12}
                  y2={y + 28}
                  stroke="var(--cc-text)"
                  stroke-width={2}
                />
              )}
            </g>
          );
        })}
        {charted.map((p, i) => {
          const y = (shownRanges.length + i) * ROW_H;
          return (
            <g key={describePrice(p)} data-page-price={`${p.min}-${p.max}`}>
              <text x={PAD_X} y={y + 11}>
                {i18n.t('prices.thisPage', { price: describePrice(p) })}
              </text>
              {p.min === p.max ? (
                <circle
                  cx={x(p.min)}
                  cy={y + 20}
                  r={5}
                  fill="var(--cc-chart-page)"
                  stroke="var(--cc-text)"
                />
              ) : (
                <rect
                  x={x(p.min)}
                  y={y + 16}
                  width={Math.max(2, x(p.max) - x(p.min))}
                  height={8}
                  rx={4}
                  fill="var(--cc-chart-page)"
                  stroke="var(--cc-text)"
                  stroke-width={0.5}
                />
              )}
            </g>
          );
        })}
        <line
          class="grid"
          x1={PAD_X}
          x2={WIDTH - PAD_X}
          y1={rows * ROW_H + 2}
          y2={rows * ROW_H + 2}
        />
        {ticks.map((t, i) => (
          <text
            key={t}
            x={x(t)}
            y={rows * ROW_H + 16}
            text-anchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
          >
            {formatMoney(t, currency)}
          </text>
        ))}
      </ChartSvg>
      <figcaption class="chart-caption">
        <ul class="price-list">
          {charted.map((p, i) => (
            <li key={describePrice(p)} data-placement={placements[i]}>
              {i18n.t('prices.placed', {
                price: describePrice(p),
                placement: placementWords(placements[i]!),
              })}
            </li>
          ))}
          {comparable.length > charted.length && (
            <li>{i18n.t('prices.notDrawn', { count: comparable.length - charted.length })}</li>
          )}
          {other.map((p) => (
            <li key={describePrice(p)}>
              {i18n.t('prices.otherCurrency', { price: describePrice(p) })}
            </li>
          ))}
          {shownRanges.map((r) => (
            <li key={r.id}>
              {i18n.t('prices.published', {
                label: r.label,
                range: formatPriceSpan(r.low, r.high, currency),
                typical:
                  r.typical === undefined
                    ? ''
                    : i18n.t('prices.typical', { amount: formatMoney(r.typical, currency) }),
                per: r.per,
                note: r.note,
              })}
              <SourceLinks sources={resolveSources(r.sourceIds, pack)} />
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
