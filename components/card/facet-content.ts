import { i18n } from '#i18n';
import type { FacetMatch } from '../../content/detect/facets';
import type { PriceMention } from '../../content/detect/types';
import { FACET_PACK, facetSources, type Facet, type FacetPack } from '../../topic/facets';
import {
  knowledgePack,
  type KnowledgePack,
  type PriceRange,
  type Source,
} from '../../topic/knowledge';
import type {
  ChartGroup,
  ChartRow,
  FacetCard,
  FacetChart,
  SourceLink,
} from '../../utils/facet-card';
import { formatMoney, formatPriceSpan, niceMax } from '../shared/chart-math';
import { formatIsoDate } from '../shared/dates';

/**
 * Builds the answers of a claim's facets (utils/facet-card.ts) in the browser's language: the
 * background for the hover card, the popup for its claim list. Pure apart from i18n: the facts
 * about the claim (its facets, percentages, place and prices) come in; nothing is fetched.
 */

/** What is known about one claim: what the facet matcher and the price parser found. */
export interface ClaimFacts {
  facets: FacetMatch;
  /** Prices parsed from the claim's text (createPriceParser), if any. */
  prices?: readonly PriceMention[];
}

/** The data answers are drawn from; the shipped packs by default (tests pass others). */
export interface AnswerData {
  facetPack: FacetPack;
  knowledge: KnowledgePack;
  /** Sources only the facets cite. */
  facetSources: Readonly<Record<string, Source>>;
}

const SHIPPED: AnswerData = { facetPack: FACET_PACK, knowledge: knowledgePack, facetSources };

/** Page figures drawn per chart at most; more are rare in one sentence. */
const MAX_PAGE_FIGURES = 3;

/**
 * The answers of the claim's facets, in the pack's order, at most `limit` of them.
 * @returns [] when the claim shows no facet (its category context is then all there is).
 */
export function facetCards(facts: ClaimFacts, limit = Infinity, data = SHIPPED): FacetCard[] {
  const byId = new Map(data.facetPack.facets.map((f) => [f.id, f]));
  return facts.facets.ids
    .flatMap((id) => byId.get(id) ?? [])
    .slice(0, limit)
    .map((facet) => card(facet, facts, data));
}

function card(facet: Facet, facts: ClaimFacts, data: AnswerData): FacetCard {
  const built: FacetCard = {
    id: facet.id,
    heading: i18n.t(`facet.${facet.id.replaceAll('-', '_')}` as 'facet.price'),
    lines: facet.answer.map((line) => ({
      text: line.text,
      sources: links(line.sourceIds, data),
    })),
    reviewed: i18n.t('facetCard.reviewedOn', { date: formatIsoDate(facet.reviewedOn) }),
  };
  const chart =
    facet.visual === 'responders'
      ? respondersChart(facts, data)
      : facet.visual === 'prices'
        ? pricesChart(facts, data)
        : undefined;
  if (chart) built.chart = chart;
  return built;
}

/** Links for source ids, in order, each once; unknown ids are skipped (the pack tests forbid them). */
function links(ids: readonly string[], data: AnswerData): SourceLink[] {
  const out: SourceLink[] = [];
  for (const id of new Set(ids)) {
    const source = Object.hasOwn(data.facetSources, id)
      ? data.facetSources[id]
      : Object.hasOwn(data.knowledge.sources, id)
        ? data.knowledge.sources[id]
        : undefined;
    if (source)
      out.push({
        label: `${source.publisher}, ${source.year}`,
        title: source.title,
        url: source.url,
      });
  }
  return out;
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The page's percentages beside the responder shares of every sham- or placebo-controlled trial
 * in the knowledge pack that publishes both arms (headline time point).
 */
function respondersChart(facts: ClaimFacts, data: AnswerData): FacetChart | undefined {
  const studies = data.knowledge.studies.filter(
    (s) => s.design === 'randomised sham/placebo-controlled trial' && s.responders,
  );
  if (studies.length === 0) return undefined;
  const groups: ChartGroup[] = [];
  const percents = facts.facets.percents.slice(0, MAX_PAGE_FIGURES);
  if (percents.length > 0)
    groups.push({
      heading: i18n.t('facetChart.thisPage'),
      rows: percents.map((pct) => ({
        label: i18n.t('facetChart.pageFigure'),
        value: `${pct}%`,
        from: 0,
        to: clamp(pct / 100),
        kind: 'page',
      })),
    });
  for (const study of studies) {
    const r = study.responders!;
    const arm = (a: typeof r.treatment, kind: 'treat' | 'control'): ChartRow => ({
      label: a.label,
      value: a.n === undefined ? `${a.pct}%` : i18n.t('facetChart.arm', { pct: a.pct, n: a.n }),
      from: 0,
      to: clamp(a.pct / 100),
      kind,
    });
    groups.push({
      heading: `${study.name} · ${r.timepoint}`,
      rows: [arm(r.treatment, 'treat'), arm(r.control, 'control')],
      note: i18n.t('facetChart.improved', { definition: r.definition }),
    });
  }
  // The pack's sourced note on the trials left out (developer-run trials without these shares).
  const note = data.knowledge.chartNotes.responders;
  return {
    caption: i18n.t('facetChart.respondersCaption'),
    groups,
    notes: [note.text],
    sources: links([...studies.flatMap((s) => s.sourceIds), ...note.sourceIds], data),
  };
}

function rangeValue(r: PriceRange): string {
  const span = formatPriceSpan(r.low, r.high, r.currency);
  const priced = i18n.t('prices.per', { price: span, unit: r.per });
  return r.typical === undefined || r.low === r.high
    ? priced
    : i18n.t('facetChart.typical', { range: priced, typical: formatMoney(r.typical, r.currency) });
}

function pageValue(p: PriceMention): string {
  const price = formatPriceSpan(p.min, p.max, p.currency);
  return p.per ? i18n.t('prices.per', { price, unit: p.per }) : price;
}

/**
 * The page's own prices on the published ranges, on one axis: US and abroad in separate groups,
 * the page's price in the group of the place the claim names (the US when it names none). Only
 * prices in US dollars are drawn (every range is in dollars); others are listed under the chart.
 */
function pricesChart(facts: ClaimFacts, data: AnswerData): FacetChart | undefined {
  const ranges = [...data.knowledge.costs.ranges, ...data.facetPack.priceRanges].filter(
    (r) => r.currency === 'USD',
  );
  const seen = new Set<string>();
  const prices = (facts.prices ?? []).filter((p) => {
    const key = `${p.min}|${p.max}|${p.currency}|${p.per ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
  const drawn = prices.filter((p) => p.currency === 'USD').slice(0, MAX_PAGE_FIGURES);
  const others = prices.filter((p) => p.currency !== 'USD');
  const pageRegion = facts.facets.isAbroad ? 'abroad' : 'US';
  const max = niceMax(Math.max(...ranges.map((r) => r.high), ...drawn.map((p) => p.max)));

  const group = (region: PriceRange['region']): ChartGroup | null => {
    const rows: ChartRow[] = ranges
      .filter((r) => r.region === region)
      .map((r) => ({
        label: r.label,
        value: rangeValue(r),
        from: r.low / max,
        to: r.high / max,
        ...(r.typical !== undefined && r.low !== r.high ? { mark: r.typical / max } : {}),
        kind: 'range',
      }));
    const published = rows.length;
    if (region === pageRegion)
      rows.push(
        ...drawn.map((p): ChartRow => ({
          label: i18n.t('facetChart.thisPage'),
          value: pageValue(p),
          from: p.min / max,
          to: p.max / max,
          kind: 'page',
        })),
      );
    if (rows.length === 0 && region !== pageRegion) return null;
    return {
      heading: i18n.t(region === 'US' ? 'facetChart.us' : 'facetChart.abroad'),
      rows,
      ...(published === 0 ? { note: i18n.t('facetChart.noRange') } : {}),
    };
  };
  const groups = [group('US'), group('abroad')].filter((g): g is ChartGroup => g !== null);
  return {
    caption: i18n.t('facetChart.pricesCaption', { max: formatMoney(max, 'USD') }),
    groups,
    notes: others.map((p) => i18n.t('facetChart.otherCurrency', { price: pageValue(p) })),
    sources: links(
      ranges.flatMap((r) => r.sourceIds),
      data,
    ),
  };
}
