import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { SITE_INDEX_KEY, buildSiteIndex } from './site-index';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  parseSettings,
  type Settings,
} from './settings';

/**
 * The stored settings as WXT storage items, for the popup, the options page and the background.
 * The format (types, defaults, validation) is utils/settings.ts. The content script does not
 * import this module: it reads the same key through the browser API (content/settings-reader.ts)
 * and keeps WXT's storage library out of every page.
 */

/**
 * The stored item. A later shape raises SETTINGS_VERSION and adds its migration here; WXT runs
 * migrations when the item is defined, and the background imports this module at startup, so
 * they run there before the popup or options page opens.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** What was repaired and when: set when a stored value failed validation and was replaced. */
export interface SettingsReset {
  /** ISO date-time of the repair. */
  at: string;
  problems: string[];
}

/** Set when a stored value failed validation and was replaced; the options page reports it. */
export const settingsResetItem = storage.defineItem<SettingsReset | null>('local:settingsReset', {
  fallback: null,
});

/** Longest problem list, and problem text, kept from a stored reset record. */
const MAX_PROBLEMS = 50;
const MAX_PROBLEM_LENGTH = 300;

/**
 * Validates a stored reset record like every other stored value: anything but an object with a
 * parseable `at` and a list of strings gives null (no notice), never a throw.
 */
export function parseSettingsReset(value: unknown): SettingsReset | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { at, problems } = value as Record<string, unknown>;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (!Array.isArray(problems) || !problems.every((p) => typeof p === 'string')) return null;
  return {
    at,
    problems: problems.slice(0, MAX_PROBLEMS).map((p: string) => p.slice(0, MAX_PROBLEM_LENGTH)),
  };
}

/**
 * Reads the reset record, validated; a stored value that is not one is removed (it carries no
 * information), so the repair sticks. Never throws.
 */
export async function loadSettingsReset(): Promise<SettingsReset | null> {
  let raw: unknown = null;
  try {
    raw = await settingsResetItem.getValue();
  } catch {
    raw = undefined;
  }
  const reset = parseSettingsReset(raw);
  if (reset === null && raw !== null) await settingsResetItem.setValue(null).catch(() => undefined);
  return reset;
}

/**
 * Reads the stored settings, validated. A corrupted value is replaced by its repaired form
 * and the reset is recorded for the options page; reading never throws.
 */
export async function loadSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (error) {
    raw = undefined;
    console.warn('[claim-context] settings could not be read', error);
  }
  const { settings, problems } = parseSettings(raw);
  if (problems.length > 0) {
    await saveSettings(settings);
    await settingsResetItem.setValue({ at: new Date().toISOString(), problems });
  }
  return settings;
}

/** Applies a change to the stored settings and returns the new value. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings())).settings;
  await saveSettings(next);
  return next;
}

/**
 * Stores settings, then the site index every page reads (utils/site-index.ts). A page reading
 * between the two writes gets the previous settings, then the index change brings the new ones.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
  await syncSiteIndex(settings);
}

/**
 * Writes the site index of these settings unless the stored one already matches. The
 * background calls it at startup and whenever the settings change by another way than
 * saveSettings (an older version's write, a migration, an import from another tool).
 */
export async function syncSiteIndex(settings: Settings): Promise<void> {
  const index = buildSiteIndex(settings);
  const stored = (await browser.storage.local.get(SITE_INDEX_KEY))[SITE_INDEX_KEY] as
    { stamp?: unknown } | undefined;
  if (stored?.stamp !== index.stamp) await browser.storage.local.set({ [SITE_INDEX_KEY]: index });
}

/**
 * Calls `onChange` with validated settings whenever they change in any context, until the
 * signal aborts. Storage is the single source of truth: the popup and options page follow each
 * other this way, and open tabs follow the same key (content/settings-reader.ts).
 */
export function watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => onChange(parseSettings(value).settings));
  signal.addEventListener('abort', unwatch, { once: true });
}
