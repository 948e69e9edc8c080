import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../../content/detect/types';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  highlightsOn,
  parseSettings,
  withSite,
  withoutSite,
  type Settings,
} from '../../../utils/settings';
import {
  loadSettings,
  saveSettings,
  settingsItem,
  settingsResetItem,
  syncSiteIndex,
  updateSettings,
  watchSettings,
} from '../../../utils/settings-store';
import { readSettings, watchStoredSettings } from '../../../content/settings-reader';
import {
  SITE_INDEX_KEY,
  buildSiteIndex,
  settingsForSite,
  stampOf,
} from '../../../utils/site-index';

const base: Settings = { ...DEFAULT_SETTINGS, onFor: [], offFor: [], categories: [...CATEGORIES] };

describe('highlightsOn', () => {
  it.each([
    [{ ...base }, 'a.com', true],
    [{ ...base, onByDefault: false }, 'a.com', false],
    [{ ...base, offFor: ['a.com'] }, 'a.com', false],
    [{ ...base, onByDefault: false, onFor: ['a.com'] }, 'a.com', true],
    [{ ...base, offFor: ['b.com'] }, 'a.com', true],
    [{ ...base, onByDefault: false, onFor: ['a.com'] }, null, false],
  ])('case %#', (s, site, on) => expect(highlightsOn(site, s)).toBe(on));
});

describe('withSite / withoutSite', () => {
  it('records only real exceptions', () => {
    const off = withSite(base, 'a.com', false);
    expect(off.offFor).toEqual(['a.com']);
    expect(highlightsOn('a.com', off)).toBe(false);
    const back = withSite(off, 'a.com', true);
    expect(back.offFor).toEqual([]);
    expect(back.onFor).toEqual([]);
  });
  it('removes a site so it follows the default again', () => {
    const s = withoutSite({ ...base, onFor: ['a.com'], offFor: ['b.com'] }, 'a.com');
    expect(s.onFor).toEqual([]);
    expect(s.offFor).toEqual(['b.com']);
  });
});

describe('parseSettings', () => {
  it('accepts a valid value unchanged', () => {
    const value = { ...base, offFor: ['x.org'], highlightStyle: 'underline', hoverCards: false };
    expect(parseSettings(value)).toEqual({ settings: value, problems: [] });
  });
  it.each([null, 42, 'settings', [], undefined])('replaces %s by the defaults', (value) => {
    const { settings, problems } = parseSettings(value);
    expect(settings).toEqual(base);
    expect(problems.length).toBeGreaterThan(0);
  });
  it('repairs bad fields one by one and names them', () => {
    const { settings, problems } = parseSettings({
      ...base,
      onByDefault: 'yes',
      offFor: ['ok.com', 42, '<script>'],
      categories: ['efficacy', 'bogus'],
      highlightStyle: 'neon',
    });
    expect(settings.onByDefault).toBe(true);
    expect(settings.offFor).toEqual(['ok.com']);
    expect(settings.categories).toEqual(CATEGORIES);
    expect(settings.highlightStyle).toBe('tint');
    expect(problems).toHaveLength(4);
  });
  it('handles thousands of site entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `site${i}.example.com`);
    const { settings, problems } = parseSettings({ ...base, offFor: many });
    expect(problems).toEqual([]);
    expect(settings.offFor).toHaveLength(5000);
    expect(highlightsOn('site4999.example.com', settings)).toBe(false);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start from the defaults', async () => {
    expect(await loadSettings()).toEqual(base);
    expect(await settingsResetItem.getValue()).toBeNull();
  });

  it('replace a corrupted value and record the reset', async () => {
    await fakeBrowser.storage.local.set({ settings: { onByDefault: 'maybe' } });
    const s = await loadSettings();
    expect(s).toEqual(base);
    expect(await settingsItem.getValue()).toEqual(base);
    const reset = await settingsResetItem.getValue();
    expect(reset?.problems).toContain('onByDefault is not true or false');
  });

  it('keep updates', async () => {
    await updateSettings((s) => withSite(s, 'a.com', false));
    expect((await loadSettings()).offFor).toEqual(['a.com']);
  });

  it('reach watchers validated', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchSettings((s) => seen.push(s), controller.signal);
    await fakeBrowser.storage.local.set({ settings: { ...base, onByDefault: false } });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    controller.abort();
    await fakeBrowser.storage.local.set({ settings: { ...base, hoverCards: false } });
    expect(seen.map((s) => s.onByDefault)).toEqual([false, true]);
  });
});

describe('the content script reader', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the stored item holds, under the same key', async () => {
    expect(await readSettings('a.com')).toEqual(base);
    await settingsItem.setValue({ ...base, offFor: ['a.com'], highlightStyle: 'underline' });
    expect(await readSettings('a.com')).toEqual({
      ...base,
      offFor: ['a.com'],
      highlightStyle: 'underline',
    });
    expect(SETTINGS_KEY).toBe('settings');
  });

  it('repairs a corrupted or newer value without writing it back', async () => {
    await fakeBrowser.storage.local.set({ settings: { onByDefault: 'maybe' } });
    expect(await readSettings('a.com')).toEqual(base);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { onByDefault: 'maybe' },
    });
    // A later version's shape: unknown fields are dropped, known ones kept.
    await fakeBrowser.storage.local.set({
      settings: { ...base, onByDefault: false, highlightStyle: 'glow', future: 1 },
    });
    expect(await readSettings('a.com')).toEqual({ ...base, onByDefault: false });
  });

  it('gives the defaults when storage cannot be read', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readSettings('a.com')).toEqual(base);
    get.mockRestore();
    warn.mockRestore();
  });

  it('follows changes to the key, validated, until aborted', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchStoredSettings('a.com', (s) => seen.push(s), controller.signal);
    await fakeBrowser.storage.local.set({ settings: { ...base, onByDefault: false } });
    await fakeBrowser.storage.local.set({ other: { onByDefault: true } });
    await fakeBrowser.storage.sync.set({ settings: { ...base, hoverCards: false } });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    // Valid again but the same settings as the repaired garbage: nothing new to apply.
    await fakeBrowser.storage.local.set({ settings: base });
    await fakeBrowser.storage.local.remove('settings');
    await updateSettings((s) => withSite(s, 'a.com', false));
    controller.abort();
    await fakeBrowser.storage.local.set({ settings: { ...base, hoverCards: false } });
    expect(seen).toEqual([{ ...base, onByDefault: false }, base, { ...base, offFor: ['a.com'] }]);
  });
});

describe('the site index pages read', () => {
  beforeEach(() => fakeBrowser.reset());

  const many = Array.from({ length: 20_000 }, (_, i) => `site-${i}.example`);

  it('gives each site its own exception without the other sites, once saved', async () => {
    await saveSettings({ ...base, onByDefault: false, onFor: many, offFor: ['b.com'] });
    const stored = (await fakeBrowser.storage.local.get(SITE_INDEX_KEY))[SITE_INDEX_KEY];
    expect(typeof (stored as { on: unknown }).on).toBe('string');
    expect(await readSettings('site-19999.example')).toEqual({
      ...base,
      onByDefault: false,
      onFor: ['site-19999.example'],
    });
    expect(await readSettings('b.com')).toEqual({ ...base, onByDefault: false, offFor: ['b.com'] });
    // A prefix or a suffix of a listed site is not that site.
    expect(await readSettings('site-1999')).toEqual({ ...base, onByDefault: false });
    expect(await readSettings('ite-1.example')).toEqual({ ...base, onByDefault: false });
  });

  it('never reads the full settings (with their lists) when an index is there', async () => {
    await saveSettings({ ...base, offFor: many });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await readSettings('site-5.example');
    expect(get.mock.calls.map(([keys]) => keys)).toEqual([SITE_INDEX_KEY]);
    get.mockRestore();
  });

  it('falls back to the settings when the index is damaged, and the background can rebuild it', async () => {
    await saveSettings({ ...base, offFor: ['a.com'] });
    await fakeBrowser.storage.local.set({ [SITE_INDEX_KEY]: { on: 5, off: null, prefs: 'x' } });
    expect(await readSettings('a.com')).toEqual({ ...base, offFor: ['a.com'] });
    await syncSiteIndex({ ...base, offFor: ['a.com'] });
    const rebuilt = (await fakeBrowser.storage.local.get(SITE_INDEX_KEY))[SITE_INDEX_KEY];
    expect(settingsForSite(rebuilt, 'a.com')).toEqual({ ...base, offFor: ['a.com'] });
  });

  it('follows index changes for its own site only', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    watchStoredSettings('a.com', (s) => seen.push(s), controller.signal);
    await saveSettings({ ...base, offFor: ['a.com'] });
    await saveSettings({ ...base, offFor: ['a.com', 'c.com'] });
    await saveSettings({ ...base, offFor: [] });
    controller.abort();
    expect(seen).toEqual([{ ...base, offFor: ['a.com'] }, base]);
  });

  it('stamps differ when the settings differ', () => {
    expect(stampOf(base)).toBe(stampOf({ ...base }));
    expect(stampOf(base)).not.toBe(stampOf({ ...base, offFor: ['a.com'] }));
    expect(buildSiteIndex({ ...base, onFor: ['x.com', 'y.com'] }).on).toBe('x.com\ny.com');
  });
});
