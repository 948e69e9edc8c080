import { addCorrection } from './corrections';
import { changeCorrections } from './corrections-store';
import type { Handlers, Result, Sender, ToBackground } from './messages';

/**
 * The background's handler for corrections sent from pages (issue 15). Only a content script of
 * ours sends one, after a trusted click in its card (a page cannot reach the card, nor send
 * messages to the extension): `onMessages` has refused anything not from this extension, and this
 * refuses senders that are not a tab's page (`extensionOrigin`, `browser.runtime.getURL('')`).
 * The page URL recorded is the sender's, never one the message names, so a frame can correct
 * only its own page. The options page changes corrections through utils/corrections-store.ts.
 */
export function correctionHandlers(
  extensionOrigin: string,
  newId: () => string = () => crypto.randomUUID(),
  now: () => Date = () => new Date(),
): Handlers<Pick<ToBackground, 'addCorrection'>> {
  return {
    addCorrection: async (request, sender: Sender): Promise<Result<null>> => {
      const url = sender.url;
      if (sender.tabId === undefined || !url || url.startsWith(extensionOrigin))
        return { ok: false, error: 'corrections come from pages only' };
      const result = await changeCorrections((list) =>
        addCorrection(list, { ...request, url }, newId(), now()),
      );
      return result.ok ? { ok: true, value: null } : { ok: false, error: result.error };
    },
  };
}
