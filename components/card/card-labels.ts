import { i18n } from '#i18n';
import { STANCES, type Category, type Stance } from '../../topic/categories';
import type { CardSummary } from '../../topic/knowledge/card-summary';
import { categoryLabel, stanceLabel } from '../shared/labels';

/**
 * The in-page card's words, in the browser's language. The background puts them together with
 * the card's summary (getCardSummary), so the content script, which every page loads, carries
 * neither the i18n library nor any UI text (its size budget is 30 KB gzipped, docs/performance.md).
 */
export interface CardLabels {
  /** The category's name ("Does it work?"). */
  category: string;
  /** The card's accessible name ("Claim Context: Does it work?"). */
  dialog: string;
  /** The line after the category, per stance of the sentence ("· this sentence cautions"). */
  stances: Record<Stance, string>;
  /** Before the source link ("Source:"). */
  source: string;
  /** The button that opens the full context. */
  fullContext: string;
  /** The accessible name of the close button. */
  close: string;
}

/** What the background sends a content script for a category's card: summary, source, words. */
export interface CardContent extends CardSummary {
  labels: CardLabels;
}

/** The card's words for a category, in the browser's language. */
export function cardLabels(category: Category): CardLabels {
  const name = categoryLabel(category);
  return {
    category: name,
    dialog: i18n.t('card.label', { category: name }),
    stances: Object.fromEntries(
      STANCES.map((s) => [s, i18n.t('card.thisSentence', { stance: stanceLabel(s) })]),
    ) as Record<Stance, string>,
    source: i18n.t('card.source'),
    fullContext: i18n.t('card.fullContext'),
    close: i18n.t('card.close'),
  };
}
