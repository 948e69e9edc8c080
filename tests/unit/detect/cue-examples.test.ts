import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CueMatcher } from '../../../content/detect/compile';
import { normalize } from '../../../content/detect/normalize';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { CUE_EXAMPLES } from '../../../topic/detect/cue-examples';
import { CORPUS, corpusCopies, shippedImporters } from './own-examples';

/**
 * Issue 12, "no cue exists for one sentence": every cue of the pack carries at least two example
 * sentences written by us (topic/detect/cue-examples.ts), the cue matches each of them with the
 * detector's own compiler and boundary rules, and none of them comes from the labelled corpus.
 */

describe('cue examples', () => {
  for (const lang of STEM_CELL_BACK_PAIN.languages) {
    const examples = CUE_EXAMPLES[lang.lang] ?? {};
    for (const cue of lang.cues) {
      it(`${lang.lang} ${cue.id}: has two or more examples, and the cue matches each`, () => {
        const own = examples[cue.id] ?? [];
        expect(own.length, `examples for ${lang.lang} cue ${cue.id}`).toBeGreaterThanOrEqual(2);
        const matcher = new CueMatcher([cue]);
        for (const example of own)
          expect(matcher.all(normalize(example).text), `${cue.id} on: ${example}`).not.toEqual([]);
      });
    }

    it(`${lang.lang}: no examples for cues that do not exist, and keys in the order of the cues`, () => {
      const ids = lang.cues.map((c) => c.id);
      expect(Object.keys(examples).filter((id) => !ids.includes(id))).toEqual([]);
      expect(Object.keys(examples)).toEqual(ids.filter((id) => id in examples));
    });
  }

  it('has examples only for languages of the pack', () => {
    const langs = STEM_CELL_BACK_PAIN.languages.map((l) => l.lang);
    expect(Object.keys(CUE_EXAMPLES).filter((l) => !langs.includes(l))).toEqual([]);
  });

  it('every example is one full sentence, used once', () => {
    const all = Object.values(CUE_EXAMPLES).flatMap((byCue) => Object.values(byCue).flat());
    expect(all.filter((e, i) => all.indexOf(e) !== i)).toEqual([]);
    for (const e of all) expect(e, e).toMatch(/^[A-ZÁÉÍÓÚÑ¿¡].*[.!?]$/u);
  });

  // The corpus is third-party text that measures the detector: an example taken from it, even
  // lightly edited, would make a cue look general while it only knows one page (own-examples.ts).
  it.skipIf(!existsSync(CORPUS))('no example is taken from the labelled corpus', () => {
    const all = Object.values(CUE_EXAMPLES).flatMap((byCue) => Object.values(byCue).flat());
    expect(corpusCopies(all)).toEqual([]);
  });

  it('nothing the extension ships imports the examples', () => {
    expect(shippedImporters('cue-examples')).toEqual([]);
  });
});
