import { createDetectorWithPrices } from '../../../content/detect';
import { createDetector } from '../../../content/detect/core';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { STEM_CELL_BACK_PAIN_MONEY } from '../../../topic/detect/money';

/**
 * The shipped topic's detector, as the tests use it: `detectClaims` with prices (what scripts
 * run), and `core`, the background's detector without prices.
 */
export const detector = createDetectorWithPrices(STEM_CELL_BACK_PAIN, STEM_CELL_BACK_PAIN_MONEY);
export const core = createDetector(STEM_CELL_BACK_PAIN);
export const { analyzeContext, detectClaims, hasTreatmentTerms, warmUp, claimPrices, parsePrices } =
  detector;
