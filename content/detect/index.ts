import type { MoneyPack, TopicPack } from '../../topic/schema';
import { createDetector, type Detector } from './core';
import { createPriceParser, type PriceParser } from './prices';

/**
 * Public API of the claim detector: text in, claims out, with the prices of cost claims. Pure
 * (no DOM, browser API or clock); the same input always gives the same output. The content
 * script runs core.ts, the same detector without `claim.prices`. No topic is built in: pass one
 * (topic/detect). See issue 3 and ../shared/corpus/RUBRIC.md.
 */

export type { DetectContext } from './context';
export type { Category, Claim, PriceMention, Stance } from './types';
export { createDetector, type Detector } from './core';
export { createPriceParser, type PriceParser } from './prices';

/** A detector whose `detectClaims` also parses prices, and its price parser. */
export type DetectorWithPrices = Detector & PriceParser;

/**
 * The detector for `topic` with the price parser for `money`: `detectClaims` gives cost claims, and claims whose
 * sentence quotes a price, `prices` (offsets into the text it was given). Scripts and tests use
 * it; the content script uses `createDetector` and leaves prices to the background.
 */
export function createDetectorWithPrices(topic: TopicPack, money: MoneyPack): DetectorWithPrices {
  const detector = createDetector(topic);
  const prices = createPriceParser(money);
  return {
    ...detector,
    ...prices,
    detectClaims(text, context) {
      try {
        const claims = detector.detectClaims(text, context);
        for (const claim of claims) {
          const found = prices.claimPrices(claim.text, claim.category);
          if (found) {
            claim.prices = found.map((p) => ({
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
    },
  };
}
