import { CATEGORIES, type Category } from '../topic/categories';

/**
 * The settings format: types, defaults, validation and the questions asked of a settings value.
 * No storage here, so every context can import it (the content script without WXT's storage
 * library). The stored item lives in utils/settings-store.ts (popup, options, background); the
 * content script reads the same key through content/settings-reader.ts.
 */

/** The `storage.local` key the settings value is stored under (WXT item `local:settings`). */
export const SETTINGS_KEY = 'settings';
/**
 * The current shape's version. A new shape raises it, keeps the old shape as a named type and
 * adds a migration (utils/settings-store.ts `migrations`, which WXT runs where the item is
 * defined: the background at startup, and the popup or options page). Version 1 stored an
 * allow-list `categories`; version 2 stores the deny-list `hiddenCategories`, so a category added
 * later is highlighted for existing users too (migrateSettingsV1).
 */
export const SETTINGS_VERSION = 2;

/** How highlights are painted: a tint plus underline, or the underline alone. */
export const HIGHLIGHT_STYLES = ['tint', 'underline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * Every user setting, stored as one value in `storage.local` (not `sync`: the site lists can
 * hold thousands of hosts, far past sync's 8 KB per-item quota).
 * Per-site settings follow Dark Reader: a global default plus two exception lists.
 */
export interface Settings {
  /** Highlights on sites that have no setting of their own. */
  onByDefault: boolean;
  /** Site keys (see utils/site.ts) where highlights are on whatever the default. */
  onFor: string[];
  /** Site keys where highlights are off whatever the default. */
  offFor: string[];
  /**
   * Claim categories the user chose not to highlight in pages (the popup lists every category).
   * A deny-list, so a category added in a later version is highlighted unless hidden.
   */
  hiddenCategories: Category[];
  highlightStyle: HighlightStyle;
  /** Show the small card when a highlight is hovered or focused. */
  hoverCards: boolean;
}

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  onByDefault: true,
  onFor: [],
  offFor: [],
  hiddenCategories: [],
  highlightStyle: 'tint',
  hoverCards: true,
});

/** The result of checking an untrusted value against the settings schema. */
export interface ParsedSettings {
  settings: Settings;
  /** What was wrong; empty when the value was valid. */
  problems: string[];
}

const SITE_KEY = /^[a-z0-9.\-[\]:_]{1,253}$/;

function siteList(value: unknown, name: string, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${name} is not a list`);
    return [];
  }
  const good = value.filter((v): v is string => typeof v === 'string' && SITE_KEY.test(v));
  if (good.length !== value.length) problems.push(`${name} has entries that are not site names`);
  return [...new Set(good)];
}

/**
 * Checks a stored or imported value field by field. Stored values are untrusted (another
 * version, a manual edit, a corrupted profile): each bad field falls back to its default and
 * is named in `problems`. Never throws.
 */
export function parseSettings(value: unknown): ParsedSettings {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: cloneDefaults(), problems: ['settings are not an object'] };
  }
  const v = value as Record<string, unknown>;
  const settings = cloneDefaults();
  if (typeof v.onByDefault === 'boolean') settings.onByDefault = v.onByDefault;
  else problems.push('onByDefault is not true or false');
  settings.onFor = siteList(v.onFor, 'onFor', problems);
  settings.offFor = siteList(v.offFor, 'offFor', problems);
  // A version 1 value lists the shown categories instead (see migrateSettingsV1, which the stored
  // item runs; the content script and old export files can still meet version 1).
  const isV1 = 'categories' in v && !('hiddenCategories' in v);
  const list = isV1 ? v.categories : v.hiddenCategories;
  if (Array.isArray(list) && list.every((c) => isCategory(c))) {
    settings.hiddenCategories = CATEGORIES.filter((c) => list.includes(c) !== isV1);
  } else {
    problems.push(
      isV1
        ? 'categories is not a list of known categories'
        : 'hiddenCategories is not a list of known categories',
    );
  }
  if (HIGHLIGHT_STYLES.includes(v.highlightStyle as HighlightStyle)) {
    settings.highlightStyle = v.highlightStyle as HighlightStyle;
  } else problems.push('highlightStyle is not "tint" or "underline"');
  if (typeof v.hoverCards === 'boolean') settings.hoverCards = v.hoverCards;
  else problems.push('hoverCards is not true or false');
  return { settings, problems };
}

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function cloneDefaults(): Settings {
  return { ...DEFAULT_SETTINGS, onFor: [], offFor: [], hiddenCategories: [] };
}

/** Version 1 of the settings (until December 2026): an allow-list of highlighted categories. */
export interface SettingsV1 extends Omit<Settings, 'hiddenCategories'> {
  /** Claim categories that are highlighted in pages. */
  categories: Category[];
}

/**
 * The version 2 migration: a version 1 value's allow-list `categories` becomes the deny-list
 * `hiddenCategories` (every known category not in it). Anything else is returned as it is, so it
 * is safe on a value already in version 2 shape (one written without WXT's version mark) and
 * leaves a broken value for parseSettings to repair and report. The stored item's migration
 * (settings-store.ts). parseSettings reads a version 1 value the same way on its own (a few lines,
 * kept out of this function so the content script, which reads raw values, stays within its size
 * budget), so the content script's reader and an old export file read version 1 values too.
 * TODO [2027-12-01]: drop version 1 from parseSettings once version 1 export files are a year old.
 */
export function migrateSettingsV1(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (!('categories' in value) || 'hiddenCategories' in value) return value;
  const { categories, ...rest } = value as Partial<SettingsV1>;
  if (!Array.isArray(categories) || !categories.every((c) => isCategory(c))) return value;
  return { ...rest, hiddenCategories: CATEGORIES.filter((c) => !categories.includes(c)) };
}

/** The categories highlighted in pages under these settings, in `CATEGORIES` order. */
export function shownCategories(s: Settings): Category[] {
  return CATEGORIES.filter((c) => !s.hiddenCategories.includes(c));
}

/**
 * Are highlights on for this site? The one question background, content script and popup all
 * ask. Sites without a key (browser pages) follow the global default.
 */
export function highlightsOn(site: string | null, s: Settings): boolean {
  if (site !== null) {
    if (s.offFor.includes(site)) return false;
    if (s.onFor.includes(site)) return true;
  }
  return s.onByDefault;
}

/**
 * Returns settings with this site switched on or off. A choice equal to the global default
 * removes the site's exception, so the lists hold only real exceptions.
 */
export function withSite(s: Settings, site: string, on: boolean): Settings {
  const onFor = s.onFor.filter((k) => k !== site);
  const offFor = s.offFor.filter((k) => k !== site);
  if (on !== s.onByDefault) (on ? onFor : offFor).push(site);
  return { ...s, onFor, offFor };
}

/** Returns settings with the site's own setting removed (it follows the default again). */
export function withoutSite(s: Settings, site: string): Settings {
  return {
    ...s,
    onFor: s.onFor.filter((k) => k !== site),
    offFor: s.offFor.filter((k) => k !== site),
  };
}
