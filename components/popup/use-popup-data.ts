import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../../utils/messages';
import { withSection, type PopupSection } from '../../utils/popup-sections';
import { loadOpenSections, saveOpenSections } from '../../utils/popup-sections-store';
import { withSite, type Settings } from '../../utils/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import type { PageState, PopupProps } from './Popup';

/**
 * The popup's data: which tab it describes, that tab's claims (asked again while open), the
 * settings (followed in every context), and the actions that write them. Any surface that shows
 * a tab's claims (the toolbar popup, a future side panel) gets it in one call:
 * `<Popup {...usePopupData(findTab)} pack={knowledgePack} />`.
 */

/** How often the open surface asks again, so claims found after it opened appear. */
export const REFRESH_MS = 1500;

/**
 * The tab the toolbar popup describes: `?tabId=N` in its address (from the in-page card, and in
 * tests), else the active tab of the current window. Null when there is none.
 */
export async function tabFromAddress(search: string = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

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

/** Everything <Popup> takes except the knowledge pack. */
export type PopupData = Omit<PopupProps, 'pack'>;

/**
 * Finds the tab (`findTab`, a stable function: a new one starts over), then keeps its page state
 * fresh every REFRESH_MS and the settings in step with storage, until the component unmounts; reads
 * which folded sections the reader left open last time. Actions write to storage (the single
 * source of truth) or ask the tab to reveal a claim.
 */
export function usePopupData(findTab: () => Promise<number | null>): PopupData {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [openSections, setOpenSections] = useState<readonly PopupSection[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => !controller.signal.aborted && setSettings(s));
    void loadOpenSections().then((open) => !controller.signal.aborted && setOpenSections(open));
    watchSettings(setSettings, controller.signal);

    let last = '';
    const refresh = async (id: number | null) => {
      const next = await readPage(id);
      const key = JSON.stringify(next);
      if (controller.signal.aborted || key === last) return;
      last = key;
      setPage(next);
    };
    void findTab().then((id) => {
      if (controller.signal.aborted) return;
      setTabId(id);
      void refresh(id);
      const timer = setInterval(() => void refresh(id), REFRESH_MS);
      controller.signal.addEventListener('abort', () => clearInterval(timer));
    });
    return () => controller.abort();
  }, [findTab]);

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
