// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '../../../content/highlight/layer';
import { DEFER_FROM, IDLE_CHUNK } from '../../../content/highlight/visible-first';
import { startEngine, type Detector } from '../../../content/engine';
import type { Claim } from '../../../content/detect/types';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { stubHighlightApi } from '../highlight-api';
import { claimOver } from '../found';

// happy-dom has no layout: a paragraph's `data-top` is where its text sits in the page (px), the
// viewport is window.innerHeight tall, and idle callbacks run when the test says.
let registry: Map<string, Set<Range>>;
let idleQueue: Array<() => void>;
const realRect = Range.prototype.getBoundingClientRect;

beforeEach(() => {
  registry = stubHighlightApi();
  idleQueue = [];
  Range.prototype.getBoundingClientRect = function (this: Range) {
    const el = this.startContainer.parentElement;
    const top = Number(el?.dataset.top ?? 0) - window.scrollY;
    return { top, bottom: top + 20, left: 0, right: 100, height: 20, width: 100 } as DOMRect;
  };
  Element.prototype.checkVisibility = () => true;
  Object.assign(window, {
    requestIdleCallback: (cb: () => void) => idleQueue.push(cb),
    cancelIdleCallback: (id: number) => {
      idleQueue[id - 1] = () => undefined;
    },
  });
});
afterEach(() => {
  Range.prototype.getBoundingClientRect = realRect;
  vi.unstubAllGlobals();
});

/** `n` paragraphs 100 px apart, each one claim; returns a Range over each. */
function page(n: number): Range[] {
  document.body.innerHTML = Array.from(
    { length: n },
    (_, i) => `<p data-top="${i * 100}">Stem cells cured my back, claim ${i}.</p>`,
  ).join('');
  return [...document.querySelectorAll('p')].map((p) => {
    const r = document.createRange();
    r.selectNodeContents(p.firstChild as Text);
    return r;
  });
}

function registered(): Set<Range> {
  return new Set([...registry.values()].flatMap((h) => [...h]));
}

/** Lets a frame render, then runs the idle callbacks queued (the painter waits for a frame). */
async function runIdle(): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const queued = idleQueue.splice(0);
  for (const cb of queued) cb();
}

/** Within one viewport height of the viewport: top ≤ 2 × innerHeight (px) at scroll 0. */
const nearCount = (n: number) => Math.min(n, Math.floor((2 * window.innerHeight) / 100) + 1);

describe('painting the viewport first', () => {
  it('registers a paint of fewer than DEFER_FROM ranges in one change, with no idle work', () => {
    const ranges = page(DEFER_FROM - 1);
    createPainter(window).addMany(ranges.map((range) => ({ range, category: 'efficacy' })));
    expect(registered()).toEqual(new Set(ranges));
    expect(idleQueue).toHaveLength(0);
  });

  it('registers the ranges near the viewport at once and the rest in idle slices, all in the end', async () => {
    const ranges = page(IDLE_CHUNK + 100);
    expect(IDLE_CHUNK).toBeGreaterThanOrEqual(DEFER_FROM);
    const painter = createPainter(window);
    painter.addMany(ranges.map((range) => ({ range, category: 'efficacy' })));
    const near = nearCount(ranges.length);
    expect(registered()).toEqual(new Set(ranges.slice(0, near)));
    // Idle time is asked for only after a rendered frame.
    expect(idleQueue).toHaveLength(0);
    await runIdle();
    expect(registered().size).toBe(near + IDLE_CHUNK);
    await runIdle();
    expect(registered()).toEqual(new Set(ranges));
    expect(idleQueue).toHaveLength(0);
  });

  it('registers waiting ranges a scroll brings near before idle time', async () => {
    const ranges = page(DEFER_FROM + 200);
    const painter = createPainter(window);
    painter.addMany(ranges.map((range) => ({ range, category: 'efficacy' })));
    const far = ranges[DEFER_FROM + 150]!;
    expect(registered().has(far)).toBe(false);
    Object.assign(window, { scrollY: (DEFER_FROM + 150) * 100 });
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(r));
    expect(registered().has(far)).toBe(true);
    expect(registered().has(ranges[DEFER_FROM]!)).toBe(false);
    Object.assign(window, { scrollY: 0 });
    await runIdle();
    expect(registered()).toEqual(new Set(ranges));
  });

  it('registers a waiting range on demand (reveal, stepping), and forgets a deleted one', async () => {
    const ranges = page(DEFER_FROM);
    const painter = createPainter(window);
    painter.addMany(ranges.map((range) => ({ range, category: 'efficacy' })));
    painter.show(ranges[90]!);
    expect(registered().has(ranges[90]!)).toBe(true);
    expect(registered().has(ranges[91]!)).toBe(false);
    painter.delete(ranges[80]!, 'efficacy');
    await runIdle();
    expect(registered()).toEqual(new Set(ranges.filter((r) => r !== ranges[80])));
  });

  it('clear cancels the idle work still pending', async () => {
    const ranges = page(DEFER_FROM);
    const painter = createPainter(window);
    painter.addMany(ranges.map((range) => ({ range, category: 'efficacy' })));
    expect(registered().size).toBeGreaterThan(0);
    painter.clear();
    await runIdle();
    expect(registered().size).toBe(0);
  });
});

describe('engine painting a long page', () => {
  const claimOf = (text: string): Claim[] => [claimOver(text)];
  const detector: Detector<null> = {
    hasTreatmentTerms: (t) => /stem cell/i.test(t),
    analyzeContext: async () => null,
    detectClaims: async (texts) => texts.map(claimOf),
  };

  function run(controller: AbortController) {
    return startEngine(
      {
        doc: document,
        detector,
        settings: { ...DEFAULT_SETTINGS, onFor: [], offFor: [], hiddenCategories: [] },
        isOn: () => true,
        report: () => undefined,
      },
      controller.signal,
    );
  }

  it('paints every claim in the end, the viewport first, and the popup lists them all at once', async () => {
    const n = 2 * DEFER_FROM;
    const ranges = page(n);
    const controller = new AbortController();
    const engine = run(controller);
    await engine.idle();
    expect(engine.frameReport().total).toBe(n);
    // The first batch is painted early (fewer than DEFER_FROM: in one change); of the rest,
    // the paragraphs far below the viewport wait for idle time.
    expect(registered().size).toBeLessThan(n);
    const painted = new Set([...registered()].map(String));
    expect(painted.has(String(ranges[0]))).toBe(true);
    expect(painted.has(String(ranges[n - 1]))).toBe(false);
    await runIdle();
    expect([...registered()].map(String).sort()).toEqual(ranges.map(String).sort());
    controller.abort();
  });

  it('aborting the engine cancels the idle work still pending', async () => {
    page(2 * DEFER_FROM);
    const controller = new AbortController();
    const engine = run(controller);
    await engine.idle();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    expect(idleQueue.length).toBeGreaterThan(0);
    controller.abort();
    await runIdle();
    expect(registered().size).toBe(0);
  });
});
