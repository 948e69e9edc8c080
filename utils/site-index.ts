import { parseSettings, type Settings } from './settings';

/**
 * What a page's content script reads at load: the settings without their site lists, and the
 * lists as two newline-joined strings. A site list can hold thousands of sites (a 5 MB list once
 * cost every frame of every page ≈190 ms to copy in and check, security probe 2026-12); copying
 * one string is a memory copy, and a frame only asks whether its own site is in it, without
 * parsing the list. Derived from the stored settings by whoever writes them (settings-store.ts
 * saveSettings) and by the background when they change any other way; the settings stay the
 * single source of truth.
 */
export const SITE_INDEX_KEY = 'siteIndex';

export interface SiteIndex {
  /** Identifies the settings the index was built from (see stampOf). */
  stamp: string;
  /** The settings with empty site lists. */
  prefs: Settings;
  /** `onFor` and `offFor`, joined by newlines (site keys hold no newline). */
  on: string;
  off: string;
}

/** The index of (validated) settings. */
export function buildSiteIndex(settings: Settings): SiteIndex {
  return {
    stamp: stampOf(settings),
    prefs: { ...settings, onFor: [], offFor: [] },
    on: settings.onFor.join('\n'),
    off: settings.offFor.join('\n'),
  };
}

/** A short fingerprint of settings (32-bit FNV-1a of their JSON, hex), to tell stale indexes. */
export function stampOf(settings: Settings): string {
  const json = JSON.stringify(settings);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length.toString(36)}-${(hash >>> 0).toString(16)}`;
}

/**
 * The settings one site needs, read from a stored index: its lists hold this site or nothing.
 * Stored values are untrusted: null when the value is not a well-formed index (the caller then
 * reads the settings themselves).
 */
export function settingsForSite(value: unknown, site: string | null): Settings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { prefs, on, off } = value as Partial<SiteIndex>;
  if (typeof on !== 'string' || typeof off !== 'string') return null;
  const { settings, problems } = parseSettings(prefs);
  if (problems.length > 0) return null;
  const has = (list: string) =>
    site !== null && site !== '' && `\n${list}\n`.includes(`\n${site}\n`);
  return {
    ...settings,
    onFor: has(on) ? [site as string] : [],
    offFor: has(off) ? [site as string] : [],
  };
}
