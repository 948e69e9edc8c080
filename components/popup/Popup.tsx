import { i18n } from '#i18n';
import { categoriesWith, type Category } from '../../topic/categories';
import type { KnowledgePack } from '../../topic/knowledge';
import type { TabSummary } from '../../utils/messages';
import { CATEGORY_COLORS } from '../../utils/labels';
import { categoryLabel } from '../shared/labels';
import { highlightsOn, type Settings } from '../../utils/settings';
import { siteKey, unreadableReason } from '../../utils/site';
import { CertaintyScale } from './CertaintyScale';
import { ClaimList } from './ClaimList';
import { groupClaims } from './claim-groups';
import { ContextCard } from './ContextCard';
import { MoreContext } from './MoreContext';
import { PriceChart, type PagePrice } from './PriceChart';
import { ResponderChart } from './ResponderChart';
import { SITE_SWITCH_ID, SiteToggles } from './SiteToggles';
import { TopicOverview } from './TopicOverview';
import { UnreadablePage } from './UnreadablePage';

/** What the popup knows about the page of its tab. */
export type PageState =
  /** Still asking the background. */
  | { kind: 'loading' }
  /** The page cannot be read; `url` is its address when known. */
  | { kind: 'unreadable'; url: string | null }
  /** The page's claims (possibly none). */
  | { kind: 'ready'; summary: TabSummary };

/** Props of the popup view. */
export interface PopupProps {
  page: PageState;
  /** Current settings; null while they load (the switches are then hidden). */
  settings: Settings | null;
  /** The knowledge pack to draw context from. */
  pack: KnowledgePack;
  /** Called when the user switches highlights on or off for this site. */
  onSiteToggle(site: string, on: boolean): void;
  /** Called when the user changes the global default. */
  onDefaultToggle(on: boolean): void;
  /** Called when the user picks a claim: scroll the page to it and flash it. See ClaimList. */
  onReveal(claim: { id: number; frameId: number }): Promise<boolean> | void;
  /** Opens the options page; the link is hidden when absent. */
  onOpenOptions?(): void;
}

/** Categories whose cards are followed by the trials picture (they are about whether it works). */
const OUTCOME_CATEGORIES: readonly Category[] = categoriesWith('outcome');

/**
 * Formats an ISO date (YYYY-MM-DD) the way the UI language writes dates ("24 November 2026" in
 * English); returns it unchanged if malformed.
 */
export function formatReviewedOn(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.t('format.dateLocale'), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * The popup: switches at the top, then the page's claims grouped by category, the context card
 * of each category present with pictures, and more context; a page without claims gets the topic
 * overview, an unreadable page an explanation. Ends with the not-medical-advice line and the date
 * the knowledge was reviewed.
 */
export function Popup(props: PopupProps) {
  const { page, settings, pack } = props;
  const url =
    page.kind === 'ready' ? page.summary.url : page.kind === 'unreadable' ? page.url : null;
  const site = page.kind === 'ready' ? siteKey(url) : null;
  const isSiteOn = settings ? highlightsOn(site, settings) : true;

  return (
    <div class="popup">
      <header class="popup-header">
        <div class="title-row">
          <h1>{i18n.t('popup.title')}</h1>
          {props.onOpenOptions && (
            <button type="button" class="link-button" onClick={props.onOpenOptions}>
              {i18n.t('popup.settings')}
            </button>
          )}
        </div>
        {settings && (
          <SiteToggles
            site={site}
            isSiteOn={isSiteOn}
            isOnByDefault={settings.onByDefault}
            onSiteChange={(on) => site !== null && props.onSiteToggle(site, on)}
            onDefaultChange={props.onDefaultToggle}
          />
        )}
        {settings && site !== null && !isSiteOn && (
          <div class="notice" role="note">
            <p>{i18n.t('popup.siteOff', { site })}</p>
            <button
              type="button"
              onClick={() => {
                props.onSiteToggle(site, true);
                // This notice goes away once the setting is saved: keep keyboard focus on the switch.
                document.getElementById(SITE_SWITCH_ID)?.focus();
              }}
            >
              {i18n.t('popup.turnOnFor', { site })}
            </button>
          </div>
        )}
      </header>
      <main>
        {page.kind === 'loading' && (
          <p role="status" class="muted">
            {i18n.t('popup.checking')}
          </p>
        )}
        {page.kind === 'unreadable' && (
          <>
            <UnreadablePage reason={page.url ? unreadableReason(page.url) : 'unknown'} />
            <TopicOverview pack={pack} />
          </>
        )}
        {page.kind === 'ready' && <PageContext summary={page.summary} {...props} />}
      </main>
      <footer class="popup-footer">
        <p>{i18n.t('popup.notAdvice')}</p>
        <p class="muted">
          {i18n.t('popup.reviewedOn', { date: formatReviewedOn(pack.reviewedOn) })}
        </p>
      </footer>
    </div>
  );
}

function PageContext(props: PopupProps & { summary: TabSummary }) {
  const { summary, pack } = props;
  const groups = groupClaims(summary.claims);
  if (groups.length === 0) {
    return (
      <>
        <p class="no-claims">{i18n.t('popup.noClaims')}</p>
        <TopicOverview pack={pack} />
        <section class="picture-block" aria-labelledby="trials-heading">
          <h2 id="trials-heading">{i18n.t('popup.trialsHeading')}</h2>
          <ResponderChart studies={pack.studies} />
        </section>
        <MoreContext pack={pack} />
      </>
    );
  }
  const categories = groups.map((g) => g.category);
  const pagePrices: PagePrice[] = summary.claims.flatMap((c) => c.prices ?? []);
  const showPrices = categories.includes('cost') || pagePrices.length > 0;
  const showTrials = categories.some((c) => OUTCOME_CATEGORIES.includes(c));
  const trialsAnchor = categories.find((c) => OUTCOME_CATEGORIES.includes(c));
  const priceChart = showPrices && (
    <div class="picture-block">
      <h3>{i18n.t('popup.pricesHeading')}</h3>
      <PriceChart pagePrices={pagePrices} ranges={pack.costs.ranges} pack={pack} />
    </div>
  );
  const trialsChart = showTrials && (
    <div class="picture-block">
      <h3>{i18n.t('popup.trialsHeading')}</h3>
      <ResponderChart studies={pack.studies} />
    </div>
  );
  return (
    <>
      <ClaimList claims={summary.claims} total={summary.total} onReveal={props.onReveal} />
      <section class="context" aria-labelledby="context-heading">
        <h2 id="context-heading">{i18n.t('popup.evidenceHeading')}</h2>
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
            {c === trialsAnchor && trialsChart}
            {c === 'cost' && priceChart}
          </div>
        ))}
        {!categories.includes('cost') && priceChart}
      </section>
      <MoreContext pack={pack} />
    </>
  );
}
