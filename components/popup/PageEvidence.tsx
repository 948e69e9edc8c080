import { i18n } from '#i18n';
import { categoriesWith, type Category } from '../../topic/categories';
import type { KnowledgePack } from '../../topic/knowledge';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel } from '../shared/labels';
import { CertaintyScale } from './CertaintyScale';
import { ContextCard } from './ContextCard';
import { PriceChart, type PagePrice } from './PriceChart';
import { ResponderChart } from './ResponderChart';

/** Props of what the evidence says about a page's kinds of claim. */
export interface PageEvidenceProps {
  /** The kinds of claim on the page, in CATEGORIES order; renders nothing when empty. */
  categories: readonly Category[];
  /** Prices the page quotes (from its claims), for the price chart. */
  pagePrices: readonly PagePrice[];
  pack: KnowledgePack;
}

/** Categories whose cards are followed by the trials picture (they are about whether it works). */
const OUTCOME_CATEGORIES: readonly Category[] = categoriesWith('outcome');

/**
 * The certainty scale, then each kind's context card; the trials picture follows the first card
 * about whether it works, the price chart the cost card (or the end, when only other claims
 * quote a price).
 */
export function PageEvidence({ categories, pagePrices, pack }: PageEvidenceProps) {
  if (categories.length === 0) return null;
  const showPrices = categories.includes('cost') || pagePrices.length > 0;
  const trialsAnchor = categories.find((c) => OUTCOME_CATEGORIES.includes(c));
  const priceChart = showPrices && (
    <div class="picture-block">
      <h3>{i18n.t('popup.pricesHeading')}</h3>
      <PriceChart pagePrices={pagePrices} ranges={pack.costs.ranges} pack={pack} />
    </div>
  );
  return (
    <div class="context" data-part="evidence">
      <CertaintyScale
        items={categories.map((c) => ({
          label: categoryLabel(c),
          certainty: pack.categories[c].certainty.level,
          color: CATEGORY_COLORS[c],
        }))}
      />
      {categories.map((c) => (
        <div key={c}>
          <ContextCard context={pack.categories[c]} pack={pack} />
          {c === trialsAnchor && (
            <div class="picture-block">
              <h3>{i18n.t('popup.trialsHeading')}</h3>
              <ResponderChart studies={pack.studies} pack={pack} />
            </div>
          )}
          {c === 'cost' && priceChart}
        </div>
      ))}
      {!categories.includes('cost') && priceChart}
    </div>
  );
}
