import { i18n } from '#i18n';
import type { TabSummary } from '../../utils/messages';
import { ClaimList } from './ClaimList';
import { groupClaims } from './claim-groups';
import { MoreContext } from './MoreContext';
import { PageEvidence } from './PageEvidence';
import { PageSummary } from './PageSummary';
import type { PagePrice } from './PriceChart';
import type { PopupProps } from './Popup';
import { ResponderChart } from './ResponderChart';
import { TopicOverview } from './TopicOverview';

/**
 * A readable page in the popup. With claims: the one-screen summary of its kinds of claim, the
 * claims themselves, then the general context folded (this page's evidence cards and pictures
 * first). Without: a short message, the topic overview and the folded context, the trials picture
 * first.
 */
export function PageView(props: PopupProps & { summary: TabSummary }) {
  const { summary, pack } = props;
  const groups = groupClaims(summary.claims);
  const folds = { pack, openSections: props.openSections, onSectionToggle: props.onSectionToggle };
  if (groups.length === 0) {
    return (
      <>
        <p class="no-claims">{i18n.t('popup.noClaims')}</p>
        <TopicOverview pack={pack} />
        <MoreContext
          {...folds}
          evidence={{
            label: i18n.t('popup.trialsHeading'),
            content: <ResponderChart studies={pack.studies} pack={pack} />,
          }}
        />
      </>
    );
  }
  const categories = groups.map((g) => g.category);
  const pagePrices: PagePrice[] = summary.claims.flatMap((c) => c.prices ?? []);
  return (
    <>
      <PageSummary groups={groups} pack={pack} />
      <ClaimList
        claims={summary.claims}
        total={summary.total}
        onReveal={props.onReveal}
        renderAnswer={props.renderAnswer}
      />
      <MoreContext
        {...folds}
        evidence={{
          label: i18n.t('popup.evidenceFold'),
          content: <PageEvidence categories={categories} pagePrices={pagePrices} pack={pack} />,
        }}
      />
    </>
  );
}
