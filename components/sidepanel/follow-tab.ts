import { browser } from 'wxt/browser';
import { tabIdParam, type TabSource } from '../popup/tab-source';

/** A switch of the active tab, as `tabs.onActivated` reports it. */
type Activation = { tabId: number; windowId: number };

/**
 * The side panel's tab source: the active tab of the panel's window, followed as the reader
 * switches tabs (`tabs.onActivated`, which needs no permission). A new page in the same tab, and
 * new claims on it, reach the panel from the background (use-popup-data.ts, `tabSummaryChanged`).
 *
 * `?tabId=N` in the panel's address starts it on tab N and follows N's window instead: the
 * background opens the panel's view that way in a tab where the browser will not open the panel
 * itself (entrypoints/background.ts, `openFullContext`), and the end-to-end tests use it. It gives
 * no more than the popup's `?tabId=N` does: the surface of a tab of this browser, and only
 * extension pages can open it. When the view is itself a tab, its own activation is ignored (it
 * does not describe itself).
 */
export function followActiveTab(search: string = location.search): TabSource {
  return (show, signal) => {
    // Listening starts before the panel knows its window and tab (a few calls to the browser):
    // a switch made meanwhile is kept and wins over the tab found at start, where it was missed
    // before (the panel then stayed on the tab it was opened from).
    let follow: ((activation: Activation) => void) | null = null;
    let early: Activation | null = null;
    const listener = (activation: Activation) => {
      if (follow) follow(activation);
      else early = activation;
    };
    browser.tabs.onActivated.addListener(listener);
    signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(listener), {
      once: true,
    });
    void (async () => {
      const own = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
      let start = tabIdParam(search);
      let windowId: number | undefined;
      if (start !== null) {
        windowId = (await browser.tabs.get(start).catch(() => undefined))?.windowId;
      } else {
        const [active] = await browser.tabs.query({ active: true, currentWindow: true });
        start = active?.id ?? null;
        windowId = active?.windowId;
      }
      if (signal.aborted) return;
      const inWindow = (a: Activation) => a.windowId === windowId && a.tabId !== own;
      const missed = early as Activation | null;
      if (missed && inWindow(missed)) start = missed.tabId;
      follow = (activation) => {
        if (inWindow(activation)) show(activation.tabId);
      };
      show(start === own ? null : start);
    })().catch(() => !signal.aborted && show(null));
  };
}
