import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../content/detect/normalize';
import { loadCorpus } from '../../../../scripts/lib/corpus';
import { createFacetMatcher } from '../../../../content/detect/facets';
import {
  FACET_LANGS,
  FACET_PACK,
  facetSources,
  validateFacetPack,
  type FacetPack,
} from '../../../../topic/facets';
import { knowledgePack, resolveSources } from '../../../../topic/knowledge';

/**
 * The facets as data (topic/facets/): every facet's examples are matched by its own wording, its
 * near misses are not, and every line of its answer has sources a reader can open.
 */

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/corpus/dev');
/** Lower case with whitespace runs folded, as the corpus check compares text. */
const fold = (s: string) => normalize(s).text.toLowerCase().replace(/\s+/g, ' ').trim();

const copy = (): FacetPack => structuredClone(FACET_PACK) as FacetPack;
const validate = (pack: FacetPack, sources = facetSources) =>
  validateFacetPack(pack, knowledgePack.sources, sources);
const sourceOf = (id: string) =>
  Object.hasOwn(facetSources, id) ? facetSources[id] : resolveSources([id])[0];

describe('facet pack', () => {
  it('passes its own validator', () => {
    expect(validate(FACET_PACK)).toEqual([]);
  });

  it('covers the claims issue 13 asks for', () => {
    expect(FACET_PACK.facets.map((f) => f.id).sort()).toEqual(
      [
        'approved-abroad',
        'avoid-surgery',
        'birth-tissue',
        'exosome',
        'fast-results',
        'fda-approved',
        'fda-registered',
        'hct-361',
        'insurance',
        'own-cells',
        'price',
        'regrow-disc',
        'rmat-fast-track',
        'success-rate',
      ].sort(),
    );
  });

  const matcher = createFacetMatcher(FACET_PACK);
  for (const facet of FACET_PACK.facets) {
    describe(facet.id, () => {
      it('matches each of its example sentences, in English and Spanish', () => {
        for (const lang of FACET_LANGS) {
          expect(facet.examples[lang].match.length, lang).toBeGreaterThanOrEqual(2);
          for (const sentence of facet.examples[lang].match)
            expect(matcher.match(sentence).ids, sentence).toContain(facet.id);
        }
      });

      it('matches none of its near misses', () => {
        for (const lang of FACET_LANGS) {
          expect(facet.examples[lang].nearMiss.length, lang).toBeGreaterThanOrEqual(1);
          for (const sentence of facet.examples[lang].nearMiss)
            expect(matcher.match(sentence).ids, sentence).not.toContain(facet.id);
        }
      });

      it('answers with sourced lines and a review date', () => {
        expect(facet.answer.length).toBeGreaterThan(0);
        for (const line of facet.answer) {
          expect(line.sourceIds.length, line.text).toBeGreaterThan(0);
          for (const id of line.sourceIds) {
            const source = sourceOf(id);
            expect(source, `${facet.id}: ${id}`).toBeDefined();
            expect(source!.url).toMatch(/^https:\/\//);
          }
        }
        expect(facet.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });

      it('advises nobody: its answer informs', () => {
        for (const line of facet.answer)
          expect(line.text).not.toMatch(/\b(?:you should|we recommend|avoid this|do not get)\b/i);
      });
    });
  }

  // The corpus measures the detector; our examples must be our own, not its sentences: no example
  // occurs in it, and none shares a run of 8 words with it (skipped when ../shared is absent).
  it.skipIf(!existsSync(CORPUS))('takes no example sentence from the labelled corpus', () => {
    const RUN = 8;
    const words = (s: string) => fold(s).match(/[\p{L}\p{N}']+/gu) ?? [];
    const texts: string[] = [];
    const runs = new Set<string>();
    for (const page of loadCorpus(CORPUS)) {
      texts.push(fold(page.text));
      const w = words(page.text);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
    }
    const copied: string[] = [];
    for (const facet of FACET_PACK.facets)
      for (const lang of FACET_LANGS)
        for (const e of [...facet.examples[lang].match, ...facet.examples[lang].nearMiss]) {
          const w = words(e);
          const shared = w.some(
            (_, i) => i + RUN <= w.length && runs.has(w.slice(i, i + RUN).join(' ')),
          );
          if (texts.some((t) => t.includes(fold(e))) || shared) copied.push(e);
        }
    expect(copied).toEqual([]);
  });

  it('reports a facet without examples, an unknown source and a bad date', () => {
    const pack = copy();
    const [first] = pack.facets as unknown as {
      examples: Record<string, { match: string[] }>;
      answer: { sourceIds: string[] }[];
      reviewedOn: string;
    }[];
    first!.examples.es!.match = ['one'];
    first!.answer[0]!.sourceIds = ['nowhere'];
    first!.reviewedOn = '2026-13-40';
    const problems = validate(pack);
    expect(problems).toContainEqual(expect.stringContaining('fewer than 2 es example sentences'));
    expect(problems).toContainEqual(expect.stringContaining('unknown source "nowhere"'));
    expect(problems).toContainEqual(expect.stringContaining('reviewedOn is not an ISO date'));
  });

  it('reports a facet source that repeats a knowledge id, is never cited or has a bad host', () => {
    const sources = structuredClone(facetSources) as Record<string, (typeof facetSources)[string]>;
    sources.respine = { ...sources.kuriyan2017!, id: 'respine' };
    sources.unused = { ...sources.kuriyan2017!, id: 'unused', url: 'https://example.org/x' };
    const problems = validate(FACET_PACK, sources);
    expect(problems).toContainEqual(expect.stringContaining('knowledge pack already has this id'));
    expect(problems).toContainEqual('facet source unused: never cited');
    expect(problems).toContainEqual(expect.stringContaining('host not allowed'));
  });

  it('reports a facet source checked after the facets were reviewed', () => {
    const sources = structuredClone(facetSources) as Record<string, (typeof facetSources)[string]>;
    sources.kuriyan2017 = { ...sources.kuriyan2017!, checkedOn: '2099-01-01' };
    expect(validate(FACET_PACK, sources)).toContainEqual(
      expect.stringContaining("after a facet's review"),
    );
  });
});
