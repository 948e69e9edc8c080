import type { ExtensionBrowser } from './chromium';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../utils/settings';

/** Writes settings straight into extension storage (as the options page would). */
export async function writeSettings(
  browser: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ([p, d, key]) => {
      const stored = (await chrome.storage.local.get(key)) as Record<string, object | undefined>;
      await chrome.storage.local.set({ [key]: { ...(stored[key] ?? d), ...p } });
    },
    [patch, DEFAULT_SETTINGS, SETTINGS_KEY] as const,
  );
}

/** Reads the stored settings value as it is (unvalidated). */
export async function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async (key) => ((await chrome.storage.local.get(key)) as Record<string, unknown>)[key],
    SETTINGS_KEY,
  );
}
