import type { Category, CategorySpec, Stance } from './categories';

/**
 * A topic pack is the data the detector runs on: term families, cue patterns per category,
 * negation and hedging words, money words, and the roles of the categories. The engine
 * (content/detect, `createDetector(pack)`) is given the pack and imports none; what it still
 * knows about language is listed in topic/README.md.
 *
 * Pattern syntax: JavaScript RegExp source, wrapped in letter boundaries (no letter or digit may
 * touch either end), so write `regenerat\p{L}*` for a stem. `\p{L}` and `\p{N}` are the only
 * Unicode escapes: compile.ts rewrites them to character ranges and compiles without the `u`
 * flag (much faster to compile), so keep to BMP characters.
 * A space in a pattern matches one space: the normaliser has already folded whitespace runs.
 * Never use capturing groups (write `(?:...)`) and never nest unbounded quantifiers: every
 * pattern must run in linear time.
 */

/** A pattern string, or one that must match with its letter case (acronyms such as `MSC`). */
export type PatternSpec = string | { readonly cs: string };

/** Which way a cue pushes the stance of the sentence it appears in. */
export type CueLean = Exclude<Stance, 'neutral'> | 'neutral';

/** One cue: evidence that a sentence makes a claim of `category`, and/or a stance lean. */
export interface CueSpec {
  /** Short name shown in `Claim.cues` for explanation and debugging. */
  readonly id: string;
  readonly pattern: PatternSpec;
  /** Category the cue points to; omitted for stance-only cues. */
  readonly category?: Category;
  /** 1 = weak hint, 2 = typical cue, 3 = decisive wording. Defaults to 2. */
  readonly weight?: number;
  /** Stance lean; a negated cue flips promotional and cautionary. */
  readonly lean?: CueLean;
}

/**
 * The treatment terms of one language: what the page gate (content/detect/gate.ts) runs on, the
 * only vocabulary the content script carries (topic/detect/gate.ts).
 */
export interface GateWords {
  /** Names of the therapy itself (stem cells, MSCs, BMAC...). */
  readonly treatment: readonly PatternSpec[];
  /**
   * Cheap prefilter for `treatment`: unwrapped RegExp fragments (no boundaries added; `\b` is the
   * ASCII word boundary, so write `(?:\b|_)` for "starts a word") of which every match of every
   * treatment pattern contains at least one.
   * A page or chunk without any of them is known to have no treatment term after one fast pass.
   * The gate runs them on raw page text, so folding must not be able to make one appear: write
   * a space between two words as `\s` or `\W+` (a line break, a run of spaces or a non-breaking
   * space in the raw text folds to one space), never as a plain space.
   * tests/unit/detect/topic-pack.test.ts checks the "every match" promise with generated text.
   */
  readonly treatmentKeys: readonly PatternSpec[];
}

/** A topic's page gate: the treatment terms of each of its languages. */
export interface TopicGate {
  readonly languages: readonly GateWords[];
}

/** The vocabulary of one language for one topic (its treatment terms are its GateWords). */
export interface LanguagePack extends GateWords {
  /** BCP 47 primary language tag, e.g. `en`. */
  readonly lang: string;
  /** Looser names that count only on a page that is about the therapy (regenerative medicine...). */
  readonly treatmentWeak: readonly PatternSpec[];
  /** The back-type conditions in scope (back pain, disc, sciatica...). */
  readonly condition: readonly PatternSpec[];
  /** Other uses that make a sentence off topic when no back condition is named (knee, leukaemia...). */
  readonly offTopic: readonly PatternSpec[];
  /** Words that show the therapy is being used on people (therapy, injection, patients...). */
  readonly clinical: readonly PatternSpec[];
  /** People treated or studied (patients, subjects): with a back condition they imply the therapy. */
  readonly cohort: readonly PatternSpec[];
  /** Anaphors and definite descriptions that point back to the therapy ("this procedure"). */
  readonly references: readonly PatternSpec[];
  /** Textbook stem-cell biology with no clinical use ("become any cell"). */
  readonly genericBiology: readonly PatternSpec[];
  /** Personal pronouns and names of a patient story. */
  readonly personal: readonly PatternSpec[];
  /** Phrases that show a page tells a specific patient's treatment story. */
  readonly storyMarkers: readonly PatternSpec[];
  /** Negators looked for just before a cue. */
  readonly negators: readonly PatternSpec[];
  /** Wording that asserts nothing (hopes, calls to action). */
  readonly nonAssertive: readonly PatternSpec[];
  /** Finite verbs: a heading or fragment without one is a label, not a claim. */
  readonly predicates: readonly PatternSpec[];
  /** Sentence openers whose first clause is subordinate ("While", "Although"). */
  readonly subordinators: readonly PatternSpec[];
  /** "Approved only for other uses" wording, a regulatory claim despite naming other diseases. */
  readonly approvalElsewhere: readonly PatternSpec[];
  /** Cues per category and stance. */
  readonly cues: readonly CueSpec[];
  /**
   * Wording of the sentences the rubric calls NONE although they name the therapy (RUBRIC.md
   * section 2, "These are NONE"), one family per kind: availability, credentials, procedure
   * logistics, other treatments... Features of the learned model (`none:<kind>`), not rules.
   */
  readonly none?: Readonly<Record<string, readonly PatternSpec[]>>;
  /** Abbreviations (lower case, without the final dot) that do not end a sentence. */
  readonly abbreviations: readonly string[];
}

/**
 * What the price parser (content/detect/prices.ts `createPriceParser`) runs on: which categories
 * always quote prices, and the money words of each language, tried in this order. Kept apart from
 * TopicPack because the content script parses no prices and should not carry the words.
 */
export interface MoneyPack {
  /** Every category with its roles (the parser reads `priced`). */
  readonly categories: Readonly<Record<Category, CategorySpec>>;
  readonly languages: readonly MoneyWords[];
}

/**
 * The words of prices in one language (content/detect/prices.ts builds its patterns from them). Currency symbols and ISO codes are the parser's own. Strings are
 * RegExp source (same rules as patterns above); in alternations, earlier entries are tried first,
 * and the order of an object's keys is the order of its alternation.
 */
export interface MoneyWords {
  /** BCP 47 primary language tag, e.g. `en`. */
  readonly lang: string;
  /** Currency names after an amount ("5,000 dollars"). */
  readonly currencies: readonly string[];
  /** Currency names after a spelled-out amount ("five thousand dollars"). */
  readonly spelledCurrencies: readonly string[];
  /** Word stems (lower case) that name a currency, with its ISO code ("pound" → GBP). */
  readonly currencyStems: Readonly<Record<string, string>>;
  /** Words between the two ends of a range ("$5,000 to $7,000"). */
  readonly rangeWords: readonly string[];
  /** Multipliers after a figure ("5k", "2 million"), with their value. */
  readonly multipliers: Readonly<Record<string, number>>;
  /** Number words with their value ("five" → 5, "a" → 1). */
  readonly numbers: Readonly<Record<string, number>>;
  /** Ones that may follow a tens word ("twenty-five"). */
  readonly compoundOnes: readonly string[];
  /** Scale words after a number word ("five thousand"), with their value. */
  readonly scales: Readonly<Record<string, number>>;
  /** Scale words that are an amount on their own ("mil dólares" = 1,000). */
  readonly bareScales: readonly string[];
  /** Words that introduce what a price is for ("per", "each"). */
  readonly perWords: readonly string[];
  /** Articles between those and the unit ("a", "the"). */
  readonly perArticles: readonly string[];
  /** What a price can be for ("injections?"). */
  readonly perUnits: readonly string[];
  /**
   * The English name of a unit, keyed by its lower-case form without accents and final s
   * ("inyeccion" → "injection"); units not listed are reported in that form.
   */
  readonly perNames: Readonly<Record<string, string>>;
}

/** A topic: its categories' roles and one pack per language. */
export interface TopicPack {
  readonly id: string;
  /** Every category with its roles (the detector reads only `roles`). */
  readonly categories: Readonly<Record<Category, CategorySpec>>;
  /** A sentence that exercises the common path (therapy, condition and a cue), for warm-up. */
  readonly warmUpText: string;
  readonly languages: readonly LanguagePack[];
  /**
   * The learned decision (content/detect/model.ts): fitted by `npm run train` on the labelled
   * corpus, over the features content/detect/features.ts names. Without it, the rule classifier
   * (content/detect/classify.ts) decides alone.
   */
  readonly model?: ClaimModel;
}

/** Feature name → weight; the feature `bias` is always on. */
export type Weights = Readonly<Record<string, number>>;

/**
 * A linear model over named binary features: logistic for "is this sentence a claim", softmax
 * for its category. Written by `npm run train` (scripts/train.ts) as
 * topic/detect/model.json; read it as data.
 */
export interface ClaimModel {
  readonly version: 1;
  /** A sentence is a claim when the claim head's probability reaches this. */
  readonly threshold: number;
  readonly claim: Weights;
  readonly category: Readonly<Record<string, Weights>>;
  /** What it was fitted on and how, for the reader of the file. */
  readonly trainedOn: Readonly<Record<string, string | number>>;
}
