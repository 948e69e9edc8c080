import type { DetectionService } from './detection-service';
import { tidyText } from './corrections';
import type { Category } from '../topic/categories';
import { MAX_CARD_TEXT, type CardContent, type Verdict, type VerdictLabels } from './messages';

/**
 * "Check this text" (issue 15): what the detector makes of a text the reader selected, whatever
 * the page scan did with it (editable fields, hidden text, pages where highlighting is off). The
 * text is read on its own, as a page whose sample is that text. Runs in the background with its
 * detection service.
 * @returns the verdict: the text (white space collapsed, at most MAX_CARD_TEXT), its first claim
 *   with the card's content, or `claim: null` when it holds none (or is empty).
 */
export function checkText(
  text: string,
  service: DetectionService,
  cardContent: (claim: { category: Category; text: string }) => CardContent,
  labels: VerdictLabels,
): Verdict {
  const checked = tidyText(text).slice(0, MAX_CARD_TEXT);
  const none: Verdict = { text: checked, claim: null, labels };
  if (!checked) return none;
  const context = service.analyzePage(checked);
  if (!context.ok) return none;
  const found = service.detectClaims([checked], context.value);
  const first = found.ok ? found.value.claims[0] : undefined;
  if (!first) return none;
  const claimText = checked.slice(first.start, first.end);
  const { category, stance } = first;
  return {
    text: checked,
    claim: {
      text: claimText,
      category,
      stance,
      content: cardContent({ category, text: claimText }),
    },
    labels,
  };
}
