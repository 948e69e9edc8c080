import { browser } from 'wxt/browser';

/**
 * Opening the side panel: Chrome's `sidePanel` (manifest `side_panel`, permission `sidePanel`) or
 * Firefox's `sidebarAction` (manifest `sidebar_action`, no permission). Both browsers open it only
 * in answer to the reader's own action, so callers run these synchronously inside a trusted event
 * handler, before any `await`: Chrome also honours the action of a content script's click for a
 * background that calls `open` at once on the message (checked in tests/e2e/sidepanel.e2e.test.ts);
 * Firefox does not carry it across messages.
 */

/** Firefox's sidebar API, which the Chrome-shaped types of `wxt/browser` do not declare. */
interface SidebarAction {
  open(): Promise<void>;
}

function sidebarAction(): SidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/** Whether this browser has a side panel (Chrome) or sidebar (Firefox) we can open. */
export function hasSidePanel(): boolean {
  return typeof browser.sidePanel?.open === 'function' || sidebarAction() !== undefined;
}

/**
 * Opens the panel in a window (Chrome) or the current window (Firefox, whose sidebar API takes
 * none). Call it synchronously from the click. Rejects when the browser refuses (no user action,
 * no panel API), so the caller can fall back.
 */
export function openSidePanel(target: { windowId: number } | { tabId: number }): Promise<void> {
  try {
    if (typeof browser.sidePanel?.open === 'function') return browser.sidePanel.open(target);
    const sidebar = sidebarAction();
    if (sidebar) return sidebar.open();
    return Promise.reject(new Error('this browser has no side panel'));
  } catch (error) {
    return Promise.reject(error);
  }
}
