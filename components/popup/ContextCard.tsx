import { i18n } from '#i18n';
import { resolveSources, type CategoryContext, type KnowledgePack } from '../../topic/knowledge';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel, certaintyLabel } from '../shared/labels';
import { SourceLinks } from '../shared/SourceLinks';
import { StatementList } from './StatementList';

/** Props of one category's context card. */
export interface ContextCardProps {
  /** The category's context from the knowledge pack. */
  context: CategoryContext;
  /** Resolves source ids to links. */
  pack: KnowledgePack;
}

/**
 * What the evidence says about one kind of claim: the summary, how certain it is and why, and
 * each statement with its sources.
 */
export function ContextCard({ context, pack }: ContextCardProps) {
  const headingId = `card-${context.category}`;
  return (
    <section class="card" aria-labelledby={headingId} data-category={context.category}>
      <p class="card-kind">
        <span
          class="swatch"
          style={{ background: CATEGORY_COLORS[context.category] }}
          aria-hidden="true"
        />
        {categoryLabel(context.category)}
      </p>
      <h3 id={headingId}>{context.title}</h3>
      <p class="card-summary">{context.summary.text}</p>
      <SourceLinks sources={resolveSources(context.summary.sourceIds, pack)} />
      <p class="certainty">
        <strong>
          {i18n.t('context.certainty', { certainty: certaintyLabel(context.certainty.level) })}
        </strong>{' '}
        {context.certainty.why}
      </p>
      <SourceLinks sources={resolveSources(context.certainty.sourceIds, pack)} />
      <StatementList statements={context.statements} pack={pack} />
    </section>
  );
}
