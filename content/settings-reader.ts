import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../utils/settings';
import { SITE_INDEX_KEY, settingsForSite } from '../utils/site-index';

/**
 * The content script's view of the stored settings: the same `storage.local` key as the WXT item
 * in utils/settings-store.ts, read through the browser API so WXT's storage library stays out of
 * every page. Every value is validated: a corrupted value, or one written by a newer version,
 * gives the repaired settings and never breaks the page; a version 1 value the background has not
 * migrated yet is read as version 2 (parseSettings, migrateSettingsV1). Repairing the stored
 * value and recording the reset is left to the popup, options page and background (loadSettings).
 */

function parse(value: unknown): Settings {
  // A missing value is a new install: the defaults, as the WXT item's fallback gives.
  return parseSettings(value ?? DEFAULT_SETTINGS).settings;
}

/**
 * Reads the settings this frame's site needs, validated; the defaults when they cannot be read.
 * From the site index (utils/site-index.ts: the site lists as two strings, never parsed here)
 * where the background has written one, else from the stored settings. `first` holds the site
 * index already read (content/first-reads.ts), when it was. Never throws.
 */
export async function readSettings(
  site: string | null,
  first?: Record<string, unknown>,
): Promise<Settings> {
  try {
    const indexed: Record<string, unknown> =
      first ?? (await browser.storage.local.get(SITE_INDEX_KEY));
    const fromIndex = settingsForSite(indexed[SITE_INDEX_KEY], site);
    if (fromIndex) return fromIndex;
    const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
    return parse(stored[SETTINGS_KEY]);
  } catch (error) {
    console.warn('[claim-context] settings could not be read', error);
    return parse(undefined);
  }
}

/**
 * Calls `onChange` with validated settings whenever the stored value changes (in any context),
 * until the signal aborts. Changes that leave the validated settings as they were are skipped.
 */
export function watchStoredSettings(
  site: string | null,
  onChange: (s: Settings) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  // Once an index has been seen it is followed alone (it changes with every settings change).
  let indexed = false;
  let last = '';
  const listener = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ) => {
    if (area !== 'local') return;
    const index = changes[SITE_INDEX_KEY];
    let next: Settings | null = null;
    if (index) {
      next = settingsForSite(index.newValue, site);
      indexed = next !== null;
    }
    const change = changes[SETTINGS_KEY];
    if (!next && !indexed && change) next = parse(change.newValue);
    if (!next) return;
    const json = JSON.stringify(next);
    if (json === last) return;
    last = json;
    onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
