import type { Category } from './detect/types';
import { categoryContexts } from '../knowledge/categories';
import { sources } from '../knowledge/sources';
import type { CardSummary } from './card-host';

/**
 * The hover card's line for a category: the knowledge pack's summary and its source.
 * @returns the summary; a category without a resolvable source shows the pack's text with no link
 *   (the knowledge test guarantees this does not happen in a shipped build).
 */
export function cardSummaryFor(category: Category): CardSummary {
  const context = categoryContexts[category];
  const source = sources[context.summary.sourceId];
  return {
    text: context.summary.text,
    sourceTitle: source ? `${source.publisher}, ${source.year}` : '',
    sourceUrl: source?.url ?? '',
  };
}
