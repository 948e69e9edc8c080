import { facetCards } from '../card/facet-content';
import { FacetAnswer } from '../card/FacetAnswer';
import type { TabClaim } from '../../utils/messages';
import '../card/facet-answer.css';
import './claim-answers.css';

/** Props of one claim's answers in the popup's claim list. */
export interface ClaimAnswersProps {
  /** The claim, with the facets and prices the background found in it. */
  claim: TabClaim;
  /**
   * Facets already answered higher up the list: their answers start folded here, so a page that
   * repeats a claim does not repeat the answer open.
   */
  shownBefore: ReadonlySet<string>;
}

/**
 * The answers to what one claim specifically asserts (its facets, issue 13), each a disclosure
 * named by the facet's heading: open the first time a facet appears in the list, folded after.
 * Renders nothing for a claim without facets (its category's context follows in the popup).
 */
export function ClaimAnswers({ claim, shownBefore }: ClaimAnswersProps) {
  if (!claim.facets) return null;
  const cards = facetCards({ facets: claim.facets, prices: claim.prices ?? [] });
  return (
    <div class="claim-answers">
      {cards.map((card) => (
        <details key={card.id} open={!shownBefore.has(card.id)}>
          <summary>{card.heading}</summary>
          <FacetAnswer card={card} isHeadingShown={false} />
        </details>
      ))}
    </div>
  );
}

/** ClaimList's `renderAnswer` (Popup passes it on): a claim's facet answers. */
export function renderClaimAnswers(claim: TabClaim, before: ReadonlySet<string>) {
  return <ClaimAnswers claim={claim} shownBefore={before} />;
}
