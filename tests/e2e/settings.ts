import type { ExtensionBrowser } from './chromium';
import type { Settings } from '../../utils/settings';
import { CATEGORIES } from '../../content/detect/types';

/** Writes settings straight into extension storage (as the options page would). */
export async function writeSettings(
  browser: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  // The defaults of utils/settings.ts (which cannot be imported here: it needs WXT's storage).
  const defaults = {
    onByDefault: true,
    onFor: [],
    offFor: [],
    categories: [...CATEGORIES],
    highlightStyle: 'tint',
    hoverCards: true,
  };
  await browser.serviceWorker.evaluate(
    async ([p, d]) => {
      const stored = (await chrome.storage.local.get('settings')) as { settings?: object };
      await chrome.storage.local.set({ settings: { ...(stored.settings ?? d), ...p } });
    },
    [patch, defaults] as const,
  );
}

/** Reads the stored settings value as it is (unvalidated). */
export async function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async () => ((await chrome.storage.local.get('settings')) as { settings?: unknown }).settings,
  );
}
