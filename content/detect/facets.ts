import type { FacetPack, FacetWording } from '../../topic/facets/types';
import { Matcher, withoutUnicodeClasses } from './compile';
import { normalize } from './normalize';

/**
 * The facet matcher (issue #13): which facets a claim sentence shows, the percentages it quotes
 * and whether it places the treatment outside the US. Pure: text in, ids out; no DOM, browser API
 * or clock. The background runs it (entrypoints/background.ts), so the content script never
 * carries the facet words. Facets and their patterns are data: topic/facets/.
 */

/** What one claim sentence shows. */
export interface FacetMatch {
  /** Ids of the facets it shows, in the pack's order; empty when it shows none. */
  ids: string[];
  /** Percentages it quotes ("90%", "87 percent", "85 por ciento"), 0-100, in order. */
  percents: number[];
  /** True when it names a place outside the US or says "abroad" (the pack's `abroad` words). */
  isAbroad: boolean;
}

/** A facet matcher for one pack. */
export interface FacetMatcher {
  /** The facets `text` shows; never throws. Only the first MAX_FACET_TEXT characters are read. */
  match(text: string): FacetMatch;
}

/** Longest text read, in characters: a claim is one sentence, and a page controls the text. */
export const MAX_FACET_TEXT = 2000;

interface Compiled {
  any: Matcher;
  with: Matcher | null;
  unless: Matcher | null;
}

function compile(wording: FacetWording): Compiled {
  return {
    any: new Matcher(wording.any),
    with: wording.with ? new Matcher(wording.with) : null,
    unless: wording.unless ? new Matcher(wording.unless) : null,
  };
}

function shows(c: Compiled, text: string): boolean {
  return c.any.test(text) && (c.with === null || c.with.test(text)) && !c.unless?.test(text);
}

/**
 * Compiles `pack` once (a few dozen RegExps). A facet shows when, in one of its languages, a
 * pattern of `any` occurs, one of `with` too (when given), and none of `unless`.
 */
export function createFacetMatcher(pack: FacetPack): FacetMatcher {
  const facets = pack.facets.map((f) => ({
    id: f.id,
    languages: Object.values(f.wording).map(compile),
  }));
  const abroad = new Matcher(Object.values(pack.abroad).flat());
  // Digits are ASCII here: a percentage must convert to a number.
  const percent = new RegExp(
    withoutUnicodeClasses(
      `(?<![\\p{L}\\p{N}.,])([0-9]{1,3}(?:[.,][0-9]{1,2})?) ?(?:%|(?:${pack.percentWords.join('|')})(?![\\p{L}]))`,
    ),
    'gi',
  );

  return {
    match(input) {
      const text = normalize(input.slice(0, MAX_FACET_TEXT)).text;
      const ids = facets.filter((f) => f.languages.some((c) => shows(c, text))).map((f) => f.id);
      const percents: number[] = [];
      percent.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = percent.exec(text)) !== null) {
        const value = Number(m[1]!.replace(',', '.'));
        if (value <= 100) percents.push(value);
      }
      return { ids, percents, isAbroad: abroad.test(text) };
    },
  };
}
