import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  POPUP_SECTIONS,
  SECTIONS_KEY,
  parseOpenSections,
  withSection,
} from '../../../utils/popup-sections';
import { loadOpenSections, saveOpenSections } from '../../../utils/popup-sections-store';

beforeEach(() => fakeBrowser.reset());

describe('parseOpenSections', () => {
  it.each([
    [{ open: ['risks', 'studies'] }, ['studies', 'risks']],
    [{ open: ['studies', 'studies', 'nope', 7, null] }, ['studies']],
    [{ open: 'studies' }, []],
    [['studies'], []],
    [null, []],
    [undefined, []],
    ['{"open":["studies"]}', []],
    [{}, []],
  ])('reads %j as %j', (stored, expected) => {
    expect(parseOpenSections(stored)).toEqual(expected);
  });
});

describe('withSection', () => {
  it('opens and closes one section, keeping the order of POPUP_SECTIONS', () => {
    expect(withSection(['risks'], 'evidence', true)).toEqual(['evidence', 'risks']);
    expect(withSection(['evidence', 'risks'], 'evidence', false)).toEqual(['risks']);
    expect(withSection(['risks'], 'risks', true)).toEqual(['risks']);
  });
});

describe('the stored open sections', () => {
  it('are empty (all folded) when nothing is stored', async () => {
    await expect(loadOpenSections()).resolves.toEqual([]);
  });

  it('are remembered in local storage and read back', async () => {
    await saveOpenSections(['studies', 'evidence']);
    const raw = await fakeBrowser.storage.local.get(SECTIONS_KEY);
    expect(raw[SECTIONS_KEY]).toEqual({ open: ['evidence', 'studies'] });
    await expect(loadOpenSections()).resolves.toEqual(['evidence', 'studies']);
  });

  it('ignore a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ [SECTIONS_KEY]: { open: [1, 'risks', '<b>'] } });
    await expect(loadOpenSections()).resolves.toEqual(['risks']);
    await fakeBrowser.storage.local.set({ [SECTIONS_KEY]: 'everything' });
    await expect(loadOpenSections()).resolves.toEqual([]);
  });

  it('list every section the popup can fold', () => {
    expect(POPUP_SECTIONS).toContain('evidence');
    expect(new Set(POPUP_SECTIONS).size).toBe(POPUP_SECTIONS.length);
  });
});
