import { i18n } from '#i18n';
import { CATEGORIES, STANCES, type Category, type Stance } from '../../topic/categories';
import type { CardLabels, VerdictLabels } from '../../utils/messages';
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
    notClaim: i18n.t('card.notClaim'),
  };
}

/** The words of the card for checked text (issue 15), in the browser's language; sent with it. */
export function verdictLabels(): VerdictLabels {
  const perCategory = (t: (c: Category) => string) =>
    Object.fromEntries(CATEGORIES.map((c) => [c, t(c)])) as Record<Category, string>;
  return {
    dialog: i18n.t('verdict.label'),
    checked: i18n.t('verdict.checked'),
    noClaim: i18n.t('verdict.noClaim'),
    noText: i18n.t('verdict.noText'),
    markClaim: i18n.t('verdict.markClaim'),
    category: i18n.t('verdict.category'),
    categories: perCategory(categoryLabel),
    marked: perCategory((c) => i18n.t('verdict.marked', { category: categoryLabel(c) })),
    dismissed: i18n.t('verdict.dismissed'),
    // The reason goes in where the placeholder is (the content script carries no i18n).
    failed: i18n.t('verdict.failed', { error: '{error}' }),
    notClaim: i18n.t('card.notClaim'),
    close: i18n.t('card.close'),
  };
}
