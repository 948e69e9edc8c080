import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import {
  onMessages,
  TO_BACKGROUND,
  sendToSurfaces,
  sendToTab,
  type PopupToBackground,
  type ToBackground,
} from '../utils/messages';
import { TabClaims, badgeText } from '../utils/tab-claims';
import { createPriceParser } from '../content/detect/prices';
import { createDetector } from '../content/detect/core';
import { STEM_CELL_BACK_PAIN } from '../topic/detect';
import { STEM_CELL_BACK_PAIN_MONEY } from '../topic/detect/money';
import { createDetectionService, detectionHandlers } from '../utils/detection-service';
import { ReportQueue } from '../utils/report-queue';
import { openSidePanel } from '../utils/side-panel';
import { cardSummaryFor } from '../topic/knowledge/card-summary';
import { i18n } from '#i18n';
import { cardLabels, verdictLabels } from '../components/card/card-labels';
import { facetCards } from '../components/card/facet-content';
import { createFacetMatcher } from '../content/detect/facets';
import { FACET_PACK } from '../topic/facets';
import type { Category } from '../topic/categories';
import { checkText } from '../utils/check-text';
import { correctionHandlers } from '../utils/correction-handlers';
import { loadCorrections, syncCorrectionPages, watchCorrections } from '../utils/corrections-store';
import { startSelectionCheck } from '../utils/selection-check';
import { askEngine, injectEngine } from '../utils/engine-injection';
import {
  loadSettings,
  loadSettingsReset,
  syncSiteIndex,
  watchSettings,
} from '../utils/settings-store';

/** Shortest gap between two views opened from one tab's card. */
const OPEN_INTERVAL_MS = 2000;
/** Facet answers a hover card shows at most (the popup lists them all). */
const CARD_FACETS = 2;

/**
 * The background: a table of message handlers, the per-tab badge and the keyboard commands,
 * and claim detection for the pages' content scripts. Logic lives in utils/ (tab-claims.ts,
 * detection-service.ts, messages.ts), where tests reach it.
 */
export default defineBackground(() => {
  // Defines the settings item (WXT runs its version migrations then) and reads it once, so an
  // upgraded or corrupted value is migrated or repaired here, and the reset recorded for the
  // options page; content scripts only read the key and validate what they get.
  // Then writes the site index pages read (utils/site-index.ts), and keeps it following the
  // settings however they change.
  void loadSettings()
    .then(async (settings) => {
      await syncSiteIndex(settings);
      await loadSettingsReset();
    })
    .catch((error) => console.warn('[claim-context] settings could not be repaired', error));
  watchSettings(
    (settings) => void syncSiteIndex(settings).catch(() => undefined),
    new AbortController().signal,
  );
  // The corrections' page index (utils/corrections.ts CORRECTION_PAGES_KEY), the same way: pages
  // read it before their gate, and the list only where it names them.
  void loadCorrections()
    .then(({ corrections }) => syncCorrectionPages(corrections))
    .catch(() => undefined);
  watchCorrections(
    ({ corrections }) => void syncCorrectionPages(corrections).catch(() => undefined),
    new AbortController().signal,
  );

  const prices = createPriceParser(STEM_CELL_BACK_PAIN_MONEY);
  const facets = createFacetMatcher(FACET_PACK);
  const tabs = new TabClaims(prices, facets);
  const action =
    browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const setBadge = (tabId: number) => {
    void action.setBadgeText({ tabId, text: badgeText(tabs.count(tabId)) }).catch(() => undefined);
  };
  // What the background knows of a tab changed: its badge, and any open popup or side panel
  // showing it (they ask for the summary again; no page hears this).
  const changed = (tabId: number) => {
    setBadge(tabId);
    void sendToSurfaces('tabSummaryChanged', { tabId });
  };

  // Frame reports are coalesced per tab (utils/report-queue.ts): a page cannot make the
  // background re-parse its claims more than a few times a second.
  const reports = new ReportQueue((tabId, frameId, report) => {
    tabs.update(tabId, frameId, report);
    changed(tabId);
  });

  void action.setBadgeBackgroundColor({ color: '#1a56c4' }).catch(() => undefined);

  const lastOpened = new Map<number, number>();

  // Registered when the worker starts, so a stopped service worker (Chrome) or event page
  // (Firefox) that a content script's message wakes answers it. The detector compiles its
  // patterns on the first message that needs them (or on pageHasTerms or prepareDetector).
  const detection = createDetectionService(createDetector(STEM_CELL_BACK_PAIN));

  // The claim's facet answers first (issue 13), then its category's summary, with the card's
  // words in the browser's language (card-labels.ts).
  const cardContent = ({ category, text }: { category: Category; text: string }) => ({
    ...cardSummaryFor(category),
    facets: facetCards(
      { facets: facets.match(text), prices: prices.claimPrices(text, category) ?? [] },
      CARD_FACETS,
    ),
    labels: cardLabels(category),
  });

  onMessages<ToBackground & PopupToBackground>(TO_BACKGROUND, {
    ...detectionHandlers(detection, browser.runtime.getURL('/')),
    ...correctionHandlers(browser.runtime.getURL('/')),
    // The gate stage of a frame found the therapy named: the engine joins it in that frame,
    // where api.js ran before the stage (no need to add it again), and the detector warms up
    // while it does (the engine then sends no prepareDetector of its own).
    pageHasTerms: (_data, sender) => {
      if (sender.tabId === undefined) return;
      void injectEngine(sender.tabId, sender.frameId ?? 0, false);
      detection.prepare();
    },
    claimsChanged: (report, sender) => {
      if (sender.tabId !== undefined) reports.push(sender.tabId, sender.frameId ?? 0, report);
    },
    openFullContext: async (_data, sender) => {
      // Sent only after a trusted click in the card (components/HoverCard.tsx), which no page
      // can reach; bounded per tab all the same, so nothing can open views in a loop.
      const key = sender.tabId ?? -1;
      const now = Date.now();
      if (now - (lastOpened.get(key) ?? -Infinity) < OPEN_INTERVAL_MS)
        return { ok: false, error: 'opened a moment ago' };
      lastOpened.set(key, now);
      // The side panel first, called before any await: Chrome lets the click of the card open it
      // only while this message is being handled. Firefox keeps no user action across messages
      // and refuses its sidebar here; then the popup, then the panel's view in a tab.
      const panel =
        sender.tabId === undefined
          ? Promise.reject(new Error('not from a tab'))
          : openSidePanel({ tabId: sender.tabId });
      const isPanelOpen = await panel.then(
        () => true,
        () => false,
      );
      if (isPanelOpen) return { ok: true, value: null };
      try {
        await action.openPopup();
        return { ok: true, value: null };
      } catch {
        // openPopup needs a focused window (and a user action in some browsers): open the
        // same view in a tab instead.
        const query = sender.tabId === undefined ? '' : `?tabId=${sender.tabId}`;
        await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') + query });
        return { ok: true, value: null };
      }
    },
    getCardSummary: cardContent,
    getTabSummary: async ({ tabId }) => {
      reports.flush(tabId);
      // A frame reports only once it has had claims: a claim-free top frame is asked here, and
      // where the gate stage passed over the page, the engine is added to answer.
      if (!tabs.hasFrame(tabId, 0)) {
        const report = await askEngine(tabId, 'getFrameReport', null, 0);
        if (!report) return { ok: false, error: 'no content script in this tab' };
        tabs.update(tabId, 0, report);
        changed(tabId);
      }
      const summary = tabs.summary(tabId);
      return summary ? { ok: true, value: summary } : { ok: false, error: 'no claims known' };
    },
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its content scripts will report afresh.
    if (change.status === 'loading') {
      reports.forget(tabId);
      tabs.clear(tabId);
      changed(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    reports.forget(tabId);
    lastOpened.delete(tabId);
    tabs.clear(tabId);
  });

  // "Check this text" (issue 15): the context menu item and the keyboard command.
  const selectionCheck = startSelectionCheck(i18n.t('menu.check'), (text) =>
    checkText(text, detection, cardContent, verdictLabels()),
  );

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined && selectionCheck.onCommand(command, tab.id)) return;
    const direction = command === 'next-claim' ? 1 : command === 'previous-claim' ? -1 : 0;
    if (direction !== 0 && tab?.id !== undefined)
      void sendToTab(tab.id, 'stepClaim', { direction });
  });
});
