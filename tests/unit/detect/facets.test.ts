import { describe, expect, it } from 'vitest';
import { MAX_FACET_TEXT, createFacetMatcher } from '../../../content/detect/facets';
import { FACET_LANGS, FACET_PACK, type FacetPack } from '../../../topic/facets';
import type { PatternSpec } from '../../../topic/schema';

/**
 * The facet matcher on sentences we wrote: per facet, the examples in its data (which must show
 * it, or must not) plus a few more here, in two groups, "flags" and "does not flag".
 */

const matcher = createFacetMatcher(FACET_PACK);
const idsOf = (text: string) => matcher.match(text).ids;

/** Sentences beyond each facet's own examples: [must show it, must not]. */
const MORE: Record<string, [flags: string[], passes: string[]]> = {
  'approved-abroad': [
    ['Patients travel overseas because the injections are licensed there.'],
    ['We moved our offices to Monterrey Street last spring.'],
  ],
  'fda-registered': [
    ['Every vial is made in a facility registered with the U.S. FDA.'],
    ['The FDA has not approved these injections for back pain.'],
  ],
  'hct-361': [
    ['The graft is a 361 product under 21 CFR 1271, so it needs no approval.'],
    ['Our 361 satisfied patients are proof of our care.'],
  ],
  'rmat-fast-track': [
    ['The company says its disc product won Breakthrough Therapy designation.'],
    ['Our fast-track booking line saves you time.'],
  ],
  'fda-approved': [
    ['The trial is FDA-approved and enrolling now.'],
    ['We follow every FDA regulation in our laboratory.'],
  ],
  exosome: [['Exosome therapy is the next step beyond stem cells.'], ['Our cells are fresh.']],
  'birth-tissue': [
    ['Placental tissue injections are offered for disc pain.'],
    ['Cord injuries are treated by our neurology team.'],
  ],
  'own-cells': [
    ['Since the cells come from your own bone marrow, side effects are rare.'],
    ['Donor cells are screened for infections before use.'],
  ],
  insurance: [
    ['Most insurers will not pay for the procedure.'],
    ['Our cells are insured against loss in transit by the lab.'],
  ],
  price: [['The full package is US$ 12,000 including flights.'], ['Open from 9 to 5.']],
  'success-rate': [
    ['An 85% satisfaction rate makes us the region’s top clinic.'],
    ['The cells were 95% viable after thawing.'],
  ],
  'regrow-disc': [
    ['The injection rehydrates worn discs within months.'],
    ['The disc was removed during surgery.'],
  ],
  'avoid-surgery': [
    ['Postpone your fusion operation with one simple injection.'],
    ['Recovery after fusion surgery takes months.'],
  ],
  'fast-results': [
    ['Many people walk out pain-free in just hours.'],
    ['The study followed patients for two years.'],
  ],
};

describe('facet matcher', () => {
  it('has extra test sentences for every facet', () => {
    expect(Object.keys(MORE).sort()).toEqual(FACET_PACK.facets.map((f) => f.id).sort());
  });

  for (const facet of FACET_PACK.facets) {
    describe(facet.id, () => {
      const [flags, passes] = MORE[facet.id] ?? [[], []];
      const examples = FACET_LANGS.flatMap((lang) => facet.examples[lang].match);
      const nearMisses = FACET_LANGS.flatMap((lang) => facet.examples[lang].nearMiss);
      describe('flags', () => {
        for (const sentence of [...examples, ...flags])
          it(sentence, () => expect(idsOf(sentence)).toContain(facet.id));
      });
      describe('does not flag', () => {
        for (const sentence of [...nearMisses, ...passes])
          it(sentence, () => expect(idsOf(sentence)).not.toContain(facet.id));
      });
    });
  }

  it('lists a sentence’s facets in the pack’s order', () => {
    expect(idsOf('Approved in Mexico, one injection costs $3,900.')).toEqual([
      'approved-abroad',
      'price',
    ]);
  });

  it('finds no facet in a sentence that makes no specific claim', () => {
    expect(idsOf('Stem cell therapy is offered for chronic back pain.')).toEqual([]);
  });

  it('reads curly quotes, soft hyphens and no-break spaces as plain text', () => {
    expect(idsOf('Our FDA\u2011registered lab prepares the cells.')).toContain('fda-registered');
    expect(idsOf('Wharton\u2019s jelly injections')).toContain('birth-tissue');
    expect(idsOf('It costs\u00a0$4,000.')).toContain('price');
  });

  it('reads the percentages a sentence quotes', () => {
    expect(
      matcher.match('Over 90% improved; 87,5 por ciento; 12.5 percent were happy').percents,
    ).toEqual([90, 87.5, 12.5]);
    expect(matcher.match('A 250% rise and ID4%').percents).toEqual([]);
  });

  it('says whether a sentence places the treatment outside the US', () => {
    expect(matcher.match('Treatment in Tijuana costs less.').isAbroad).toBe(true);
    expect(matcher.match('Tratamiento en el extranjero.').isAbroad).toBe(true);
    expect(matcher.match('Treatment in Texas costs more.').isAbroad).toBe(false);
  });

  it(`reads only the first ${MAX_FACET_TEXT} characters`, () => {
    const long = `${'word '.repeat(MAX_FACET_TEXT / 5)}It costs $5,000.`;
    expect(matcher.match(long).ids).toEqual([]);
  });

  it('runs in linear time on hostile text', () => {
    const hostile = `${'$1,'.repeat(600)}${' avoid '.repeat(300)}${'9'.repeat(2000)}`;
    const started = performance.now();
    matcher.match(hostile);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('every pattern is valid and has no capturing group', () => {
    const source = (p: PatternSpec) => (typeof p === 'string' ? p : p.cs);
    const patterns = FACET_PACK.facets.flatMap((f) =>
      Object.values(f.wording).flatMap((w) => [...w.any, ...(w.with ?? []), ...(w.unless ?? [])]),
    );
    for (const p of [...patterns, ...Object.values(FACET_PACK.abroad).flat()]) {
      const re = new RegExp(`${source(p)}|`, 'u');
      expect(re.exec('')!.length, source(p)).toBe(1);
    }
  });

  it('honours "with" and "unless" families', () => {
    const pack: FacetPack = {
      ...FACET_PACK,
      facets: [
        {
          ...FACET_PACK.facets[0]!,
          id: 'test',
          wording: {
            en: { any: ['alpha'], with: ['beta'], unless: ['gamma'] },
            es: { any: ['uno'] },
          },
        },
      ],
    };
    const m = createFacetMatcher(pack);
    expect(m.match('alpha beta').ids).toEqual(['test']);
    expect(m.match('alpha').ids).toEqual([]);
    expect(m.match('alpha beta gamma').ids).toEqual([]);
    // Each language on its own: the Spanish wording has no "with" family.
    expect(m.match('uno').ids).toEqual(['test']);
  });
});
