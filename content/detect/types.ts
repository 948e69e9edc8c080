import type { Category, Stance } from '../../topic/categories';

/**
 * What the claim detector returns. The categories and stances themselves belong to the topic
 * (topic/categories.ts); the detector only names their types.
 */

export type { Category, Stance };

/** A price parsed from a cost claim; amounts are in major units of `currency`. */
export interface PriceMention {
  /** Lowest amount quoted (or the only one). */
  min: number;
  /** Highest amount quoted; equals `min` for a single figure. */
  max: number;
  /** ISO 4217 code, e.g. "USD", "EUR", "GBP". */
  currency: string;
  /** What the price is for when the text says so ("injection", "treatment", "session"), else undefined. */
  per?: string;
  /** Offsets of the price expression in the detector's input (UTF-16 code units). */
  start: number;
  end: number;
}

/** One claim: at most one per sentence. `text === input.slice(start, end)`. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  category: Category;
  stance: Stance;
  /** The cue words or patterns that led to the decision, for explanation and debugging. */
  cues: string[];
  /** 0..1, how sure the detector is that this is a claim of this category. */
  confidence: number;
  /** Prices parsed from the sentence (present, possibly empty, on cost claims; may appear on others). */
  prices?: PriceMention[];
}
