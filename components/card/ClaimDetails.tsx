import type { Category, Stance } from '../../topic/categories';
import { CATEGORY_COLORS } from '../../utils/labels';
import type { CardLabels } from '../../utils/messages';
import type { FacetCard } from '../../utils/facet-card';
import { FacetAnswer } from './FacetAnswer';

/** Props of what a card says about one claim. */
export interface ClaimDetailsProps {
  category: Category;
  stance: Stance;
  /** The answers of what this sentence specifically claims (issue 13), shown first; may be empty. */
  facets: readonly FacetCard[];
  /** One line on what the evidence says about this kind of claim. */
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
  /** The card's words in the browser's language (card-labels.ts). */
  labels: CardLabels;
}

/**
 * The body of a card about one claim: its kind and stance, the answers of its facets, what the
 * evidence says about that kind of claim, and the source. Shared by the hover card and the card
 * for checked text (VerdictCard.tsx).
 */
export function ClaimDetails(props: ClaimDetailsProps) {
  const labels = props.labels;
  return (
    <>
      <p class="kind">
        <span
          class="swatch"
          style={{ background: CATEGORY_COLORS[props.category] }}
          aria-hidden="true"
        />
        <strong>{labels.category}</strong>{' '}
        <span class="stance">{labels.stances[props.stance]}</span>
      </p>
      {props.facets.map((facet) => (
        <FacetAnswer card={facet} key={facet.id} />
      ))}
      {props.facets.length > 0 && <p class="kind-context">{labels.kindContext}</p>}
      <p class="summary">{props.summary}</p>
      <p class="source">
        {labels.source}{' '}
        <a href={props.sourceUrl} target="_blank" rel="noopener noreferrer">
          {props.sourceTitle}
        </a>
      </p>
    </>
  );
}
