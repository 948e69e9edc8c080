import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { Matcher } from '../../../content/detect/compile';
import { normalize } from '../../../content/detect/normalize';
import { splitSentences } from '../../../content/detect/sentences';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { CUE_EXAMPLES } from '../../../topic/detect/cue-examples';
import { NONE_EXAMPLES } from '../../../topic/detect/none-examples';
import type { PatternSpec } from '../../../topic/schema';
import { CORPUS, corpusCopies, shippedImporters } from './own-examples';

/**
 * Every NONE family of the pack (`none` in topic/detect/en.ts and es.ts) carries at least two
 * example sentences written by us (topic/detect/none-examples.ts): each pattern of the family
 * matches at least one of them with the detector's own compiler and boundary rules, the family
 * matches each of them, and none of them comes from the labelled corpus. Whether the model then
 * calls them NONE is not asserted: a `none:<kind>` feature is evidence, not a rule.
 */

const text = (p: PatternSpec) => (typeof p === 'string' ? p : `{ cs: ${p.cs} }`);
const all = Object.values(NONE_EXAMPLES).flatMap((byKind) => Object.values(byKind).flat());

describe('NONE examples', () => {
  for (const lang of STEM_CELL_BACK_PAIN.languages) {
    const examples = NONE_EXAMPLES[lang.lang] ?? {};
    const families = lang.none ?? {};
    for (const [kind, patterns] of Object.entries(families)) {
      const own = (examples[kind] ?? []).map((e) => normalize(e).text);

      it(`${lang.lang} ${kind}: has two or more examples`, () => {
        expect(own.length, `examples for ${lang.lang} ${kind}`).toBeGreaterThanOrEqual(2);
      });

      it(`${lang.lang} ${kind}: every pattern matches one of the examples`, () => {
        // One pattern compiled alone, as compile.ts compiles a family (boundaries, case).
        const unmatched = patterns.filter((p) => !own.some((e) => new Matcher([p]).test(e)));
        expect(unmatched.map(text), `${lang.lang} ${kind} patterns that match no example`).toEqual(
          [],
        );
      });

      it(`${lang.lang} ${kind}: the family matches every example`, () => {
        const family = new Matcher(patterns);
        expect(own.filter((e) => !family.test(e))).toEqual([]);
      });
    }

    it(`${lang.lang}: no examples for kinds that do not exist, and keys in the order of the kinds`, () => {
      const kinds = Object.keys(families);
      expect(Object.keys(examples).filter((k) => !kinds.includes(k))).toEqual([]);
      expect(Object.keys(examples)).toEqual(kinds.filter((k) => k in examples));
    });

    it(`${lang.lang}: every example is one full sentence`, () => {
      const abbreviations = new Set(lang.abbreviations);
      for (const e of Object.values(examples).flat()) {
        expect(e, e).toMatch(/^[A-ZÁÉÍÓÚÑ¿¡].*[.!?]$/u);
        const t = normalize(e).text;
        expect(splitSentences(t, abbreviations), e).toEqual([{ start: 0, end: t.length }]);
      }
    });
  }

  it('has examples only for languages of the pack', () => {
    const langs = STEM_CELL_BACK_PAIN.languages.map((l) => l.lang);
    expect(Object.keys(NONE_EXAMPLES).filter((l) => !langs.includes(l))).toEqual([]);
  });

  it('uses every example once, and none that is a cue example', () => {
    const cues = new Set(
      Object.values(CUE_EXAMPLES).flatMap((byCue) => Object.values(byCue).flat()),
    );
    expect(all.filter((e, i) => all.indexOf(e) !== i)).toEqual([]);
    expect(all.filter((e) => cues.has(e))).toEqual([]);
  });

  it.skipIf(!existsSync(CORPUS))('no example is taken from the labelled corpus', () => {
    expect(corpusCopies(all)).toEqual([]);
  });

  it('nothing the extension ships imports the examples', () => {
    expect(shippedImporters('none-examples')).toEqual([]);
  });
});
