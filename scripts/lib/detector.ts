import { createDetectorWithPrices } from '../../content/detect';
import { STEM_CELL_BACK_PAIN } from '../../topic/detect';
import { STEM_CELL_BACK_PAIN_MONEY } from '../../topic/detect/money';

/** The shipped topic's detector with prices, as the command-line tools run it. */
export const detector = createDetectorWithPrices(STEM_CELL_BACK_PAIN, STEM_CELL_BACK_PAIN_MONEY);
export const { analyzeContext, detectClaims, hasTreatmentTerms } = detector;
