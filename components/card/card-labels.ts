import { i18n } from '#i18n';
import { STANCES, type Category, type Stance } from '../../topic/categories';
import type { CardLabels } from '../../utils/messages';
import { categoryLabel } from '../shared/labels';

/**
 * The card's words for a category, in the browser's language. The background sends them with the
 * card's summary (getCardSummary), so the content script, which every page loads, carries neither
 * the i18n library nor any UI text (its size budget is 30 KB gzipped, docs/performance.md).
 */
export function cardLabels(category: Category): CardLabels {
  const name = categoryLabel(category);
  return {
    category: name,
    dialog: i18n.t('card.label', { category: name }),
    // Each line is a clause with its verb ("· this sentence is neutral"), issue 16.
    stances: Object.fromEntries(STANCES.map((s) => [s, i18n.t(`cardStance.${s}`)])) as Record<
      Stance,
      string
    >,
    source: i18n.t('card.source'),
    fullContext: i18n.t('card.fullContext'),
    close: i18n.t('card.close'),
    kindContext: i18n.t('card.kindContext'),
  };
}
