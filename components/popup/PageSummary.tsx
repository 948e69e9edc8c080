import { i18n } from '#i18n';
import { resolveSources, type KnowledgePack } from '../../topic/knowledge';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel, certaintyLabel } from '../shared/labels';
import { SourceLinks } from '../shared/SourceLinks';
import type { ClaimGroup } from './claim-groups';

/** Props of the one-screen summary of a page. */
export interface PageSummaryProps {
  /** The page's claims grouped by category (claim-groups.ts); renders nothing when empty. */
  groups: readonly ClaimGroup[];
  /** The knowledge pack: each kind's summary line, certainty and sources. */
  pack: KnowledgePack;
}

/**
 * The top of the popup on a page with claims: for each kind of claim the page makes, how many,
 * the pack's one-line answer with its sources, and how certain the evidence is (this product's
 * own reading). It fits one screen; the details are in the folded sections below.
 */
export function PageSummary({ groups, pack }: PageSummaryProps) {
  if (groups.length === 0) return null;
  return (
    <section class="page-summary" aria-labelledby="page-summary-heading">
      <h2 id="page-summary-heading">{i18n.t('summary.heading')}</h2>
      <ul class="summary-list">
        {groups.map(({ category, claims }) => {
          const context = pack.categories[category];
          return (
            <li key={category} data-category={category}>
              <p class="summary-kind">
                <span
                  class="swatch"
                  style={{ background: CATEGORY_COLORS[category] }}
                  aria-hidden="true"
                />
                <strong>{categoryLabel(category)}</strong>{' '}
                <span class="muted">
                  {i18n.t('summary.claimCount', claims.length)} ·{' '}
                  {i18n.t('summary.certainty', {
                    certainty: certaintyLabel(context.certainty.level),
                  })}
                </span>
              </p>
              <p class="summary-text">{context.summary.text}</p>
              <SourceLinks sources={resolveSources(context.summary.sourceIds, pack)} compact />
            </li>
          );
        })}
      </ul>
      <p class="muted summary-note">{i18n.t('summary.note')}</p>
    </section>
  );
}
