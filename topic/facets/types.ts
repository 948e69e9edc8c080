/**
 * Schema of claim facets: what a claim sentence specifically asserts ("FDA approved", a price, a
 * success rate...), how that is worded, and the sourced answer the card and the popup show for it
 * (issue #13). The detector's category says what kind of claim a sentence is; a facet says which
 * claim it makes. A claim with no facet gets its category's context only.
 */
import type { PatternSpec } from '../schema';
import type { PriceRange } from '../knowledge/types';

/** The languages facets are worded in; every facet has wording and examples in each. */
export const FACET_LANGS = ['en', 'es'] as const;
export type FacetLang = (typeof FACET_LANGS)[number];

/**
 * How a facet is worded in one language. Patterns follow the rules at the top of
 * topic/schema.ts (letter boundaries, `\p{L}`, no capturing groups, bounded quantifiers). A
 * sentence shows the facet when, in one language, a pattern of `any` occurs, a pattern of `with`
 * occurs too (when `with` is given) and no pattern of `unless` occurs.
 */
export interface FacetWording {
  readonly any: readonly PatternSpec[];
  /** A second family that must also occur (a percentage needs an outcome word). */
  readonly with?: readonly PatternSpec[];
  /** Wording that rules the facet out although `any` occurs. */
  readonly unless?: readonly PatternSpec[];
}

/** Sentences we wrote (never copied from a page): ones that must show the facet, ones that must not. */
export interface FacetExamples {
  /** At least two. */
  readonly match: readonly string[];
  /** At least one near miss: close in wording, but not this facet. */
  readonly nearMiss: readonly string[];
}

/** One sentence of a facet's answer, neutral in tone, with at least one source id. */
export interface FacetLine {
  readonly text: string;
  /** Ids in topic/knowledge/sources.ts or topic/facets/sources.ts. */
  readonly sourceIds: readonly string[];
}

/**
 * A picture that goes with an answer: 'responders' puts the sentence's own percentage beside the
 * responder shares of the sham-controlled trials in the knowledge pack; 'prices' places the
 * sentence's own price on the published price ranges, US and abroad apart.
 */
export const FACET_VISUALS = ['responders', 'prices'] as const;
export type FacetVisual = (typeof FACET_VISUALS)[number];

/** One facet. Its heading is a UI string: `facet.<id>` (dashes as underscores) in locales/. */
export interface Facet {
  /** Kebab-case, unique. */
  readonly id: string;
  readonly wording: Readonly<Record<FacetLang, FacetWording>>;
  readonly examples: Readonly<Record<FacetLang, FacetExamples>>;
  /** One to four lines, shown in this order. */
  readonly answer: readonly FacetLine[];
  readonly visual?: FacetVisual;
  /** ISO date (YYYY-MM-DD) the answer was last checked against its sources. */
  readonly reviewedOn: string;
}

/** Everything the facet matcher and the answers run on. */
export interface FacetPack {
  /** In priority order: a claim showing several facets lists them in this order. */
  readonly facets: readonly Facet[];
  /**
   * Places and words that put a claim outside the US ("in Mexico", "abroad"): the price chart
   * keeps such a claim's price apart from US ranges, and the 'approved abroad' facet needs one.
   */
  readonly abroad: Readonly<Record<FacetLang, readonly PatternSpec[]>>;
  /** Words for "percent" after a number ("percent", "por ciento"); `%` is the matcher's own. */
  readonly percentWords: readonly string[];
  /** Published prices beyond the knowledge pack's ranges, for the price chart. */
  readonly priceRanges: readonly PriceRange[];
}
