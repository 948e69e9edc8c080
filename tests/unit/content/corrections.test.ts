import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MARKED_CUE,
  correctClaims,
  correctedDetector,
  effectOf,
  correctionActions,
  FrameCorrections,
} from '../../../content/corrections';
import type { Detector } from '../../../content/engine';
import type { Claim } from '../../../content/detect/types';
import { createDetectionService } from '../../../utils/detection-service';
import { checkText } from '../../../utils/check-text';
import { correctionHandlers } from '../../../utils/correction-handlers';
import { loadCorrections } from '../../../utils/corrections-store';
import { TO_BACKGROUND, TO_CONTENT } from '../../../utils/messages';
import type { PageCorrections } from '../../../utils/corrections';
import { cardLabels, verdictLabels } from '../../../components/card/card-labels';
import { core } from '../detect/detector';

const claim = (text: string, start: number, over: Partial<Claim> = {}): Claim => ({
  start,
  end: start + text.length,
  text,
  category: 'efficacy',
  stance: 'promotional',
  cues: ['x'],
  confidence: 0.8,
  ...over,
});
const page = (dismissed: string[] = [], marked: PageCorrections['marked'] = []) => ({
  dismissed: new Set(dismissed),
  marked,
});

describe("correctClaims (a page's corrections on one text)", () => {
  const TEXT = 'Stem cells  cured me. Call us today for a price of $5,000.';

  it('drops a claim the reader dismissed, whatever its case and spacing', () => {
    const found = [claim('Stem cells  cured me.', 0)];
    expect(correctClaims(TEXT, found, page(['stem cells cured me.']))).toEqual([]);
    expect(correctClaims(TEXT, found, page(['something else']))).toEqual(found);
  });

  it('finds a marked claim across case and white space, with the category chosen', () => {
    const marked = correctClaims(
      TEXT,
      [],
      page([], [{ text: 'call US today for a price', category: 'cost', stance: null }]),
    );
    expect(marked).toEqual([
      {
        start: 22,
        end: 47,
        text: 'Call us today for a price',
        category: 'cost',
        stance: 'neutral',
        cues: [MARKED_CUE],
        confidence: 1,
      },
    ]);
  });

  it('lets a marked claim replace a detector claim it overlaps, in text order', () => {
    const found = [claim('Stem cells  cured me.', 0), claim('Call us today', 22)];
    const result = correctClaims(
      TEXT,
      found,
      page(
        [],
        [{ text: 'Call us today for a price of $5,000.', category: 'cost', stance: 'neutral' }],
      ),
    );
    expect(result.map((c) => [c.text, c.category])).toEqual([
      ['Stem cells  cured me.', 'efficacy'],
      ['Call us today for a price of $5,000.', 'cost'],
    ]);
  });

  it('treats a marked text with RegExp characters literally', () => {
    expect(
      correctClaims('a (b) c', [], page([], [{ text: '(b)', category: 'cost', stance: null }])),
    ).toHaveLength(1);
    expect(
      correctClaims('a b c', [], page([], [{ text: '.*', category: 'cost', stance: null }])),
    ).toEqual([]);
  });
});

describe('correctedDetector', () => {
  const inner: Detector<null> = {
    hasTreatmentTerms: (t) => t.includes('stem cell'),
    analyzeContext: async () => null,
    detectClaims: async (texts) =>
      texts.map((t) => (t.startsWith('stem cell') ? [claim(t, 0)] : [])),
  };

  it('passes everything through when the page has no corrections', async () => {
    const d = correctedDetector(inner, () => page());
    expect(d.hasTreatmentTerms('nothing here')).toBe(false);
    expect(await d.detectClaims(['stem cell works', 'other'], null)).toEqual([
      [claim('stem cell works', 0)],
      [],
    ]);
  });

  it('leaves out dismissed claims and passes the gate on a page with a marked claim', async () => {
    const d = correctedDetector(inner, () =>
      page(['stem cell works'], [{ text: 'other', category: 'safety', stance: null }]),
    );
    expect(d.hasTreatmentTerms('nothing here')).toBe(true);
    const answers = await d.detectClaims(['stem cell works', 'other'], null);
    expect(answers[0]).toEqual([]);
    expect(answers[1]?.map((c) => [c.text, c.category])).toEqual([['other', 'safety']]);
  });
});

describe("effectOf (what a change of the page's corrections needs)", () => {
  it('drops claims when only dismissals were added; reads again on a mark or an undo', () => {
    expect(effectOf(page(), page(['a']))).toBe('drop');
    expect(effectOf(page(['a']), page())).toBe('reread');
    expect(effectOf(page(), page([], [{ text: 'm', category: 'cost', stance: null }]))).toBe(
      'reread',
    );
    expect(effectOf(page(['a']), page(['a']))).toBe('none');
  });
});

describe('FrameCorrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the stored list, validated, and gives each page its share', async () => {
    await fakeBrowser.storage.local.set({
      corrections: [
        'garbage',
        {
          id: 'a',
          url: 'https://a.example/p',
          text: 'Not this.',
          label: 'none',
          category: null,
          stance: null,
          at: '2026-12-05T00:00:00Z',
        },
      ],
    });
    const frame = new FrameCorrections();
    await frame.load('https://a.example/p');
    expect([...frame.for('https://a.example/p').dismissed]).toEqual(['not this.']);
    expect(frame.for('https://b.example/').dismissed.size).toBe(0);
  });

  const dismissal = (id: string, url: string, text: string) => ({
    id,
    url,
    text,
    label: 'none',
    category: null,
    stance: null,
    at: '2026-12-05T00:00:00Z',
  });
  const B = 'https://b.example/';
  const A = 'https://a.example/p';

  it('reads only the page index before the gate when the index does not name the page', async () => {
    await fakeBrowser.storage.local.set({
      corrections: [dismissal('b', B, 'Not that.')],
      correctionPages: `\n${B}\n`,
    });
    const frame = new FrameCorrections();
    await frame.load(`${A}#top`);
    expect(frame.listRead).toBe(false);
    expect(frame.for(A).dismissed.size).toBe(0);
    // A change for another page is not read either.
    frame.change(
      {
        corrections: { newValue: [dismissal('b', B, 'Not that.'), dismissal('c', B, 'Nor this.')] },
      },
      A,
    );
    expect(frame.listRead).toBe(false);
  });

  it('reads the list when the index names the page, and follows a change naming it at once', async () => {
    await fakeBrowser.storage.local.set({ correctionPages: `\n${B}\n` });
    const frame = new FrameCorrections();
    await frame.load(A);
    const { before, after } = frame.change(
      {
        corrections: { newValue: [dismissal('a', A, 'Not this.')] },
        correctionPages: { newValue: `\n${A}\n` },
      },
      A,
    );
    expect(before.dismissed.size).toBe(0);
    expect([...after.dismissed]).toEqual(['not this.']);
    expect(frame.listRead).toBe(true);
  });

  it('reads the list later for a page the index comes to name (a route change), and says so', async () => {
    await fakeBrowser.storage.local.set({
      corrections: [dismissal('b', B, 'Not that.')],
      correctionPages: `\n${B}\n`,
    });
    const frame = new FrameCorrections();
    const loaded = new Promise<void>((resolve) => (frame.onLoaded = resolve));
    await frame.load(A);
    expect(frame.for(B).dismissed.size).toBe(0);
    await loaded;
    expect([...frame.for(B).dismissed]).toEqual(['not that.']);
  });
});

describe('checkText ("Check this text" in the background)', () => {
  const service = createDetectionService(core);
  const content = ({ category }: { category: 'cost' | 'efficacy' | string }) => ({
    text: 'summary',
    sourceTitle: 's',
    sourceUrl: 'https://example.org/',
    facets: [],
    labels: cardLabels(category as 'cost'),
  });

  it('gives the first claim of a selected sentence, with its card content', () => {
    const verdict = checkText(
      '  Stem cell injections regenerate damaged discs and end back pain for good. ',
      service,
      content as never,
      verdictLabels(),
    );
    expect(verdict.text).toBe(
      'Stem cell injections regenerate damaged discs and end back pain for good.',
    );
    expect(verdict.claim).toMatchObject({ text: verdict.text, stance: 'promotional' });
    expect(verdict.claim?.content.text).toBe('summary');
  });

  it('says there is no claim in text about something else, or in no text', () => {
    expect(
      checkText('Our clinic is open on Saturdays.', service, content as never, verdictLabels())
        .claim,
    ).toBeNull();
    expect(checkText('   ', service, content as never, verdictLabels())).toMatchObject({
      text: '',
      claim: null,
    });
  });
});

describe('the addCorrection handler (background)', () => {
  beforeEach(() => fakeBrowser.reset());
  const ORIGIN = 'chrome-extension://abc/';
  const handlers = correctionHandlers(
    ORIGIN,
    () => 'id-1',
    () => new Date('2026-12-05T00:00:00Z'),
  );
  const request = {
    text: 'Stem cells regrow discs.',
    label: 'none' as const,
    category: 'mechanism' as const,
    stance: 'promotional' as const,
  };

  it("records it for the sender's page, without its fragment", async () => {
    const reply = await handlers.addCorrection!(request, {
      tabId: 3,
      frameId: 0,
      url: 'https://clinic.example/a#b',
    });
    expect(reply).toEqual({ ok: true, value: null });
    expect((await loadCorrections()).corrections).toEqual([
      {
        id: 'id-1',
        url: 'https://clinic.example/a',
        text: request.text,
        label: 'none',
        category: 'mechanism',
        stance: 'promotional',
        at: '2026-12-05T00:00:00.000Z',
      },
    ]);
  });

  it('refuses a sender that is not a page in a tab', async () => {
    expect(
      await handlers.addCorrection!(request, { url: 'https://clinic.example/' }),
    ).toMatchObject({ ok: false });
    expect(
      await handlers.addCorrection!(request, { tabId: 1, url: `${ORIGIN}popup.html` }),
    ).toMatchObject({ ok: false });
    expect(await handlers.addCorrection!(request, { tabId: 1 })).toMatchObject({ ok: false });
    expect((await loadCorrections()).corrections).toEqual([]);
  });
});

describe('the messages of issue 15', () => {
  it('accept a well-formed correction and refuse malformed ones', () => {
    const valid = TO_BACKGROUND.addCorrection;
    expect(valid({ text: 'a', label: 'none', category: null, stance: null })).toBe(true);
    expect(valid({ text: 'a', label: 'claim', category: 'cost', stance: null })).toBe(true);
    for (const bad of [
      null,
      { text: '', label: 'none', category: null, stance: null },
      { text: 'a', label: 'claim', category: null, stance: null },
      { text: 'a', label: 'maybe', category: null, stance: null },
      { text: 'a', label: 'none', category: 'magic', stance: null },
      { text: 'a'.repeat(2001), label: 'none', category: null, stance: null },
      { text: 'a', label: 'none', category: null, stance: 'loud' },
    ])
      expect(valid(bad), JSON.stringify(bad)?.slice(0, 80)).toBe(false);
  });

  it('accept a verdict with or without a claim, and nothing else', () => {
    const valid = TO_CONTENT.showVerdict;
    expect(valid({ text: 't', claim: null, labels: {} })).toBe(true);
    expect(
      valid({
        text: 't',
        claim: { text: 't', category: 'cost', stance: 'neutral', content: {} },
        labels: {},
      }),
    ).toBe(true);
    expect(
      valid({
        text: 't',
        claim: { text: 't', category: 'x', stance: 'neutral', content: {} },
        labels: {},
      }),
    ).toBe(false);
    expect(valid({ text: 5, claim: null, labels: {} })).toBe(false);
    expect(TO_CONTENT.getSelectedText(null)).toBe(true);
    expect(TO_CONTENT.getSelectedText({})).toBe(false);
  });
});

describe("correctionActions (what the card's buttons do in the page)", () => {
  it('"Not a claim" drops the claim\'s highlights at once and sends a "none" correction', async () => {
    const dropped: boolean[] = [];
    const engine = {
      dropClaims: (test: (c: Claim) => boolean) => {
        dropped.push(test(claim('STEM cells  work.', 0)), test(claim('other', 0)));
        return 1;
      },
      reread: vi.fn(),
    };
    const send = vi.fn().mockResolvedValue({ ok: true, value: null });
    const actions = correctionActions(() => engine, send);
    expect(await actions.notClaim(claim('Stem cells work.', 3, { category: 'safety' }))).toEqual({
      ok: true,
      value: null,
    });
    expect(dropped).toEqual([true, false]);
    expect(send).toHaveBeenCalledWith({
      text: 'Stem cells work.',
      label: 'none',
      category: 'safety',
      stance: 'promotional',
    });
  });

  it('"Mark as a claim" sends a "claim" correction; a failed send is an error reply', async () => {
    const send = vi.fn().mockRejectedValue(new Error('gone'));
    const actions = correctionActions(() => ({ dropClaims: () => 0, reread: vi.fn() }), send);
    expect(await actions.markClaim('x'.repeat(3000), 'cost', null)).toEqual({
      ok: false,
      error: 'no answer',
    });
    expect(send.mock.calls[0]![0]).toMatchObject({
      label: 'claim',
      category: 'cost',
      stance: null,
    });
    expect((send.mock.calls[0]![0] as { text: string }).text).toHaveLength(2000);
  });
});
