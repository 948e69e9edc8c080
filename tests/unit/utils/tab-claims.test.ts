import { describe, expect, it } from 'vitest';
import { TabClaims, badgeText } from '../../../utils/tab-claims';
import { createPriceParser } from '../../../content/detect/prices';
import { STEM_CELL_BACK_PAIN_MONEY } from '../../../topic/detect/money';
import { createFacetMatcher } from '../../../content/detect/facets';
import { FACET_PACK } from '../../../topic/facets';

const prices = createPriceParser(STEM_CELL_BACK_PAIN_MONEY);
import type { FrameReport, PageClaim } from '../../../utils/messages';

const claim = (id: number): PageClaim => ({
  id,
  text: `claim ${id}`,
  category: 'cost',
  stance: 'neutral',
});
const report = (n: number, highlightsOn = true, url = 'https://a.com/'): FrameReport => ({
  url,
  highlightsOn,
  total: n,
  claims: Array.from({ length: n }, (_, i) => claim(i + 1)),
});

describe('TabClaims', () => {
  it('sums the claims of every frame of a tab', () => {
    const t = new TabClaims(prices);
    t.update(1, 0, report(2));
    expect(t.update(1, 5, report(3, true, 'https://a.com/frame'))).toBe(5);
    const s = t.summary(1);
    expect(s?.url).toBe('https://a.com/');
    expect(s?.claims.map((c) => c.frameId)).toEqual([0, 0, 5, 5, 5]);
  });
  it('counts nothing for frames with highlights off', () => {
    const t = new TabClaims(prices);
    t.update(1, 0, report(0, false));
    expect(t.count(1)).toBe(0);
    expect(t.summary(1)?.highlightsOn).toBe(false);
  });
  it('knows which frames of a tab have reported', () => {
    const t = new TabClaims(prices);
    t.update(1, 5, report(1));
    expect(t.hasFrame(1, 5)).toBe(true);
    expect(t.hasFrame(1, 0)).toBe(false);
    expect(t.hasFrame(2, 5)).toBe(false);
  });
  it('forgets a tab when it navigates', () => {
    const t = new TabClaims(prices);
    t.update(1, 0, report(2));
    t.clear(1);
    expect(t.hasFrame(1, 0)).toBe(false);
    expect(t.summary(1)).toBeNull();
    expect(t.count(1)).toBe(0);
  });
  it('parses the prices of the claims it is told about', () => {
    const t = new TabClaims(prices);
    const priced: PageClaim[] = [
      { id: 1, text: 'Treatment costs $4,500 per injection.', category: 'cost', stance: 'neutral' },
      { id: 2, text: 'Prices vary by clinic.', category: 'cost', stance: 'neutral' },
      { id: 3, text: 'Stem cells regrow discs.', category: 'efficacy', stance: 'promotional' },
    ];
    t.update(1, 2, {
      url: 'https://a.com/',
      highlightsOn: true,
      total: priced.length,
      claims: priced,
    });
    expect(t.summary(1)?.claims).toEqual([
      {
        ...priced[0],
        frameId: 2,
        prices: [{ min: 4500, max: 4500, currency: 'USD', per: 'injection', start: 16, end: 22 }],
      },
      { ...priced[1], frameId: 2, prices: [] },
      { ...priced[2], frameId: 2 },
    ]);
  });
});

describe('TabClaims with a facet matcher', () => {
  it('attaches the facets of each claim, and nothing to a claim without one', () => {
    const t = new TabClaims(prices, createFacetMatcher(FACET_PACK));
    const claims: PageClaim[] = [
      { id: 1, text: 'It is approved in Mexico for $3,000.', category: 'cost', stance: 'neutral' },
      { id: 2, text: 'Stem cells are studied for backs.', category: 'research', stance: 'neutral' },
    ];
    t.update(1, 0, { url: 'https://a.com/', highlightsOn: true, total: 2, claims });
    const [first, second] = t.summary(1)?.claims ?? [];
    expect(first?.facets).toEqual({
      ids: ['approved-abroad', 'price'],
      percents: [],
      isAbroad: true,
    });
    expect(second && 'facets' in second).toBe(false);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
  ])('%i → %s', (n, text) => expect(badgeText(n)).toBe(text));
});

describe('TabClaims with frames that list only their first claims', () => {
  it('counts and sums the totals, not the listed claims', () => {
    const t = new TabClaims(prices);
    const listed = Array.from({ length: 3 }, (_, i) => claim(i + 1));
    t.update(1, 0, { url: 'https://a.com/', highlightsOn: true, total: 20_000, claims: listed });
    t.update(1, 3, {
      url: 'https://a.com/f',
      highlightsOn: true,
      total: 2,
      claims: listed.slice(0, 2),
    });
    expect(t.count(1)).toBe(20_002);
    expect(t.summary(1)?.total).toBe(20_002);
    expect(t.summary(1)?.claims).toHaveLength(5);
    expect(badgeText(t.count(1))).toBe('99+');
  });
});
