import type { ClaimModel, Weights } from '../../topic/schema';
import type { Category } from './types';

/**
 * Scores a sentence's features (features.ts) with the topic's learned model: the probability
 * that it is a claim, then its most likely category (the stance is the rule's weighing of
 * leaning cues under that category, classify.ts `stanceAs`). Pure arithmetic over a few
 * hundred weights; features the model does not know weigh nothing.
 */

// Weights as Maps, built once per weights object: a few hundred string keys look up faster there.
const maps = new WeakMap<Weights, Map<string, number>>();

/** The linear score of `features` under `w`. */
export function linear(w: Weights, features: readonly string[]): number {
  let m = maps.get(w);
  if (!m) maps.set(w, (m = new Map(Object.entries(w))));
  let z = 0;
  for (const f of features) z += m.get(f) ?? 0;
  return z;
}

/** The probability that a sentence with `features` is a claim. */
export function claimProbability(model: ClaimModel, features: readonly string[]): number {
  return sigmoid(linear(model.claim, features));
}

/** The most likely category of a claim with `features`. */
export function categoryOf(model: ClaimModel, features: readonly string[]): Category {
  return argmax(model.category, features) as Category;
}

/** The logistic function, safe for large |z|. */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The label with the highest score (ties: the first in the model's order). */
export function argmax(heads: Readonly<Record<string, Weights>>, features: readonly string[]) {
  let best = '';
  let bestScore = -Infinity;
  for (const [label, w] of Object.entries(heads)) {
    const z = linear(w, features);
    if (z > bestScore) {
      best = label;
      bestScore = z;
    }
  }
  return best;
}
