import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_CORRECTIONS,
  addCorrection,
  correctionKey,
  correctionPages,
  correctionsFor,
  listsPage,
  correctionsToJsonl,
  pageUrl,
  parseCorrections,
  removeCorrection,
  restoreCorrection,
  type Correction,
} from '../../../utils/corrections';
import {
  changeCorrections,
  correctionPagesItem,
  correctionsItem,
  loadCorrections,
  syncCorrectionPages,
} from '../../../utils/corrections-store';

const AT = new Date('2026-12-05T23:30:00.000Z');
const URL_A = 'https://clinic.example/back-pain?x=1';

function correction(over: Partial<Correction> = {}): Correction {
  return {
    id: 'c1',
    url: URL_A,
    text: 'Stem cell injections cost $5,000.',
    label: 'none',
    category: 'cost',
    stance: 'neutral',
    at: AT.toISOString(),
    ...over,
  };
}

describe('correction keys', () => {
  it('leave out the fragment and ignore case and spacing of the text', () => {
    expect(pageUrl('https://a.example/p?q=1#section')).toBe('https://a.example/p?q=1');
    expect(correctionKey('https://a.example/p#x', '  Stem  cells\nWORK. ')).toBe(
      correctionKey('https://a.example/p', 'stem cells work.'),
    );
    expect(correctionKey('https://a.example/p?q=2', 'a')).not.toBe(
      correctionKey('https://a.example/p?q=1', 'a'),
    );
  });
});

describe('adding, removing and restoring', () => {
  it('adds a correction with a tidied text and the page URL without fragment', () => {
    const result = addCorrection(
      [],
      {
        url: `${URL_A}#top`,
        text: ' Stem cell\n injections cost $5,000. ',
        label: 'none',
        category: 'cost',
        stance: 'neutral',
      },
      'id-1',
      AT,
    );
    expect(result).toEqual({
      ok: true,
      corrections: [correction({ id: 'id-1' })],
      added: correction({ id: 'id-1' }),
    });
  });

  it('replaces a correction of the same text on the same page', () => {
    const first = correction({ id: 'a' });
    const result = addCorrection(
      [first],
      {
        url: URL_A,
        text: 'STEM CELL injections cost $5,000.',
        label: 'claim',
        category: 'efficacy',
        stance: null,
      },
      'b',
      AT,
    );
    expect(result.ok && result.corrections.map((c) => [c.id, c.label, c.category])).toEqual([
      ['b', 'claim', 'efficacy'],
    ]);
  });

  it('refuses an empty text, a claim without a category, and a full list', () => {
    expect(
      addCorrection(
        [],
        { url: URL_A, text: '  ', label: 'none', category: null, stance: null },
        'x',
        AT,
      ).ok,
    ).toBe(false);
    expect(
      addCorrection(
        [],
        { url: URL_A, text: 'a', label: 'claim', category: null, stance: null },
        'x',
        AT,
      ).ok,
    ).toBe(false);
    const full = Array.from({ length: MAX_CORRECTIONS }, (_, i) =>
      correction({ id: `i${i}`, text: `t${i}` }),
    );
    const result = addCorrection(
      full,
      { url: URL_A, text: 'new', label: 'none', category: null, stance: null },
      'x',
      AT,
    );
    expect(result).toEqual({ ok: false, error: `at most ${MAX_CORRECTIONS} corrections are kept` });
  });

  it('removes by id and restores what was removed (undo), once', () => {
    const a = correction({ id: 'a', text: 'one' });
    const b = correction({ id: 'b', text: 'two' });
    const without = removeCorrection([a, b], 'a');
    expect(without).toEqual([b]);
    const back = restoreCorrection(without, a);
    expect(back.ok && back.corrections).toEqual([b, a]);
    const twice = restoreCorrection([b, a], a);
    expect(twice.ok && twice.corrections).toEqual([b, a]);
  });
});

describe('parseCorrections (what is read from storage)', () => {
  it('reads a valid list and a missing one', () => {
    expect(parseCorrections([correction()])).toEqual({
      corrections: [correction()],
      unreadable: [],
      problems: [],
    });
    expect(parseCorrections(undefined)).toEqual({ corrections: [], unreadable: [], problems: [] });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an object', { id: 'x' }],
  ])('keeps a stored value that is %s whole, with a message', (_what, value) => {
    expect(parseCorrections(value)).toEqual({
      corrections: [],
      unreadable: [value],
      problems: ['the stored corrections are not a list'],
    });
  });

  it('keeps bad entries aside, names each problem, and reads the good ones', () => {
    const bad = [
      5,
      correction({ id: 'b1', label: 'maybe' as never }),
      correction({ id: 'b2', category: 'magic' as never }),
      correction({ id: 'b3', label: 'claim', category: null }),
      correction({ id: 'b4', at: 'yesterday' }),
      correction({ id: 'b5', url: '' }),
      correction({ id: 'ok' }),
      correction({ id: 'ok', text: 'same id again' }),
    ];
    const read = parseCorrections(bad);
    expect(read.corrections.map((c) => c.id)).toEqual(['ok']);
    expect(read.unreadable).toHaveLength(7);
    expect(read.problems).toEqual([
      'entry 1: not an object',
      'entry 2: no valid label',
      'entry 3: an unknown category',
      'entry 4: a claim without a category',
      'entry 5: no valid date',
      'entry 6: no valid page URL',
      'entry 8: a repeated id',
    ]);
  });

  it('keeps only known fields of a valid entry', () => {
    const read = parseCorrections([{ ...correction(), extra: 'x'.repeat(10) }]);
    expect(read.corrections[0]).toEqual(correction());
  });
});

describe('the export (corpus labels format plus the page URL)', () => {
  it('writes one JSON line per correction, category and stance null for "none"', () => {
    const text = correctionsToJsonl([
      correction(),
      correction({
        id: 'c2',
        text: 'It regrows discs.',
        label: 'claim',
        category: 'mechanism',
        stance: 'promotional',
      }),
    ]);
    expect(text.split('\n')).toEqual([
      '{"url":"https://clinic.example/back-pain?x=1","text":"Stem cell injections cost $5,000.","label":"none","category":null,"stance":null}',
      '{"url":"https://clinic.example/back-pain?x=1","text":"It regrows discs.","label":"claim","category":"mechanism","stance":"promotional"}',
      '',
    ]);
    for (const line of text.trim().split('\n'))
      expect(Object.keys(JSON.parse(line) as object)).toEqual([
        'url',
        'text',
        'label',
        'category',
        'stance',
      ]);
    expect(correctionsToJsonl([])).toBe('');
  });
});

describe('the page index', () => {
  it('lists each page with corrections once, and tells a page apart from its prefixes', () => {
    const pages = correctionPages([
      correction(),
      correction({ id: 'c2' }),
      correction({ id: 'c3', url: 'https://b.example/x' }),
    ]);
    expect(pages).toBe(`\n${URL_A}\nhttps://b.example/x\n`);
    expect(listsPage(pages, URL_A)).toBe(true);
    expect(listsPage(pages, 'https://b.example/')).toBe(false);
    expect(listsPage(pages, 'https://b.example/xy')).toBe(false);
    expect(correctionPages([])).toBe('');
  });
});

describe('correctionsFor (a page)', () => {
  it('gives the dismissed texts and the marked claims of that page only', () => {
    const list = [
      correction({ id: 'a', text: 'Not  This One.' }),
      correction({ id: 'b', text: 'Marked.', label: 'claim', category: 'safety', stance: null }),
      correction({ id: 'c', url: 'https://other.example/', text: 'elsewhere' }),
    ];
    const page = correctionsFor(list, `${URL_A}#frag`);
    expect([...page.dismissed]).toEqual(['not this one.']);
    expect(page.marked).toEqual([{ text: 'Marked.', category: 'safety', stance: null }]);
  });
});

describe('the stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds and reads back corrections (they survive as stored data)', async () => {
    const result = await changeCorrections((list) =>
      addCorrection(
        list,
        { url: URL_A, text: 'A claim.', label: 'none', category: 'cost', stance: 'neutral' },
        'x1',
        AT,
      ),
    );
    expect(result.ok).toBe(true);
    expect((await loadCorrections()).corrections.map((c) => c.text)).toEqual(['A claim.']);
  });

  it('loses nothing stored that it cannot read when it writes', async () => {
    await fakeBrowser.storage.local.set({ corrections: [42, correction({ id: 'good' })] });
    const before = await loadCorrections();
    expect(before.problems).toEqual(['entry 1: not an object']);
    await changeCorrections((list) => ({ ok: true, corrections: removeCorrection(list, 'good') }));
    expect(await correctionsItem.getValue()).toEqual([42]);
  });

  it('writes the page index with the list, in one write', async () => {
    const changes: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((c) => changes.push(Object.keys(c).sort()));
    await changeCorrections((list) =>
      addCorrection(
        list,
        { url: URL_A, text: 'A claim.', label: 'none', category: 'cost', stance: 'neutral' },
        'x1',
        AT,
      ),
    );
    expect(await correctionPagesItem.getValue()).toBe(`\n${URL_A}\n`);
    expect(changes).toEqual([['correctionPages', 'corrections']]);
  });

  it('writes a missing or stale page index, and leaves a current one alone', async () => {
    await syncCorrectionPages([]);
    expect(await fakeBrowser.storage.local.get('correctionPages')).toEqual({ correctionPages: '' });
    const list = [correction(), correction({ id: 'c2', url: 'https://b.example/' })];
    await syncCorrectionPages(list);
    expect(await correctionPagesItem.getValue()).toBe(`\n${URL_A}\nhttps://b.example/\n`);
    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => writes++);
    await syncCorrectionPages(list);
    expect(writes).toBe(0);
  });

  it('writes nothing when a change is refused', async () => {
    await fakeBrowser.storage.local.set({ corrections: [correction()] });
    const result = await changeCorrections(() => ({ ok: false, error: 'no' }));
    expect(result.ok).toBe(false);
    expect((await loadCorrections()).corrections).toEqual([correction()]);
  });
});
