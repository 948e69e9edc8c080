import { createDetector } from '../../content/detect/core';
import type { ClaimModel, TopicPack, Weights } from '../../topic/schema';
import { CATEGORIES } from '../../topic/categories';
import { CATEGORY_ONLY } from '../../content/detect/features';
import { spansMatch, type Page } from './corpus';
import { textContext } from './detector';

/**
 * Fits the detector's learned model (topic/schema.ts `ClaimModel`) on labelled pages, and the
 * page-grouped folds eval scores it with. Deterministic: the same pages give the same file, byte
 * for byte (full-batch optimisation in a fixed order; no randomness but a seeded fold shuffle).
 */

/** One candidate sentence of a page with its gold label. */
export interface Example {
  page: string;
  features: string[];
  /** The gold claim it matches, or null for a NONE sentence. */
  gold: { category: string } | null;
}

/** How the model is fitted (the defaults are the ones `npm run train` uses). */
export interface FitOptions {
  /** L2 penalty per feature, relative to the number of examples. */
  l2: number;
  /** Full-batch optimisation steps. */
  steps: number;
  /** A feature counts only if it occurs on at least this many training pages. */
  minPages: number;
  /** Claim threshold on the claim head's probability. */
  threshold: number;
}

export const FIT: FitOptions = { l2: 3, steps: 400, minPages: 2, threshold: 0.4 };

/** The candidate sentences of `pages` with their features, as the shipped detector sees them. */
export function examplesOf(pack: TopicPack, pages: readonly Page[]): Example[] {
  const detector = createDetector({ ...pack, model: undefined });
  const out: Example[] = [];
  for (const page of pages) {
    const gold = page.labels.filter((l) => l.isClaim);
    if (!detector.hasTreatmentTerms(page.text)) continue;
    for (const r of detector.sentenceFeatures(page.text, textContext(detector, page.text))) {
      const match = gold.find((l) => spansMatch(r, l));
      out.push({
        page: page.name,
        features: r.features,
        gold: match ? { category: match.category ?? '' } : null,
      });
    }
  }
  return out;
}

/** Features kept for fitting: those seen on enough pages (one page's quirk teaches nothing). */
function vocabulary(examples: readonly Example[], minPages: number): Map<string, number> {
  const pagesOf = new Map<string, Set<string>>();
  for (const e of examples)
    for (const f of e.features) {
      let pages = pagesOf.get(f);
      if (!pages) pagesOf.set(f, (pages = new Set()));
      pages.add(e.page);
    }
  const names = [...pagesOf]
    .filter(([, pages]) => pages.size >= minPages)
    .map(([f]) => f)
    .sort();
  return new Map(names.map((f, i) => [f, i]));
}

/** Examples as index lists over `vocab`. */
function encode(examples: readonly Example[], vocab: Map<string, number>): number[][] {
  return examples.map((e) => e.features.flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : [])));
}

/**
 * Softmax regression (a single class = logistic regression against a zero score) by full-batch
 * Adam with an L2 penalty. `ys[i]` is the class index of example i.
 */
function fitSoftmax(
  xs: readonly number[][],
  ys: readonly number[],
  classes: number,
  dims: number,
  opts: FitOptions,
  sampleWeight: (y: number) => number = () => 1,
): Float64Array[] {
  const K = classes === 2 ? 1 : classes;
  const w = Array.from({ length: K }, () => new Float64Array(dims));
  const m = Array.from({ length: K }, () => new Float64Array(dims));
  const v = Array.from({ length: K }, () => new Float64Array(dims));
  const n = xs.length;
  const lr = 0.05;
  const b1 = 0.9;
  const b2 = 0.999;
  const z = new Float64Array(classes);
  for (let step = 1; step <= opts.steps; step++) {
    const g = Array.from({ length: K }, () => new Float64Array(dims));
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      const sw = sampleWeight(y);
      if (K === 1) {
        let s = 0;
        for (const j of x) s += w[0]![j]!;
        const p = 1 / (1 + Math.exp(-s));
        const d = (p - y) * sw;
        for (const j of x) g[0]![j]! += d;
        continue;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (const j of x) s += w[k]![j]!;
        z[k] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      for (let k = 0; k < K; k++) {
        const d = (z[k]! / sum - (k === y ? 1 : 0)) * sw;
        if (d !== 0) for (const j of x) g[k]![j]! += d;
      }
    }
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let k = 0; k < K; k++) {
      const wk = w[k]!;
      const gk = g[k]!;
      const mk = m[k]!;
      const vk = v[k]!;
      for (let j = 0; j < dims; j++) {
        const grad = gk[j]! / n + (opts.l2 / n) * wk[j]!;
        mk[j] = b1 * mk[j]! + (1 - b1) * grad;
        vk[j] = b2 * vk[j]! + (1 - b2) * grad * grad;
        wk[j] = wk[j]! - (lr * (mk[j]! / c1)) / (Math.sqrt(vk[j]! / c2) + 1e-8);
      }
    }
  }
  return w;
}

/** Weights as a name → value record, rounded, without the ones that round to zero. */
function named(w: Float64Array, vocab: Map<string, number>): Weights {
  const out: Record<string, number> = {};
  for (const [f, j] of vocab) {
    const x = Math.round(w[j]! * 100) / 100;
    if (Math.abs(x) >= 0.05) out[f] = x;
  }
  return out;
}

/** Fits the claim and category heads on `examples`. */
export function fitModel(examples: readonly Example[], opts: FitOptions = FIT): ClaimModel {
  const vocab = vocabulary(examples, opts.minPages);
  const xs = encode(examples, vocab);
  const ys = examples.map((e) => (e.gold ? 1 : 0));
  // The claim head leaves out the category features (features.ts CATEGORY_ONLY).
  const categoryOnly = new Set(
    [...vocab].filter(([f]) => f.startsWith(CATEGORY_ONLY)).map(([, j]) => j),
  );
  const claimXs = categoryOnly.size ? xs.map((x) => x.filter((j) => !categoryOnly.has(j))) : xs;
  const claimW = fitSoftmax(claimXs, ys, 2, vocab.size, opts)[0]!;
  const claims = examples.flatMap((e, i) => (e.gold ? [{ e, x: xs[i]! }] : []));
  const cats = CATEGORIES as readonly string[];
  const catW = fitSoftmax(
    claims.map((c) => c.x),
    claims.map((c) => Math.max(0, cats.indexOf(c.e.gold!.category))),
    cats.length,
    vocab.size,
    opts,
  );
  return {
    version: 1,
    threshold: opts.threshold,
    claim: named(claimW, vocab),
    category: Object.fromEntries(cats.map((c, k) => [c, named(catW[k]!, vocab)])),
    trainedOn: {
      pages: new Set(examples.map((e) => e.page)).size,
      sentences: examples.length,
      claims: claims.length,
      features: vocab.size,
      l2: opts.l2,
      steps: opts.steps,
      minPages: opts.minPages,
    },
  };
}

/** The kind of a corpus page, from its name (`clinic_…`, `neg_…`), for stratifying folds. */
export function kindOf(name: string): string {
  return name.split('_')[0] ?? '';
}

/**
 * Page-grouped folds: every page in exactly one fold, pages of each language and kind spread
 * evenly (a seeded shuffle within each stratum, then dealt round-robin). Deterministic.
 */
export function foldsOf(pages: readonly Page[], k = 5, seed = 12): Page[][] {
  const folds: Page[][] = Array.from({ length: k }, () => []);
  const strata = new Map<string, Page[]>();
  for (const p of [...pages].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${p.lang}/${kindOf(p.name)}`;
    strata.set(key, [...(strata.get(key) ?? []), p]);
  }
  let rng = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: small, seeded, the same everywhere.
    rng ^= rng << 13;
    rng >>>= 0;
    rng ^= rng >>> 17;
    rng ^= rng << 5;
    rng >>>= 0;
    return rng / 2 ** 32;
  };
  let deal = 0;
  for (const key of [...strata.keys()].sort()) {
    const list = strata.get(key)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    for (const p of list) folds[deal++ % k]!.push(p);
  }
  return folds;
}
