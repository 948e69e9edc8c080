import type { ExtensionBrowser } from './chromium';
import type { Settings } from '../../utils/settings';

/** Writes settings straight into extension storage (as the options page would). */
export async function writeSettings(
  browser: ExtensionBrowser,
  patch: Partial<Settings>,
): Promise<void> {
  await browser.serviceWorker.evaluate(async (p) => {
    const current = ((await chrome.storage.local.get('settings')) as { settings?: object })
      .settings ?? {
      onByDefault: true,
      onFor: [],
      offFor: [],
      categories: [
        'efficacy',
        'mechanism',
        'safety',
        'cost',
        'regulatory',
        'research',
        'testimonial',
        'alternative-to-surgery',
      ],
      highlightStyle: 'tint',
      hoverCards: true,
    };
    await chrome.storage.local.set({ settings: { ...current, ...p } });
  }, patch);
}

/** Reads the stored settings value as it is (unvalidated). */
export async function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.serviceWorker.evaluate(
    async () => ((await chrome.storage.local.get('settings')) as { settings?: unknown }).settings,
  );
}
