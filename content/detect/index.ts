import { detectClaims as detectWithoutPrices, type DetectContext } from './core';
import { claimPrices } from './prices';
import type { Claim } from './types';

/**
 * Public API of the claim detector: text in, claims out, with the prices of cost claims. Pure
 * (no DOM, browser API or clock); the same input always gives the same output. See issue 3 and
 * ../shared/corpus/RUBRIC.md. The content script runs core.ts, the same detector without
 * `claim.prices`.
 */

export type { DetectContext } from './context';
export { CATEGORIES, STANCES } from './types';
export type { Category, Claim, PriceMention, Stance } from './types';
export { analyzeContext, hasTreatmentTerms, warmUp } from './core';
export { claimPrices } from './prices';

/**
 * Claims in `text` (a passage or a whole page): at most one per sentence, sorted by start, with
 * offsets in UTF-16 code units of `text` and `claim.text === text.slice(start, end)`. Without
 * `context`, it is derived from `text` itself. Cost claims, and claims whose sentence quotes a
 * price, carry `prices` (offsets into `text`). Returns [] when nothing qualifies; never throws.
 */
export function detectClaims(text: string, context?: DetectContext): Claim[] {
  try {
    const claims = detectWithoutPrices(text, context);
    for (const claim of claims) {
      const prices = claimPrices(claim.text, claim.category);
      if (prices) {
        claim.prices = prices.map((p) => ({
          ...p,
          start: claim.start + p.start,
          end: claim.start + p.end,
        }));
      }
    }
    return claims;
  } catch {
    // A detector bug must never break the page it runs on.
    return [];
  }
}
