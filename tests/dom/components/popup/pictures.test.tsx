// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CertaintyScale } from '../../../../components/popup/CertaintyScale';
import { niceMax, placeAgainstRange } from '../../../../components/shared/chart-math';
import { PriceChart } from '../../../../components/popup/PriceChart';
import { ResponderChart } from '../../../../components/popup/ResponderChart';
import { knowledgePack, type PriceRange, type Study } from '../../../../topic/knowledge';
import { axeViolations } from '../axe-check';

afterEach(cleanup);

const range: PriceRange = {
  id: 'r1',
  label: 'US clinics, one injection',
  region: 'US',
  low: 1000,
  high: 10000,
  typical: 5000,
  currency: 'USD',
  per: 'one injection',
  year: 2017,
  note: 'A test range.',
  sourceIds: [],
};

describe('PriceChart', () => {
  it('places each page price against the published range, in the chart and in words', () => {
    const { container } = render(
      <PriceChart
        pack={knowledgePack}
        ranges={[range]}
        pagePrices={[
          { min: 500, max: 500, currency: 'USD' },
          { min: 4500, max: 4500, currency: 'USD', per: 'injection' },
          { min: 15000, max: 20000, currency: 'USD', per: 'treatment' },
          { min: 4500, max: 4500, currency: 'USD', per: 'injection' },
          { min: 3000, max: 3000, currency: 'EUR' },
        ]}
      />,
    );
    const placements = [...container.querySelectorAll('li[data-placement]')].map((li) => [
      li.textContent,
      li.getAttribute('data-placement'),
    ]);
    expect(placements).toEqual([
      [expect.stringContaining('$500'), 'below'],
      [expect.stringContaining('$4,500 per injection'), 'within'],
      [expect.stringContaining('$15,000–$20,000 per treatment'), 'above'],
    ]);
    // Duplicates are drawn once; the euro price is listed but not drawn.
    expect(container.querySelectorAll('[data-page-price]')).toHaveLength(3);
    expect(screen.getByText(/€3,000 — in another currency/)).toBeTruthy();
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain(
      '$4,500 per injection, within the published range',
    );
  });

  it('draws marks left to right in the order of their amounts', () => {
    const { container } = render(
      <PriceChart
        pack={knowledgePack}
        ranges={[range]}
        pagePrices={[
          { min: 9000, max: 9000, currency: 'USD' },
          { min: 2000, max: 2000, currency: 'USD' },
        ]}
      />,
    );
    const xs = [...container.querySelectorAll('[data-page-price] circle')].map((c) =>
      Number(c.getAttribute('cx')),
    );
    expect(xs[0]!).toBeGreaterThan(xs[1]!);
    const bar = container.querySelector('[data-range="r1"] rect')!;
    const left = Number(bar.getAttribute('x'));
    const right = left + Number(bar.getAttribute('width'));
    expect(xs[1]!).toBeGreaterThan(left);
    expect(xs[0]!).toBeLessThan(right);
  });

  it('says when the page quotes no comparable price', () => {
    render(<PriceChart pack={knowledgePack} ranges={[range]} pagePrices={[]} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/no comparable price/);
  });

  it('renders nothing without published ranges', () => {
    const { container } = render(<PriceChart pack={knowledgePack} ranges={[]} pagePrices={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <PriceChart
        pack={knowledgePack}
        ranges={knowledgePack.costs.ranges}
        pagePrices={[{ min: 6000, max: 6000, currency: 'USD', per: 'injection' }]}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ResponderChart', () => {
  const study = (id: string, treatment: number, control: number): Study => ({
    id,
    name: `Trial ${id}`,
    design: 'randomised sham/placebo-controlled trial',
    n: 100,
    population: 'adults',
    product: 'cells',
    sponsor: 'academic',
    result: 'no difference',
    outcome: 'no difference from control',
    year: 2024,
    sourceIds: [],
    responders: {
      treatment: { pct: treatment, n: 50, label: 'Cells' },
      control: { pct: control, n: 50, label: 'Sham' },
      definition: 'Pain halved',
      timepoint: '12 months',
      isSignificant: false,
    },
  });

  it('draws two bars per trial with responder data, longer for the larger share', () => {
    const { responders: _omit, ...withoutData } = study('c', 1, 1);
    const { container } = render(
      <ResponderChart
        studies={[study('a', 74, 69), study('b', 44, 56), withoutData]}
        pack={knowledgePack}
      />,
    );
    const groups = container.querySelectorAll('[data-study]');
    expect([...groups].map((g) => g.getAttribute('data-study'))).toEqual(['a', 'b']);
    const widths = [...groups[1]!.querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths[0]!).toBeLessThan(widths[1]!);
    const label = screen.getByRole('img').getAttribute('aria-label')!;
    expect(label).toContain('Trial a, 12 months: Cells 74% of 50, Sham 69% of 50');
    expect(label).toContain('no significant difference');
  });

  it('renders nothing when no study has responder data', () => {
    const { responders: _omit, ...withoutData } = study('c', 1, 1);
    const { container } = render(<ResponderChart studies={[withoutData]} pack={knowledgePack} />);
    expect(container.innerHTML).toBe('');
  });

  it('charts the pack’s controlled trials without axe violations', async () => {
    const { container } = render(
      <ResponderChart studies={knowledgePack.studies} pack={knowledgePack} />,
    );
    const charted = knowledgePack.studies.flatMap((s) =>
      s.responders ? [s.responders, ...(s.moreResponders ?? []).filter((r) => r.isCharted)] : [],
    );
    expect(container.querySelectorAll('[data-study]').length).toBe(charted.length);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws the Levi trial at its registered 6-month primary time point beside 12 months', () => {
    const { container } = render(
      <ResponderChart studies={knowledgePack.studies} pack={knowledgePack} />,
    );
    const levi = [...container.querySelectorAll('[data-study="study-levi"]')];
    expect(levi.map((g) => g.getAttribute('data-timepoint'))).toEqual(['6 months', '12 months']);
    expect(levi[0]!.getAttribute('data-primary')).toBe('true');
    expect(levi[0]!.textContent).toContain('6 months (registered primary time point)');
    expect(levi[0]!.textContent).toContain('40% (n=45)');
    expect(levi[0]!.textContent).toContain('39% (n=18)');
    expect(levi[1]!.textContent).toContain('56% (n=18)');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(
      'Bone-marrow concentrate vs sham (Levi et al.), 6 months (registered primary time point): Marrow concentrate 40% of 45, Sham 39% of 18',
    );
  });

  it('captions the chart with its sources, dates and which trials are left out', () => {
    const { container } = render(
      <ResponderChart studies={knowledgePack.studies} pack={knowledgePack} />,
    );
    const caption = container.querySelector('figcaption')!;
    expect(caption.textContent).toContain(knowledgePack.chartNotes.responders.text);
    const hrefs = [...caption.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const id of ['respine', 'levi2025', 'leviRegistry', 'mesoblastPhase2', 'gornet2024']) {
      expect(hrefs).toContain(knowledgePack.sources[id]!.url);
    }
    expect(caption.textContent).toMatch(/checked 5 Dec 2026/);
  });
});

describe('CertaintyScale', () => {
  it('marks each category at its level and lists them in the text alternative', () => {
    const { container } = render(
      <CertaintyScale
        items={[
          { label: 'Does it work?', certainty: 'low' },
          { label: 'Regulation', certainty: 'high' },
        ]}
      />,
    );
    const xs = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs[1]!).toBeGreaterThan(xs[0]!);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Certainty of the evidence, on a scale from very low to high: Does it work?: low; Regulation: high.',
    );
  });

  it('says the levels are this product’s own reading, not a published rating', () => {
    render(<CertaintyScale items={[{ label: 'Does it work?', certainty: 'low' }]} />);
    expect(screen.getByText(/own reading/).textContent).toMatch(/not a published rating/);
  });
});

describe('chart maths', () => {
  it.each([
    [0, 1],
    [7, 8],
    [12000, 15000],
    [20001, 25000],
    [2400, 2500],
    [9000, 10000],
  ])('niceMax(%d) = %d', (value, expected) => {
    expect(niceMax(value)).toBe(expected);
  });

  it.each([
    [100, 200, 'below'],
    [1000, 10000, 'within'],
    [9000, 12000, 'overlaps'],
    [12000, 12000, 'above'],
  ] as const)('places %d–%d against 1000–10000 as %s', (min, max, expected) => {
    expect(placeAgainstRange(min, max, 1000, 10000)).toBe(expected);
  });
});

describe('axe helper', () => {
  it('does catch a violation (so the zero-violation checks mean something)', async () => {
    const { container } = render(
      <div>
        <input type="checkbox" />
        <button type="button" />
      </div>,
    );
    expect((await axeViolations(container)).length).toBeGreaterThan(0);
  });
});
