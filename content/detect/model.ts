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

/**
 * Each head's weights by feature, as one row per feature (a column per label), built once per
 * heads object: a sentence's features are looked up once, not once per label.
 */
const tables = new WeakMap<object, { labels: string[]; rows: Map<string, Float64Array> }>();

function tableOf(heads: Readonly<Record<string, Weights>>) {
  let t = tables.get(heads);
  if (!t) {
    const labels = Object.keys(heads);
    const rows = new Map<string, Float64Array>();
    labels.forEach((label, k) => {
      for (const [f, w] of Object.entries(heads[label]!)) {
        let row = rows.get(f);
        if (!row) rows.set(f, (row = new Float64Array(labels.length)));
        row[k] = w;
      }
    });
    tables.set(heads, (t = { labels, rows }));
  }
  return t;
}

/** The label with the highest score (ties: the first in the model's order). */
export function argmax(heads: Readonly<Record<string, Weights>>, features: readonly string[]) {
  const { labels, rows } = tableOf(heads);
  const z = new Float64Array(labels.length);
  for (const f of features) {
    const row = rows.get(f);
    if (row) for (let k = 0; k < z.length; k++) z[k]! += row[k]!;
  }
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k]! > z[best]!) best = k;
  return labels[best] ?? '';
}
