import { describe, expect, it } from 'vitest';
import { claimPrices, parsePrices } from './detector';

describe('parsePrices', () => {
  it.each([
    ['It costs $7,000–$9,000.', { min: 7000, max: 9000, currency: 'USD' }],
    ['Prices run $4,000 to $15,000 per injection.', { min: 4000, max: 15000, per: 'injection' }],
    [
      'Expect $7,000 - $10,500 for comprehensive packages.',
      { min: 7000, max: 10500, per: 'package' },
    ],
    ['Only $5k per session.', { min: 5000, max: 5000, per: 'session' }],
    ['Budget USD 5000 for the procedure.', { min: 5000, currency: 'USD' }],
    ['About five thousand dollars in total.', { min: 5000, currency: 'USD' }],
    ['Twenty-five thousand dollars is common.', { min: 25000 }],
    ['Costs start at €3.500 per treatment.', { min: 3500, currency: 'EUR', per: 'treatment' }],
    ['A package is 4.500 € in Madrid.', { min: 4500, currency: 'EUR' }],
    ['From £2,500 per injection.', { min: 2500, currency: 'GBP', per: 'injection' }],
    ['Around 8,000 USD.', { min: 8000, currency: 'USD' }],
    ['Cuesta cinco mil euros por inyección.', { min: 5000, currency: 'EUR', per: 'injection' }],
    ['Between $1.2 million and $2 million was raised.', { min: 1_200_000, max: 2_000_000 }],
    ['A single shot is $950.50.', { min: 950.5 }],
  ])('%s', (text, want) => {
    const [price] = parsePrices(text);
    expect(price).toMatchObject(want);
    expect(text.slice(price!.start, price!.end).length).toBeGreaterThan(0);
  });

  it('reports every price of a sentence, in order', () => {
    const prices = parsePrices('From $1,000 per injection; $7,000 - $10,500 for packages.');
    expect(prices.map((p) => [p.min, p.max])).toEqual([
      [1000, 1000],
      [7000, 10500],
    ]);
  });

  it.each([
    'Patients aged 18-61 were followed for 12 months.',
    '80 percent improved.',
    'Call 555-1234.',
  ])('finds no price in %s', (text) => {
    expect(parsePrices(text)).toEqual([]);
  });

  it('stays fast on a long run of digits', () => {
    const t0 = performance.now();
    parsePrices(`$${'9'.repeat(50_000)} ${'1,'.repeat(20_000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('pesos', () => {
  it.each([
    ['El tratamiento cuesta $90,000 pesos mexicanos.', { min: 90000, currency: 'MXN' }],
    ['The clinic charged 80,000 Mexican pesos.', { min: 80000, currency: 'MXN' }],
    ['Un paquete cuesta 20.000.000 pesos colombianos.', { min: 20_000_000, currency: 'COP' }],
  ])('%s: the word after the figure names the currency, not the $ before it', (text, want) => {
    expect(parsePrices(text)).toEqual([expect.objectContaining(want)]);
  });

  it('gives no price for pesos of no stated country (never a wrong currency)', () => {
    expect(parsePrices('Cuesta $90,000 pesos.')).toEqual([]);
    expect(parsePrices('El tratamiento cuesta 90.000 pesos.')).toEqual([]);
  });
});

describe('vague amounts', () => {
  it('reads no amount from "several thousand dollars"', () => {
    expect(parsePrices('Patients pay several thousand dollars out of pocket.')).toEqual([]);
  });
});

describe('claimPrices', () => {
  it('gives a cost claim a list, empty when no amount is named', () => {
    expect(claimPrices('Stem cell injections are expensive.', 'cost')).toEqual([]);
    expect(claimPrices('They cost $4,500 per injection.', 'cost')).toEqual([
      { min: 4500, max: 4500, currency: 'USD', per: 'injection', start: 10, end: 16 },
    ]);
  });

  it('gives other claims prices only when they quote one', () => {
    expect(claimPrices('Stem cells regrow discs.', 'efficacy')).toBeUndefined();
    expect(claimPrices('For $5,000 stem cells regrow discs.', 'efficacy')?.[0]?.min).toBe(5000);
  });

  it('parses the normalised text and gives offsets into the claim as written', () => {
    const text = 'It costs $7,000\u00A0\u2010\u00A0$9,\u00AD000 per\u00A0injection.';
    const [price] = claimPrices(text, 'cost') ?? [];
    expect(price).toMatchObject({ min: 7000, max: 9000, per: 'injection' });
    expect(text.slice(price!.start, price!.end)).toBe('$7,000\u00A0\u2010\u00A0$9,\u00AD000');
  });
});
