import { createDetectorWithPrices } from '../../content/detect';
import type { DetectContext, Detector } from '../../content/detect/core';
import { sampleOfText } from '../../content/detect/sample';
import { STEM_CELL_BACK_PAIN } from '../../topic/detect';
import { STEM_CELL_BACK_PAIN_MONEY } from '../../topic/detect/money';

/** The shipped topic's detector with prices, as the command-line tools run it. */
export const detector = createDetectorWithPrices(STEM_CELL_BACK_PAIN, STEM_CELL_BACK_PAIN_MONEY);
export const { analyzeContext, hasTreatmentTerms } = detector;

/**
 * The context the extension computes for a page with this text and `title` (an HTML file's
 * `<title>`, '' for plain text): from the same bounded sample (title, opening, passages naming
 * the treatment; content/detect/sample.ts), not from the whole text, so that a long page gets
 * the same context, and the same claims, on both sides.
 */
export function textContext(
  d: Pick<Detector, 'analyzeContext' | 'hasTreatmentTerms'>,
  text: string,
  title = '',
): DetectContext {
  return d.analyzeContext(sampleOfText(text, d.hasTreatmentTerms, title));
}

/** A detector as the command-line tools use it (with or without prices). */
type TextDetector<C> = Pick<Detector, 'analyzeContext' | 'hasTreatmentTerms'> & {
  detectClaims(text: string, context?: DetectContext): C[];
};

/** The claims `d` finds in a whole text, with the context the page would have. */
export function claimsOfText<C>(d: TextDetector<C>, text: string, title = ''): C[] {
  return d.detectClaims(text, textContext(d, text, title));
}

/** The shipped detector's claims in a whole text (with prices), as the page finds them. */
export const detectClaims = (text: string, title = '') => claimsOfText(detector, text, title);
