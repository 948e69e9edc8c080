import { i18n } from '#i18n';
import type { KnowledgePack } from '../../topic/knowledge';
import { StatementList } from './StatementList';

/** Props of the topic overview. */
export interface TopicOverviewProps {
  pack: KnowledgePack;
  /** Heading text; "Stem-cell therapy for back pain: an overview" by default. */
  heading?: string;
}

/** The pack's short overview of the topic, shown when a page makes no claims. */
export function TopicOverview({ pack, heading }: TopicOverviewProps) {
  return (
    <section class="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{heading ?? i18n.t('popup.overviewHeading')}</h2>
      <StatementList statements={pack.overview} pack={pack} />
    </section>
  );
}
