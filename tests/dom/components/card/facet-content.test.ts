import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { facetCards, type ClaimFacts } from '../../../../components/card/facet-content';
import { FACET_PACK } from '../../../../topic/facets';
import { knowledgePack } from '../../../../topic/knowledge';
import { formatMoney, niceMax } from '../../../../components/shared/chart-math';
import type { PriceMention } from '../../../../content/detect/types';
import type { FacetCard } from '../../../../utils/facet-card';
import { getMessageIn } from '../../../messages';

afterEach(() => vi.restoreAllMocks());

const facts = (
  ids: string[],
  more: { percents?: number[]; isAbroad?: boolean; prices?: PriceMention[] } = {},
): ClaimFacts => ({
  facets: { ids, percents: more.percents ?? [], isAbroad: more.isAbroad ?? false },
  prices: more.prices ?? [],
});
const usd = (amount: number, per?: string): PriceMention => ({
  min: amount,
  max: amount,
  currency: 'USD',
  ...(per ? { per } : {}),
  start: 0,
  end: 1,
});
const one = (f: ClaimFacts): FacetCard => {
  const [card] = facetCards(f);
  if (!card) throw new Error('no card');
  return card;
};
const groupsOf = (card: FacetCard) =>
  (card.chart?.groups ?? []).map((g) => ({
    heading: g.heading,
    rows: g.rows.map((r) => `${r.label}: ${r.value}`),
    note: g.note,
  }));

describe('facetCards (the answers a claim gets)', () => {
  it('gives nothing for a claim without facets', () => {
    expect(facetCards(facts([]))).toEqual([]);
  });

  it('answers in the pack’s order, at most `limit` of them', () => {
    const cards = facetCards(facts(['approved-abroad', 'price', 'success-rate']), 2);
    expect(cards.map((c) => c.id)).toEqual(['approved-abroad', 'price']);
  });

  it('gives every facet a heading, sourced lines with https links and a review date', () => {
    const all = facetCards(facts(FACET_PACK.facets.map((f) => f.id)));
    expect(all).toHaveLength(FACET_PACK.facets.length);
    for (const card of all) {
      expect(card.heading, card.id).not.toMatch(/^facet\./);
      expect(card.reviewed).toBe('Reviewed on 5 December 2026');
      for (const line of card.lines) {
        expect(line.sources.length, line.text).toBeGreaterThan(0);
        for (const s of line.sources) expect(s.url).toMatch(/^https:\/\//);
      }
      for (const s of card.chart?.sources ?? []) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('puts the page’s success rate beside each sham-controlled trial’s two arms', () => {
    const card = one(facts(['success-rate'], { percents: [92] }));
    expect(card.heading).toBe('Success rates and sham-controlled trials');
    const groups = groupsOf(card);
    expect(groups[0]).toEqual({
      heading: 'This page',
      rows: ['Figure quoted: 92%'],
      note: undefined,
    });
    expect(groups[1]?.heading).toBe('RESPINE (EU-funded) · 12 months');
    expect(groups[1]?.rows).toEqual(['Donor cells: 74% of 58', 'Sham: 69% of 56']);
    expect(card.chart?.groups[1]?.rows.map((r) => r.kind)).toEqual(['treat', 'control']);
    expect(card.chart?.sources.map((s) => s.url)).toContain(
      'https://pubmed.ncbi.nlm.nih.gov/39393844/',
    );
  });

  it('draws the trials alone when the sentence quotes no percentage', () => {
    const card = one(facts(['success-rate']));
    expect(groupsOf(card)[0]?.heading).not.toBe('This page');
  });

  it('places a US price among the US ranges on one axis', () => {
    const card = one(facts(['price'], { prices: [usd(6500, 'injection')] }));
    const groups = groupsOf(card);
    expect(groups.map((g) => g.heading)).toEqual(['Published prices in the US']);
    expect(groups[0]?.rows.at(-1)).toBe('This page: $6,500 per injection');
    const page = card.chart!.groups[0]!.rows.at(-1)!;
    // One axis for all rows, from zero to a round figure above the highest price.
    const highs = [...knowledgePack.costs.ranges, ...FACET_PACK.priceRanges].map((r) => r.high);
    const max = niceMax(Math.max(6500, ...highs));
    expect(page.from).toBeCloseTo(6500 / max);
    expect(page.kind).toBe('page');
    expect(card.chart?.caption).toBe(
      `Prices in US dollars, on one scale from zero to ${formatMoney(max, 'USD')}`,
    );
  });

  it('keeps a price quoted abroad apart from the US ranges', () => {
    const card = one(facts(['price'], { prices: [usd(3900)], isAbroad: true }));
    const [us, abroad] = groupsOf(card);
    expect(us?.rows.some((r) => r.startsWith('This page'))).toBe(false);
    expect(abroad).toEqual({
      heading: 'Published prices abroad',
      rows: ['This page: $3,900'],
      note: 'No published price range was found for clinics here, so nothing is drawn to compare with.',
    });
  });

  it('lists a price in another currency instead of drawing it', () => {
    const euros: PriceMention = { min: 3000, max: 3000, currency: 'EUR', start: 0, end: 1 };
    const card = one(facts(['price'], { prices: [euros] }));
    expect(groupsOf(card)[0]?.rows.some((r) => r.startsWith('This page'))).toBe(false);
    expect(card.chart?.notes).toEqual([
      '€3,000 on this page: in another currency, so not placed on the chart.',
    ]);
  });

  it('follows the browser language (Spanish)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageIn('es') as never);
    const card = one(facts(['fda-approved']));
    expect(card.heading).toBe('Qué significa «aprobado por la FDA»');
    expect(card.reviewed).toBe('Revisado el 5 de diciembre de 2026');
  });
});
