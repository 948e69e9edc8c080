import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CueMatcher } from '../../../content/detect/compile';
import { normalize } from '../../../content/detect/normalize';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { CUE_EXAMPLES } from '../../../topic/detect/cue-examples';
import { loadCorpus } from '../../../scripts/lib/corpus';

/**
 * Issue 12, "no cue exists for one sentence": every cue of the pack carries at least two example
 * sentences written by us (topic/detect/cue-examples.ts), the cue matches each of them with the
 * detector's own compiler and boundary rules, and none of them comes from the labelled corpus.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORPUS = join(ROOT, '../shared/corpus/dev');

/** Lower case with whitespace runs folded, as the corpus check compares text. */
const fold = (s: string) => normalize(s).text.toLowerCase().replace(/\s+/g, ' ').trim();

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
  // lightly edited, would make a cue look general while it only knows one page. Stock phrases
  // ("stem cell therapy for degenerative disc disease") are shared; a run of RUN words is not.
  it.skipIf(!existsSync(CORPUS))('no example is taken from the labelled corpus', () => {
    const RUN = 10;
    const words = (s: string) => fold(s).match(/[\p{L}\p{N}']+/gu) ?? [];
    const texts: string[] = [];
    const runs = new Set<string>();
    for (const page of loadCorpus(CORPUS)) {
      texts.push(fold(page.text), ...page.labels.map((l) => fold(l.text)));
      const w = words(page.text);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
    const copied: string[] = [];
    for (const e of Object.values(CUE_EXAMPLES).flatMap((byCue) => Object.values(byCue).flat())) {
      const example = fold(e);
      const w = words(e);
      const shared = w.map((_, i) => w.slice(i, i + RUN).join(' ')).find((r) => runs.has(r));
      if (texts.some((t) => t.includes(example))) copied.push(`in the corpus: ${e}`);
      else if (shared) copied.push(`${RUN} words in a row from the corpus ("${shared}"): ${e}`);
    }
    expect(copied).toEqual([]);
  });

  it('nothing the extension ships imports the examples', () => {
    const importsExamples = /(?:from|import)\s*\(?\s*['"][^'"]*cue-examples['"]/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(join(ROOT, dir))) {
        const path = `${dir}/${name}`;
        if (statSync(join(ROOT, path)).isDirectory()) walk(path);
        else if (/\.(?:ts|tsx|mts|js)$/.test(name) && path !== 'topic/detect/cue-examples.ts')
          if (importsExamples.test(readFileSync(join(ROOT, path), 'utf8'))) offenders.push(path);
      }
    };
    for (const dir of ['entrypoints', 'content', 'components', 'utils', 'topic'])
      if (existsSync(join(ROOT, dir))) walk(dir);
    expect(offenders).toEqual([]);
  });
});
