import { browser } from 'wxt/browser';

/**
 * Which tab a surface of the popup's kind describes: the toolbar popup finds its tab once
 * (`fixedTab(tabFromAddress)`); the side panel follows its window's active tab
 * (components/sidepanel/follow-tab.ts).
 */

/**
 * Where a surface's tab comes from: calls `show` with the tab to describe (null: none), once or
 * whenever it changes, until `signal` aborts. Keep one per surface (module scope): a new source
 * starts the surface over.
 */
export type TabSource = (show: (tabId: number | null) => void, signal: AbortSignal) => void;

/** A tab source that finds its tab once, e.g. `fixedTab(tabFromAddress)` for the toolbar popup. */
export function fixedTab(find: () => Promise<number | null>): TabSource {
  return (show, signal) =>
    void find().then(
      (id) => !signal.aborted && show(id),
      () => !signal.aborted && show(null),
    );
}

/** The tab named by `?tabId=N` in an address's query; null when none or malformed. */
export function tabIdParam(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param !== null && /^\d+$/.test(param) ? Number(param) : null;
}

/**
 * The tab the toolbar popup describes: `?tabId=N` in its address (the same view opened in a tab,
 * as the tests do), else the active tab of the current window. Null when there is none.
 */
export async function tabFromAddress(search: string = location.search): Promise<number | null> {
  const named = tabIdParam(search);
  if (named !== null) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
