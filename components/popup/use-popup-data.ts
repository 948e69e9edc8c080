import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  onMessages,
  sendToBackground,
  sendToTab,
  TO_SURFACE,
  type ToSurface,
} from '../../utils/messages';
import { hasSidePanel, openSidePanel } from '../../utils/side-panel';
import { withSection, type PopupSection } from '../../utils/popup-sections';
import { loadOpenSections, saveOpenSections } from '../../utils/popup-sections-store';
import { withSite, type Settings } from '../../utils/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import type { PageState, PopupProps } from './Popup';
import type { TabSource } from './tab-source';

/**
 * The popup's data: which tab it describes, that tab's claims (asked again when the background
 * says they changed, and every REFRESH_MS), the settings (followed in every context), and the
 * actions that write them. Every surface that shows a tab's claims (the toolbar popup, the side
 * panel in components/sidepanel/) gets it in one call with its own tab source:
 * `<Popup {...usePopupData(tabs)} pack={knowledgePack} />`.
 */

/**
 * How often the toolbar popup asks again even without news from the background (a service worker
 * that was stopped and restarted knows nothing until the page reports again). The side panel,
 * open for hours, does not poll: every message would keep Chrome's service worker awake, and the
 * background's news covers what it shows (a restarted worker hears the page's next report first).
 */
export const REFRESH_MS = 1500;

/**
 * What the background knows of a tab's page. A tab without an answer (no content script, a
 * browser page, a background that did not answer) is unreadable; its URL is given when the
 * extension may see it, so the explanation can be specific.
 */
export async function readPage(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { kind: 'unreadable', url: null };
  try {
    const result = await sendToBackground('getTabSummary', { tabId });
    if (result?.ok) return { kind: 'ready', summary: result.value };
  } catch {
    // The background did not answer; treated like a page without a content script.
  }
  // The tab's URL is visible only with host access; without it the explanation stays general.
  const url = await browser.tabs.get(tabId).then(
    (tab) => tab.url ?? null,
    () => null,
  );
  return { kind: 'unreadable', url };
}

/** Whether this document is the toolbar's popup (not the same page opened in a tab). */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

/** Everything <Popup> takes except the knowledge pack. */
export type PopupData = Omit<PopupProps, 'pack'>;

/**
 * Follows the tab source (`tabs`, a stable function: a new one starts over) and keeps the page
 * state of its current tab fresh: at once when the tab changes, when the background reports a
 * change for that tab (`tabSummaryChanged`), and every `refreshMs` unless null; keeps the
 * settings in step with storage, until the component unmounts; reads which folded sections the
 * reader left open last time. Actions write to storage (the single source of truth), ask the tab to reveal a claim, or
 * open the side panel of the surface's window.
 */
export function usePopupData(tabs: TabSource, refreshMs: number | null = REFRESH_MS): PopupData {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [openSections, setOpenSections] = useState<readonly PopupSection[]>([]);
  // Known before the click: the browser opens the panel only synchronously from the reader's click.
  const [windowId, setWindowId] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void loadSettings().then((s) => !signal.aborted && setSettings(s));
    void loadOpenSections().then((open) => !signal.aborted && setOpenSections(open));
    watchSettings(setSettings, signal);
    if (hasSidePanel())
      void browser.windows.getCurrent().then(
        (w) => !signal.aborted && setWindowId(w?.id ?? null),
        () => undefined,
      );

    /** The tab described now; undefined until the source names one. */
    let current: number | null | undefined;
    let last = '';
    let asked = 0;
    let shown = 0;
    const refresh = async (id: number | null) => {
      const mine = ++asked;
      const next = await readPage(id);
      const key = JSON.stringify(next);
      // An answer is stale after a tab switch, or behind a later answer already shown.
      if (signal.aborted || id !== current || mine < shown || key === last) return;
      shown = mine;
      last = key;
      setPage(next);
    };
    tabs((id) => {
      if (id === current) return;
      current = id;
      last = '';
      setTabId(id);
      setPage({ kind: 'loading' });
      void refresh(id);
    }, signal);
    if (refreshMs !== null) {
      const timer = setInterval(() => current !== undefined && void refresh(current), refreshMs);
      signal.addEventListener('abort', () => clearInterval(timer));
    }
    onMessages<ToSurface>(
      TO_SURFACE,
      {
        tabSummaryChanged: ({ tabId: changed }, sender) => {
          // Only the background tells this (it runs in no tab); the re-read is harmless anyway.
          if (sender.tabId === undefined && changed === current) void refresh(changed);
        },
      },
      signal,
    );
    return () => controller.abort();
  }, [tabs, refreshMs]);

  return {
    page,
    settings,
    onSiteToggle: (site, on) => void updateSettings((s) => withSite(s, site, on)),
    onDefaultToggle: (on) => void updateSettings((s) => ({ ...s, onByDefault: on })),
    onReveal: async ({ id, frameId }) => {
      if (tabId === null) return false;
      const reply = await sendToTab(tabId, 'revealClaim', { id }, frameId);
      return reply?.ok === true;
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
    ...(windowId === null
      ? {}
      : {
          onOpenSidePanel: () =>
            openSidePanel({ windowId }).then(
              () => {
                // The toolbar popup makes way for the panel; the same view opened in a tab stays.
                if (isToolbarPopup()) window.close();
                return true;
              },
              () => false,
            ),
        }),
    openSections,
    onSectionToggle: (section, isOpen) =>
      setOpenSections((open) => {
        const next = withSection(open, section, isOpen);
        void saveOpenSections(next).catch(() => {
          // Not remembered this time; the popup still shows the section as the reader left it.
        });
        return next;
      }),
  };
}
