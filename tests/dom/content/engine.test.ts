// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEngine, type Detector, type EngineDeps } from '../../../content/engine';
import type { Claim } from '../../../content/detect/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { MAX_BATCH_CHARS, MAX_BATCH_TEXTS } from '../../../utils/messages';
import { localDetector } from '../../../content/local-detector';
import { createDetector } from '../../../content/detect/core';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { stubHighlightApi } from '../highlight-api';

/** A stand-in for the detector's claims: a sentence is a claim when it names stem cells and the back. */
function fakeClaims(text: string): Claim[] {
  const out: Claim[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim();
    if (!/stem cell/i.test(s) || !/back|disc/i.test(s)) continue;
    const start = m.index + lead;
    out.push({
      start,
      end: start + s.length,
      text: s,
      category: 'efficacy',
      stance: 'promotional',
      cues: [],
      confidence: 1,
    });
  }
  return out;
}

/**
 * A stand-in detector, answering a task later as the background does: `calls` counts the texts
 * detected, `batches` the batches sent.
 */
function fakeDetector(): Detector<{ onTopic: boolean }> & {
  calls: number;
  batches: number;
  largest: number;
} {
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), 0));
  const d = {
    calls: 0,
    batches: 0,
    largest: 0,
    hasTreatmentTerms: (t: string) => /stem cell/i.test(t),
    analyzeContext: (t: string) => later(() => ({ onTopic: /stem cell/i.test(t) })),
    detectClaims(texts: readonly string[], _context?: unknown): Promise<Claim[][]> {
      d.batches++;
      d.largest = Math.max(
        d.largest,
        texts.reduce((n, t) => n + t.length, 0),
      );
      d.calls += texts.length;
      return later(() => texts.map(fakeClaims));
    },
  };
  return d;
}

/**
 * Starts an engine on `document`: the fake detector, default settings, highlights on and reports
 * dropped, unless `patch` says otherwise. Stops when `controller` aborts.
 */
function start(
  patch: Partial<EngineDeps<{ onTopic: boolean }>>,
  controller: AbortController,
): ReturnType<typeof startEngine> {
  return startEngine(
    {
      doc: document,
      detector: fakeDetector(),
      settings: settings(),
      isOn: () => true,
      report: () => undefined,
      ...patch,
    },
    controller.signal,
  );
}

const settings = (patch: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  onFor: [],
  offFor: [],
  hiddenCategories: [],
  ...patch,
});

let registry: Map<string, Set<Range>>;
beforeEach(() => {
  registry = stubHighlightApi();
  // happy-dom has no layout: treat every element as rendered unless it says display:none inline.
  Element.prototype.checkVisibility = function (this: Element) {
    return !(this as HTMLElement).style?.display?.includes('none');
  };
});
afterEach(() => vi.unstubAllGlobals());

function texts(): string[] {
  return [...registry]
    .filter(([name]) => !name.endsWith('focus') && !name.endsWith('flash'))
    .flatMap(([, h]) => [...h].map((r) => r.toString()))
    .sort();
}

async function settle(engine: { idle(): Promise<void> }) {
  await engine.idle();
  await new Promise((r) => setTimeout(r, 700));
  await engine.idle();
}

describe('engine', () => {
  it('highlights claims in their category and reports them', async () => {
    document.body.innerHTML =
      '<p>Stem cell shots fix your <b>back</b> pain. Call us.</p><p>Nice weather today.</p>';
    let reported = 0;
    const controller = new AbortController();
    const engine = start({ report: () => reported++ }, controller);
    const before = reported;
    await engine.idle();
    expect(texts()).toEqual(['Stem cell shots fix your back pain.']);
    expect([...registry.keys()]).toEqual(['claim-context-efficacy']);
    // The engine says its claims changed; the report is read when it is sent.
    expect(reported).toBeGreaterThan(before);
    expect(engine.frameReport().claims.map((c) => c.text)).toEqual([
      'Stem cell shots fix your back pain.',
    ]);
    expect(engine.frameReport().total).toBe(1);
    controller.abort();
    expect(registry.size).toBe(0);
  });

  it('reports when its first reading is done, not before it (no "no claims" just ahead of them)', async () => {
    for (const [html, total] of [
      ['<p>Stem cell shots fix your back pain.</p>', 1],
      ['<p>Stretch your back every morning.</p>', 0],
    ] as const) {
      document.body.innerHTML = html;
      const totals: number[] = [];
      const controller = new AbortController();
      const engine: ReturnType<typeof startEngine> = start(
        { report: () => totals.push(engine.frameReport().total) },
        controller,
      );
      expect(totals, html).toEqual([]);
      await engine.idle();
      expect(totals, html).toEqual([total]);
      controller.abort();
    }
  });

  it('does not run the detector on a page without treatment terms', async () => {
    document.body.innerHTML = '<p>Stretch your back every morning.</p>'.repeat(50);
    const detector = fakeDetector();
    const controller = new AbortController();
    const engine = start({ detector }, controller);
    await engine.idle();
    expect(detector.calls).toBe(0);
    expect(registry.size).toBe(0);
    controller.abort();
  });

  it('skips its page gate where the gate stage found the therapy named (and only there)', async () => {
    document.body.innerHTML = '<p>Stem cell shots fix your back pain.</p>';
    for (const named of [true, false]) {
      const detector = fakeDetector();
      const gated: string[] = [];
      const hasTreatmentTerms = (text: string) => {
        gated.push(text);
        return detector.hasTreatmentTerms(text);
      };
      const controller = new AbortController();
      const engine = start({ detector: { ...detector, hasTreatmentTerms }, named }, controller);
      await engine.idle();
      expect(texts()).toEqual(['Stem cell shots fix your back pain.']);
      // The gate's one reading of the page is all that asks here (the page's opening goes into
      // the context sample unasked).
      expect(gated, `named: ${named}`).toEqual(
        named ? [] : ['Stem cell shots fix your back pain.'],
      );
      controller.abort();
    }
  });

  it('asks the detector to prepare only on a page with terms, before the page context', async () => {
    const log: string[] = [];
    const logged = (base: ReturnType<typeof fakeDetector>) => ({
      ...base,
      prepare: () => void log.push('prepare'),
      analyzeContext: (t: string) => (log.push('context'), base.analyzeContext(t)),
      detectClaims: (t: readonly string[], c: { onTopic: boolean }) => (
        log.push('detect'),
        base.detectClaims(t, c)
      ),
    });
    document.body.innerHTML = '<p>Stretch your back every morning.</p>';
    const controller = new AbortController();
    let engine = start({ detector: logged(fakeDetector()) }, controller);
    await engine.idle();
    expect(log).toEqual([]);
    controller.abort();

    document.body.innerHTML = '<p>Stem cell shots fix your back pain.</p><p>Call us.</p>';
    const second = new AbortController();
    engine = start({ detector: logged(fakeDetector()) }, second);
    await engine.idle();
    expect(log).toEqual(['prepare', 'context', 'detect']);
    expect(texts()).toEqual(['Stem cell shots fix your back pain.']);
    second.abort();
  });

  it("sends a feed page's passages in a few bounded batches, one at a time", async () => {
    document.body.innerHTML = Array.from(
      { length: 1100 },
      (_, i) => `<p>Post ${i}: stem cell shots mend the back.</p>`,
    ).join('');
    const detector = fakeDetector();
    let inFlight = 0;
    let mostInFlight = 0;
    const sequential = {
      ...detector,
      detectClaims: async (t: readonly string[], c: { onTopic: boolean }) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        try {
          return await detector.detectClaims(t, c);
        } finally {
          inFlight--;
        }
      },
    };
    const controller = new AbortController();
    const engine = start({ detector: sequential }, controller);
    await engine.idle();
    expect(texts()).toHaveLength(1100);
    expect(detector.calls).toBe(1100);
    expect(detector.batches).toBeLessThanOrEqual(Math.ceil(1100 / MAX_BATCH_TEXTS) + 4);
    expect(detector.largest).toBeLessThanOrEqual(MAX_BATCH_CHARS);
    expect(mostInFlight).toBe(1);
    controller.abort();
  });

  it("paints a long page's first claims before its last batch is detected", async () => {
    document.body.innerHTML = Array.from(
      { length: MAX_BATCH_TEXTS + 10 },
      (_, i) => `<p>Post ${i}: stem cell shots mend the back.</p>`,
    ).join('');
    const detector = fakeDetector();
    const paintedBefore: number[] = [];
    const sizes: number[] = [];
    const watching = {
      ...detector,
      detectClaims: (t: readonly string[], c: { onTopic: boolean }) => {
        paintedBefore.push(texts().length);
        sizes.push(t.length);
        return detector.detectClaims(t, c);
      },
    };
    const controller = new AbortController();
    const engine = start({ detector: watching }, controller);
    await engine.idle();
    // The first batch's claims are painted before the second batch is sent, and only once.
    expect(paintedBefore.length).toBeGreaterThanOrEqual(2);
    expect(paintedBefore.slice(0, 2)).toEqual([0, sizes[0]]);
    expect(new Set(paintedBefore.slice(1))).toEqual(new Set([sizes[0]]));
    expect(texts()).toHaveLength(MAX_BATCH_TEXTS + 10);
    expect(engine.frameReport().claims[0]?.text).toBe('Post 0: stem cell shots mend the back.');
    controller.abort();
  });

  it('starts a fresh reading with a small batch and doubles it until the first claims are painted', async () => {
    // 30 claim-free passages of about 400 characters, then claims: the first batches grow from
    // about 2 KB while nothing has been painted, and go to full size once something has.
    const filler = 'A paragraph about the weather and the garden in spring. '.repeat(7);
    document.body.innerHTML =
      '<p>Stem cell clinics are the subject here.</p>' +
      Array.from({ length: 30 }, (_, i) => `<p>${i} ${filler}</p>`).join('') +
      Array.from(
        { length: 400 },
        (_, i) => `<p>Post ${i}: stem cell shots mend the back.</p>`,
      ).join('');
    const detector = fakeDetector();
    const chars: number[] = [];
    const painted: number[] = [];
    const watching = {
      ...detector,
      detectClaims: (t: readonly string[], c: { onTopic: boolean }) => {
        chars.push(t.reduce((n, x) => n + x.length, 0));
        painted.push(texts().length);
        return detector.detectClaims(t, c);
      },
    };
    const controller = new AbortController();
    const engine = start({ detector: watching }, controller);
    await engine.idle();
    expect(chars[0]).toBeLessThanOrEqual(2048);
    expect(chars[1]).toBeGreaterThan(2048);
    expect(chars[1]).toBeLessThanOrEqual(4096);
    // Once the first claims are painted, the next batch may be full size.
    const afterPaint = painted.findIndex((n) => n > 0);
    expect(afterPaint).toBeGreaterThan(0);
    expect(Math.max(...chars.slice(afterPaint))).toBeGreaterThan(8192);
    expect(texts()).toHaveLength(400);
    controller.abort();
  });

  it('sends again the texts a reply left out', async () => {
    document.body.innerHTML = Array.from(
      { length: 10 },
      (_, i) => `<p>Stem cell shot ${i} mends the back.</p>`,
    ).join('');
    const detector = fakeDetector();
    const sizes: number[] = [];
    const twoAtATime = {
      ...detector,
      detectClaims: async (t: readonly string[], c: { onTopic: boolean }) => {
        sizes.push(t.length);
        return (await detector.detectClaims(t.slice(0, 2), c)).slice(0, 2);
      },
    };
    const controller = new AbortController();
    const engine = start({ detector: twoAtATime }, controller);
    await engine.idle();
    expect(sizes).toEqual([10, 8, 6, 4, 2]);
    expect(texts()).toHaveLength(10);
    controller.abort();
  });

  it('highlights what the real detector finds, through the batch protocol (local detector)', async () => {
    const passages = [
      'Stem cells for back pain',
      'Stem cell injections regenerate damaged discs and end back pain for good. Our clinic is open on Saturdays.',
    ];
    document.body.innerHTML = `<h1>${passages[0]}</h1><p>${passages[1]}</p>`;
    const core = createDetector(STEM_CELL_BACK_PAIN);
    const context = core.analyzeContext(`\n${passages.join('\n')}`);
    const expected = passages.flatMap((p) =>
      core.detectClaims(p, context).map((c) => ({ text: c.text, category: c.category })),
    );
    expect(expected.length).toBeGreaterThan(0);
    const controller = new AbortController();
    const engine = start({ detector: localDetector(core) as never }, controller);
    await engine.idle();
    expect(
      engine.frameReport().claims.map((c) => ({ text: c.text, category: c.category })),
    ).toEqual(expected);
    controller.abort();
  });

  it('clears highlights when switched off, still lists the claims, and repaints when on', async () => {
    document.body.innerHTML = '<p>Stem cell therapy heals the disc.</p>';
    const controller = new AbortController();
    let on = true;
    const engine = start({ isOn: () => on }, controller);
    await engine.idle();
    expect(texts()).toHaveLength(1);
    on = false;
    engine.applySettings(settings({ onByDefault: false }));
    expect(texts()).toEqual([]);
    expect(engine.frameReport()).toMatchObject({
      highlightsOn: false,
      claims: [{ text: 'Stem cell therapy heals the disc.' }],
    });
    expect(engine.step(1)).toBe(false);
    on = true;
    engine.applySettings(settings());
    await engine.idle();
    expect(texts()).toEqual(['Stem cell therapy heals the disc.']);
    controller.abort();
  });

  it('shows only the categories not hidden, in the chosen style', async () => {
    document.body.innerHTML = '<p>Stem cell therapy heals the disc.</p>';
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    engine.applySettings(settings({ highlightStyle: 'underline' }));
    expect([...registry.keys()]).toEqual(['claim-context-line-efficacy']);
    engine.applySettings(settings({ hiddenCategories: ['efficacy'] }));
    expect(registry.size).toBe(0);
    expect(engine.frameReport().claims).toHaveLength(1);
    controller.abort();
  });

  it('re-reads only changed blocks, adds new claims and drops removed ones', async () => {
    document.body.innerHTML =
      '<p id="a">Stem cell therapy heals the disc.</p><div id="feed"></div>';
    const detector = fakeDetector();
    const controller = new AbortController();
    const engine = start({ detector }, controller);
    await engine.idle();
    const before = detector.calls;
    const p = document.createElement('p');
    p.textContent = 'Stem cell injections rebuild your back.';
    document.getElementById('feed')!.appendChild(p);
    await settle(engine);
    expect(texts()).toEqual([
      'Stem cell injections rebuild your back.',
      'Stem cell therapy heals the disc.',
    ]);
    expect(detector.calls - before).toBe(1);
    document.getElementById('a')!.remove();
    await settle(engine);
    expect(texts()).toEqual(['Stem cell injections rebuild your back.']);
    controller.abort();
  });

  it('reads an appended paragraph alone: the claims before it are not detected again', async () => {
    document.body.innerHTML = `<div id="feed">${'<p>Stem cell shots heal the back.</p>'.repeat(30)}</div>`;
    const detector = fakeDetector();
    const controller = new AbortController();
    const engine = start({ detector }, controller);
    await engine.idle();
    expect(texts()).toHaveLength(30);
    const before = detector.calls;
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Stem cell post ${i} helps the disc.`;
      document.getElementById('feed')!.append(p);
    }
    await settle(engine);
    expect(texts()).toHaveLength(33);
    expect(detector.calls - before).toBe(3);
    // In document order for the list and the keyboard, the new ones last.
    expect(
      engine
        .frameReport()
        .claims.slice(-3)
        .map((c) => c.text),
    ).toEqual([
      'Stem cell post 0 helps the disc.',
      'Stem cell post 1 helps the disc.',
      'Stem cell post 2 helps the disc.',
    ]);
    // A paragraph put first is listed first.
    const top = document.createElement('p');
    top.textContent = 'Stem cell news for the back.';
    document.getElementById('feed')!.prepend(top);
    await settle(engine);
    expect(engine.frameReport().claims[0]?.text).toBe('Stem cell news for the back.');
    expect(engine.frameReport().total).toBe(34);
    controller.abort();
  });

  it('never reads text typed into an editor, nor a region made editable later', async () => {
    document.body.innerHTML =
      '<p id="a">Stem cell therapy heals the disc.</p><div id="ed" contenteditable="true"><p id="in">Draft</p></div><div id="later"><p>Stem cell shots mend the back.</p></div>';
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    expect(texts()).toEqual([
      'Stem cell shots mend the back.',
      'Stem cell therapy heals the disc.',
    ]);
    // Typing into a paragraph inside the editor re-reads that paragraph only: nothing found.
    document.getElementById('in')!.textContent = 'Draft: stem cell shots cure the back.';
    await settle(engine);
    expect(texts()).toEqual([
      'Stem cell shots mend the back.',
      'Stem cell therapy heals the disc.',
    ]);
    document.getElementById('later')!.setAttribute('contenteditable', '');
    await settle(engine);
    expect(texts()).toEqual(['Stem cell therapy heals the disc.']);
    document.getElementById('later')!.removeAttribute('contenteditable');
    await settle(engine);
    expect(texts()).toEqual([
      'Stem cell shots mend the back.',
      'Stem cell therapy heals the disc.',
    ]);
    controller.abort();
  });

  it('drops every highlight while designMode is on and reads the page again after', async () => {
    document.body.innerHTML = '<p>Stem cell therapy heals the disc.</p>';
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    expect(texts()).toEqual(['Stem cell therapy heals the disc.']);
    document.designMode = 'on';
    await new Promise((r) => setTimeout(r, 1100));
    await engine.idle();
    expect(texts()).toEqual([]);
    expect(engine.frameReport().total).toBe(0);
    document.designMode = 'off';
    await new Promise((r) => setTimeout(r, 1100));
    await engine.idle();
    expect(texts()).toEqual(['Stem cell therapy heals the disc.']);
    controller.abort();
  });

  it('finds a claim after a passage longer than the context sample', async () => {
    document.body.innerHTML = `<div>${'plain words here '.repeat(8000)}</div><p>Stem cell shots heal the disc.</p>`;
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    expect(texts()).toEqual(['Stem cell shots heal the disc.']);
    controller.abort();
  });

  it('skips claims in hidden text', async () => {
    document.body.innerHTML = '<p style="display:none">Stem cell therapy heals the disc.</p>';
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    expect(texts()).toEqual([]);
    controller.abort();
  });

  it('steps through claims in document order and reveals one by id', async () => {
    document.body.innerHTML =
      '<p>Stem cell one helps the back.</p><p>Stem cell two helps the disc.</p>';
    const shown: string[] = [];
    const controller = new AbortController();
    const engine = start(
      {
        cards: {
          show: (r) => shown.push(r.claim.text),
          hide: () => undefined,
          contains: () => false,
        },
      },
      controller,
    );
    await engine.idle();
    expect(engine.step(1)).toBe(true);
    expect(engine.step(1)).toBe(true);
    expect(engine.step(1)).toBe(true);
    expect(engine.step(-1)).toBe(true);
    expect(shown).toEqual([
      'Stem cell one helps the back.',
      'Stem cell two helps the disc.',
      'Stem cell one helps the back.',
      'Stem cell two helps the disc.',
    ]);
    const [first] = engine.frameReport().claims;
    expect(engine.reveal(first!.id)).toBe(true);
    expect([...registry.get('claim-context-flash')!].map(String)).toEqual([
      'Stem cell one helps the back.',
    ]);
    expect(engine.reveal(9999)).toBe(false);
    controller.abort();
  });
});

/** Our highlight rules in the document: adopted sheets and style elements holding `::highlight(`. */
function ourStyles(): number {
  const adopted = document.adoptedStyleSheets.filter((sh) =>
    [...sh.cssRules].some((r) => r.cssText.includes('claim-context')),
  ).length;
  const elements = [...document.querySelectorAll('style')].filter((el) =>
    el.textContent?.includes('claim-context'),
  ).length;
  return adopted + elements;
}

describe('engine and the page it leaves alone (issue 14)', () => {
  it('on a page without treatment terms: no DOM mutation, no stylesheet, no highlight', async () => {
    document.body.innerHTML = '<p>Five stretches for a stiff lower back.</p><p>Rest a day.</p>';
    // Not even the highlight registry is looked at (Blink makes it on first access).
    let registryReads = 0;
    vi.stubGlobal('CSS', {
      get highlights() {
        registryReads++;
        return registry;
      },
    });
    const html = document.documentElement.outerHTML;
    let mutations = 0;
    const observer = new MutationObserver((r) => (mutations += r.length));
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const adoptedBefore = document.adoptedStyleSheets.length;
    const controller = new AbortController();
    const engine = start({}, controller);
    await settle(engine);
    await new Promise((r) => setTimeout(r));
    observer.disconnect();
    expect(mutations).toBe(0);
    expect(document.documentElement.outerHTML).toBe(html);
    expect(document.adoptedStyleSheets.length).toBe(adoptedBefore);
    expect(registry.size).toBe(0);
    controller.abort();
    expect(registryReads).toBe(0);
  });

  it('adopts the highlight stylesheet with the first claim painted, and gives it back when stopped', async () => {
    document.body.innerHTML = '<p>Stem cell shots fix your back pain.</p>';
    expect(ourStyles()).toBe(0);
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    expect(texts()).toEqual(['Stem cell shots fix your back pain.']);
    expect(ourStyles()).toBe(1);
    controller.abort();
    expect(ourStyles()).toBe(0);
  });

  it('adopts the stylesheet a frame before it registers the ranges (two renders, not one long one)', async () => {
    document.body.innerHTML = '<p>Stem cell shots fix your back pain.</p>';
    // What the page holds of ours each time the engine waits for a frame.
    const atFrames: { styles: number; ranges: number }[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      atFrames.push({ styles: ourStyles(), ranges: texts().length });
      return setTimeout(() => cb(performance.now()), 0) as unknown as number;
    });
    const controller = new AbortController();
    try {
      const engine = start({}, controller);
      await engine.idle();
      expect(texts()).toEqual(['Stem cell shots fix your back pain.']);
      // The frame before the paint renders our styles alone; the ranges come after it.
      expect(atFrames).toContainEqual({ styles: 1, ranges: 0 });
    } finally {
      controller.abort();
    }
  });

  it('adopts no stylesheet while highlights are off, though it finds the claims', async () => {
    document.body.innerHTML = '<p>Stem cell shots fix your back pain.</p>';
    const controller = new AbortController();
    const engine = start({ isOn: () => false }, controller);
    await settle(engine);
    expect(engine.frameReport().total).toBe(1);
    expect(ourStyles()).toBe(0);
    expect(texts()).toEqual([]);
    controller.abort();
  });
});

describe('engine without the Highlight API (fallback marks)', () => {
  it('wraps claims in marks and restores the exact DOM when stopped', async () => {
    vi.stubGlobal('CSS', {});
    document.body.innerHTML = '<p>Intro. <b>Stem cell</b> therapy heals the disc. Outro.</p>';
    const before = document.body.innerHTML;
    const controller = new AbortController();
    const engine = start({}, controller);
    await engine.idle();
    const marks = [...document.querySelectorAll('claim-context-mark')].map((m) => m.textContent);
    expect(marks.join('')).toBe('Stem cell therapy heals the disc.');
    // The marks' colours come with the first mark, and go when stopped.
    expect(ourStyles()).toBe(1);
    await settle(engine);
    expect(document.querySelectorAll('claim-context-mark')).toHaveLength(marks.length);
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
    expect(ourStyles()).toBe(0);
  });
});

describe('engine and a page that registered highlights under our names', () => {
  beforeEach(() => {
    registry = stubHighlightApi();
  });

  it('drops them before its first paint, and leaves them alone on a page it does not paint', async () => {
    document.body.innerHTML = '<p>Call today to book.</p>';
    const spoof = () => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      registry.set('claim-context-flash', new Set([range]));
      registry.set('claim-context-line-safety', new Set([range]));
    };
    spoof();
    let controller = new AbortController();
    let engine = start({}, controller);
    await engine.idle();
    expect([...registry.keys()].sort()).toEqual([
      'claim-context-flash',
      'claim-context-line-safety',
    ]);
    controller.abort();
    document.body.innerHTML = '<p>Call today to book.</p><p>Stem cell therapy heals the disc.</p>';
    spoof();
    controller = new AbortController();
    engine = start({}, controller);
    await engine.idle();
    expect([...registry.keys()]).toEqual(['claim-context-efficacy']);
    expect(texts()).toEqual(['Stem cell therapy heals the disc.']);
    controller.abort();
  });
});
