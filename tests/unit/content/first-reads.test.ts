import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFirstEarly, takeFirstReads } from '../../../content/first-reads';
import { readSettings } from '../../../content/settings-reader';
import { FrameCorrections } from '../../../content/corrections';
import { syncSiteIndex } from '../../../utils/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { CORRECTION_PAGES_KEY } from '../../../utils/corrections';

const settings = (patch: Partial<Settings>): Settings => ({
  ...DEFAULT_SETTINGS,
  onFor: [],
  offFor: [],
  hiddenCategories: [],
  ...patch,
});

describe('the first reads the gate stage makes for the engine', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    await takeFirstReads();
  });

  it('hands the engine the site index and the corrections index once, read before it started', async () => {
    await syncSiteIndex(settings({ offFor: ['a.com'] }));
    await fakeBrowser.storage.local.set({ [CORRECTION_PAGES_KEY]: '' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    readFirstEarly();
    const first = await takeFirstReads();
    expect(first && Object.keys(first).sort()).toEqual([CORRECTION_PAGES_KEY, 'siteIndex'].sort());
    // One storage call for both.
    expect(get).toHaveBeenCalledTimes(1);
    get.mockClear();
    // The engine's readers take them as they are, asking storage nothing more.
    const read = await readSettings('a.com', first);
    expect(read.offFor).toEqual(['a.com']);
    const corrections = new FrameCorrections();
    await corrections.load('https://a.com/page', first);
    expect(corrections.for('https://a.com/page')).toEqual({ dismissed: new Set(), marked: [] });
    expect(get).not.toHaveBeenCalled();
    // Taken once: a later engine in the frame reads storage afresh.
    expect(await takeFirstReads()).toBeUndefined();
  });

  it('gives the same settings as a reading of storage, with or without a site index', async () => {
    for (const indexed of [false, true]) {
      fakeBrowser.reset();
      const stored = settings({ onFor: ['b.org'], highlightStyle: 'underline' });
      await fakeBrowser.storage.local.set({ settings: stored });
      if (indexed) await syncSiteIndex(stored);
      readFirstEarly();
      const first = await takeFirstReads();
      expect(await readSettings('b.org', first)).toEqual(await readSettings('b.org'));
    }
  });

  it('leaves nothing to take where storage could not be read, and never throws', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('context gone'));
    readFirstEarly();
    expect(await takeFirstReads()).toBeUndefined();
  });
});
