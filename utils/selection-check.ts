import { browser } from 'wxt/browser';
import type { Verdict } from './messages';
import { askEngine } from './engine-injection';

/**
 * "Check this text" in the background (issue 15): the context menu item on a selection and the
 * keyboard command. Either way the selected text goes through `check` (utils/check-text.ts, the
 * background's detector) and the card with the verdict opens beside the selection, in the frame
 * the menu was used in (the command asks the top frame for its selection). The card is the
 * engine's: a page the gate stage passed over gets the engine first (utils/engine-injection.ts).
 */

/** The context menu item's id. */
export const CHECK_MENU_ID = 'check-selection';
/** The keyboard command's name (wxt.config.ts `commands`). */
export const CHECK_COMMAND = 'check-selection';

/** What the menu's click handler gets (contextMenus.OnClickData, the part read here). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

/** The running selection check: the keyboard command's handler. */
export interface SelectionCheck {
  /** Handles `command` if it is ours. @returns false for another command. */
  onCommand(command: string, tabId: number): boolean;
}

/**
 * Creates the menu item (`title`, on selections; on install and on browser start, removed first
 * so there is never a duplicate) and listens for its clicks.
 */
export function startSelectionCheck(
  title: string,
  check: (text: string) => Verdict,
): SelectionCheck {
  const show = (tabId: number, frameId: number, text: string) =>
    void askEngine(tabId, 'showVerdict', check(text), frameId);
  const menus =
    browser.contextMenus ?? (browser as unknown as { menus: typeof browser.contextMenus }).menus;
  // One after another: onInstalled and onStartup can both fire at a fresh start.
  let ready = Promise.resolve();
  const createMenu = () => {
    ready = ready
      .then(() => menus.removeAll())
      .then(
        () =>
          new Promise<void>((resolve) => {
            const item = { id: CHECK_MENU_ID, title, contexts: ['selection'] };
            menus.create(item as Parameters<typeof menus.create>[0], () => {
              void browser.runtime.lastError;
              resolve();
            });
          }),
      )
      .catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  const onMenuClicked = (info: MenuClick, tab?: { id?: number }) => {
    if (info.menuItemId !== CHECK_MENU_ID || tab?.id === undefined) return;
    show(tab.id, info.frameId ?? 0, info.selectionText ?? '');
  };
  menus.onClicked.addListener(onMenuClicked);
  // The e2e tests call the menu's handler here (a headless browser shows no context menu); the
  // background's global scope is reachable by the extension itself only.
  (globalThis as { claimContextMenuClicked?: typeof onMenuClicked }).claimContextMenuClicked =
    onMenuClicked;

  return {
    onCommand(command, tabId) {
      if (command !== CHECK_COMMAND) return false;
      void askEngine(tabId, 'getSelectedText', null, 0).then((reply) => {
        if (typeof reply?.text === 'string') show(tabId, 0, reply.text);
      });
      return true;
    },
  };
}
