import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { KnowledgePack } from '../../topic/knowledge';
import type { TabClaim, TabSummary } from '../../utils/messages';
import type { PopupSection } from '../../utils/popup-sections';
import { highlightsOn, type Settings } from '../../utils/settings';
import { siteKey, unreadableReason } from '../../utils/site';
import { formatIsoDate } from '../shared/dates';
import { MoreContext } from './MoreContext';
import { PageView } from './PageView';
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
  /**
   * Opens the side panel of this window (called synchronously from the click, which the browser
   * requires); resolves false when the browser refused. The button is hidden when absent: on the
   * side panel itself, and in browsers without one.
   */
  onOpenSidePanel?(): Promise<boolean>;
  /** The folded sections the reader left open (utils/popup-sections.ts); [] folds them all. */
  openSections: readonly PopupSection[];
  /** Called when the reader opens or closes a folded section, to remember it. */
  onSectionToggle(section: PopupSection, isOpen: boolean): void;
  /**
   * What to show under each listed claim (ClaimList `renderAnswer`, e.g. its facet answers);
   * nothing when absent.
   */
  renderAnswer?(claim: TabClaim, before: ReadonlySet<string>): ComponentChildren;
}

/**
 * Formats the pack's ISO review date the way the UI language writes dates ("5 December 2026" in
 * English); returns it unchanged if malformed.
 */
export function formatReviewedOn(iso: string): string {
  return formatIsoDate(iso);
}

/**
 * The popup: switches at the top, then this page first (PageView: a one-screen summary of its
 * kinds of claim and the claims themselves), then the general context folded into sections the
 * reader opens (MoreContext). A page without claims gets the topic overview, an unreadable page an
 * explanation. Ends with the not-medical-advice line and the date the knowledge was reviewed.
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
          <div class="title-actions">
            {props.onOpenSidePanel && (
              <button type="button" class="link-button" onClick={props.onOpenSidePanel}>
                {i18n.t('popup.openSidePanel')}
              </button>
            )}
            {props.onOpenOptions && (
              <button type="button" class="link-button" onClick={props.onOpenOptions}>
                {i18n.t('popup.settings')}
              </button>
            )}
          </div>
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
            <MoreContext
              pack={pack}
              openSections={props.openSections}
              onSectionToggle={props.onSectionToggle}
            />
          </>
        )}
        {page.kind === 'ready' && <PageView {...props} summary={page.summary} />}
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
