import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../utils/settings';

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

/** Reads the stored settings, validated; the defaults when they cannot be read. Never throws. */
export async function readSettings(): Promise<Settings> {
  try {
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
export function watchStoredSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ) => {
    const change = area === 'local' ? changes[SETTINGS_KEY] : undefined;
    if (!change) return;
    const next = parse(change.newValue);
    if (JSON.stringify(next) === JSON.stringify(parse(change.oldValue))) return;
    onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}
