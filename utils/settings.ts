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
 * The current shape's version. Version 1 is the first shape; a later shape raises it and adds a
 * migration in utils/settings-store.ts, which runs in the background at startup.
 */
export const SETTINGS_VERSION = 1;

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
  /** Claim categories that are highlighted in pages (the popup lists every category). */
  categories: Category[];
  highlightStyle: HighlightStyle;
  /** Show the small card when a highlight is hovered or focused. */
  hoverCards: boolean;
}

/** The settings a new install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  onByDefault: true,
  onFor: [],
  offFor: [],
  categories: [...CATEGORIES],
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
  if (Array.isArray(v.categories) && v.categories.every((c) => isCategory(c))) {
    settings.categories = CATEGORIES.filter((c) => (v.categories as unknown[]).includes(c));
  } else problems.push('categories is not a list of known categories');
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
  return { ...DEFAULT_SETTINGS, onFor: [], offFor: [], categories: [...CATEGORIES] };
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
