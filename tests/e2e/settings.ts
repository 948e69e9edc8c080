import type { ExtensionBrowser } from '../../scripts/lib/browser/chromium';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../../utils/settings';
import { SITE_INDEX_KEY, stampOf } from '../../utils/site-index';
import { SECTIONS_KEY } from '../../utils/popup-sections';

/** Writes settings straight into extension storage (as the options page would). */
export async function writeSettings(
  browser: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  const written = await browser.serviceWorker.evaluate(
    async ([p, d, key]) => {
      const stored = (await chrome.storage.local.get(key)) as Record<string, object | undefined>;
      const value = { ...(stored[key] ?? d), ...p };
      await chrome.storage.local.set({ [key]: value });
      return value;
    },
    [patch, DEFAULT_SETTINGS, SETTINGS_KEY] as const,
  );
  // Pages read the site index the background derives from the settings (utils/site-index.ts):
  // wait for it, as a page loaded right after a real change would find it.
  const stamp = stampOf(parseSettings(written).settings);
  const deadline = Date.now() + 5000;
  for (;;) {
    const index = await browser.serviceWorker.evaluate(
      async (key) => ((await chrome.storage.local.get(key)) as Record<string, unknown>)[key],
      SITE_INDEX_KEY,
    );
    if ((index as { stamp?: string } | undefined)?.stamp === stamp) return;
    if (Date.now() > deadline) throw new Error('the background did not index the written settings');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads the stored settings value as it is (unvalidated). */
export async function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async (key) => ((await chrome.storage.local.get(key)) as Record<string, unknown>)[key],
    SETTINGS_KEY,
  );
}

/** Reads the popup's remembered open sections as stored (unvalidated). */
export async function readOpenSections(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async (key) => ((await chrome.storage.local.get(key)) as Record<string, unknown>)[key],
    SECTIONS_KEY,
  );
}

/** Stores the popup's open sections as given (a test starts from a known state). */
export async function writeOpenSections(browser: ExtensionBrowser, value: unknown): Promise<void> {
  await browser.serviceWorker.evaluate(
    async ([key, v]) => chrome.storage.local.set({ [key as string]: v }),
    [SECTIONS_KEY, value] as const,
  );
}
