import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PageState } from '../../components/Popup';
import { knowledgePack } from '../../topic/knowledge';
import { sendToBackground, sendToTab } from '../../utils/messages';
import { withSite, type Settings } from '../../utils/settings';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import '../../components/theme.css';
import './popup.css';

/**
 * Wiring only: finds the tab, asks the background for its claims, reads and writes settings, and
 * passes data and actions to <Popup>. Opened from the toolbar (the active tab) or as
 * `popup.html?tabId=N` (from the in-page card, and in tests).
 */

/** How often the open popup asks again, so claims found after it opened appear. */
const REFRESH_MS = 1500;

async function findTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readPage(tabId: number | null): Promise<PageState> {
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

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => !controller.signal.aborted && setSettings(s));
    watchSettings(setSettings, controller.signal);

    let last = '';
    const refresh = async (id: number | null) => {
      const next = await readPage(id);
      const key = JSON.stringify(next);
      if (controller.signal.aborted || key === last) return;
      last = key;
      setPage(next);
    };
    void findTabId().then((id) => {
      setTabId(id);
      void refresh(id);
      const timer = setInterval(() => void refresh(id), REFRESH_MS);
      controller.signal.addEventListener('abort', () => clearInterval(timer));
    });
    return () => controller.abort();
  }, []);

  return (
    <Popup
      page={page}
      settings={settings}
      pack={knowledgePack}
      onSiteToggle={(site, on) => void updateSettings((s) => withSite(s, site, on))}
      onDefaultToggle={(on) => void updateSettings((s) => ({ ...s, onByDefault: on }))}
      onReveal={async ({ id, frameId }) => {
        if (tabId === null) return false;
        const reply = await sendToTab(tabId, 'revealClaim', { id }, frameId);
        return reply?.ok === true;
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app')!);
