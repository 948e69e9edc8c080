import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  KeyFilter,
  Matcher,
  compilePack,
  withoutUnicodeClasses,
} from '../../../content/detect/compile';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import type { PatternSpec } from '../../../topic/schema';
import { CATEGORIES } from '../../../topic/categories';

const source = (p: PatternSpec) => (typeof p === 'string' ? p : p.cs);

describe('topic pack', () => {
  it('compiles', () => {
    expect(() => compilePack(STEM_CELL_BACK_PAIN)).not.toThrow();
  });

  for (const lang of STEM_CELL_BACK_PAIN.languages) {
    const patterns: [string, PatternSpec][] = [];
    for (const [family, value] of Object.entries(lang)) {
      if (Array.isArray(value) && family !== 'abbreviations' && family !== 'cues')
        for (const p of value as PatternSpec[]) patterns.push([family, p]);
    }
    for (const cue of lang.cues) patterns.push([`cue ${cue.id}`, cue.pattern]);

    it(`${lang.lang}: every pattern is valid and has no capturing group`, () => {
      for (const [family, p] of patterns) {
        const re = new RegExp(`${source(p)}|`, 'u');
        // An empty match of the added empty branch has exactly one element when no group exists.
        expect(re.exec('')!.length, `${family}: ${source(p)}`).toBe(1);
      }
    });

    it(`${lang.lang}: cue ids are unique and categories are known`, () => {
      const ids = lang.cues.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of lang.cues) if (c.category) expect(CATEGORIES).toContain(c.category);
    });
  }

  it('rewrites \\p{L} and \\p{N} to ranges inside and outside character classes', () => {
    const re = (src: string) => new RegExp(`^(?:${withoutUnicodeClasses(src)})$`, 'i');
    expect(re('x\\p{L}+').test('xÉtude')).toBe(true);
    expect(re('x\\p{L}+').test('xзвук')).toBe(true);
    expect(re('x\\p{L}+').test('x12')).toBe(false);
    expect(re('[\\p{L}-]+').test('ab-cé')).toBe(true);
    expect(re('[\\p{L}\\p{N}]+').test('a1²')).toBe(true);
    expect(re('[^\\p{L}]').test('é')).toBe(false);
    expect(re('[^\\p{L}]').test('!')).toBe(true);
    // An escaped backslash before "p{L}" is a literal backslash, left alone.
    expect(withoutUnicodeClasses('\\\\p{L}')).toBe('\\\\p{L}');
    expect(re('\\\\p{L}').test('\\pL')).toBe(false);
  });

  it('leaves a source without \\p{L} or \\p{N} as it is, escapes and classes included', () => {
    for (const src of [
      'stem[- ]?cells?',
      '(?:\\b|_)(?:cord\\W+blood)',
      '[\\]p{L}]',
      'c[eé]lulas?\\s',
    ])
      expect(withoutUnicodeClasses(src)).toBe(src);
  });

  it('treatment terms stay whole words without the u flag (accents, Greek, Cyrillic, digits)', () => {
    const m = new Matcher(['stem cells?']);
    expect(m.test('Stem cells help')).toBe(true);
    expect(m.test('(stem cell)')).toBe(true);
    for (const touching of ['éstem cells', 'stem cellsé', 'ωstem cell', 'stem cellд', '2stem cell'])
      expect(m.test(touching), touching).toBe(false);
  });

  // The gate trusts the key prefilter: text without a key is never tested for terms. So every
  // string a treatment pattern matches, in any letter case and between any boundary
  // characters, must contain a key.
  for (const lang of STEM_CELL_BACK_PAIN.languages) {
    it(`${lang.lang}: every treatment term contains one of the pack's treatment keys`, () => {
      const keys = new KeyFilter(STEM_CELL_BACK_PAIN.languages.flatMap((l) => l.treatmentKeys));
      const edge = fc.constantFrom('', ' ', '(', '_', '-', '"', '\n', '.', '/', "'");
      for (const spec of lang.treatment) {
        const cs = typeof spec !== 'string';
        const term = new RegExp(`^(?:${withoutUnicodeClasses(source(spec))})$`);
        const gate = new Matcher([spec]);
        fc.assert(
          fc.property(
            edge,
            fc.stringMatching(term),
            edge,
            fc.constantFrom('as is', 'upper', 'title'),
            (before, body, after, letterCase) => {
              const cased =
                cs || letterCase === 'as is'
                  ? body
                  : letterCase === 'upper'
                    ? body.toUpperCase()
                    : body.replace(/(^|\s)\S/g, (c) => c.toUpperCase());
              const text = before + cased + after;
              if (gate.test(text)) expect(keys.test(text), `${source(spec)}: ${text}`).toBe(true);
            },
          ),
          { numRuns: 200 },
        );
      }
    });
  }

  it('has at least one cue for every category in English', () => {
    const en = STEM_CELL_BACK_PAIN.languages.find((l) => l.lang === 'en')!;
    for (const c of CATEGORIES) expect(en.cues.some((cue) => cue.category === c)).toBe(true);
  });
});
