import type { Category } from '../categories';
import { categoryContexts } from './categories';
import { sources } from './sources';

/** The evidence line a hover card shows for a category, with its source. */
export interface CardSummary {
  text: string;
  sourceTitle: string;
  sourceUrl: string;
}

/**
 * The hover card's line for a category: the knowledge pack's summary and its first source. The
 * background answers this for content scripts, so the knowledge pack stays out of the content
 * script bundle that every page loads.
 * @returns the summary; a category without a resolvable source shows the pack's text with no link
 *   (the knowledge test guarantees this does not happen in a shipped build).
 */
export function cardSummaryFor(category: Category): CardSummary {
  const context = categoryContexts[category];
  const firstId = context.summary.sourceIds[0];
  const source = firstId !== undefined ? sources[firstId] : undefined;
  return {
    text: context.summary.text,
    sourceTitle: source ? `${source.publisher}, ${source.year}` : '',
    sourceUrl: source?.url ?? '',
  };
}
