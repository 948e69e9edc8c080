import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ownTasks, samplesOfOurs, trace, type OwnTasks } from './trace';
import type { ExtensionBrowser } from '../lib/browser/chromium';
import { FLOOR_SCRIPT, PROBE_SCRIPT } from './inject';
import {
  attribute,
  claimCount,
  diff,
  startProfiler,
  stopProfiler,
  type Attributed,
  longTasksSince,
  loafsSince,
  metricsSession,
  pageNow,
  readMetrics,
  readProbe,
  settle,
  type Metrics,
} from './measure';
import type { BenchPage } from './pages';
import type { Probe } from './inject';

/** Long animation frames as the probe records them (see Probe.loafs). */
export type Loaf = Probe['loafs'][number];

/** One load of a page in the browser without the extension, then the floor and the peer. */
export interface PlainRun {
  /** The whole load: cumulative renderer figures once settled (heap after GC). */
  load: Metrics;
  loadLongTasks: number[];
  /** Long animation frames of the whole load. */
  loadLoafs: Loaf[];
  /** A window in which nothing is injected (an empty script): the measuring overhead. */
  control: Metrics;
  /** Main-thread ms one DevTools call of the harness costs the page (control window / calls). */
  msPerCall: number;
  /** The floor pass injected after load, control subtracted; its long tasks. */
  floor: Metrics;
  /** CPU the floor script itself used (sampled profile). */
  floorCpu: Attributed;
  floorLongTasks: number[];
  floorLoafs: Loaf[];
  floorNodes: number;
  /** mark.js injected after the floor, control subtracted; its long tasks, the marks it made. */
  peer: Metrics;
  /** CPU mark.js itself used (sampled profile; the relayout its <mark>s cause comes after). */
  peerCpu: Attributed;
  peerLongTasks: number[];
  peerLoafs: Loaf[];
  peerMarks: number;
  /** JS heap after mark.js ran minus before (after GC), bytes. */
  peerHeapBytes: number;
}

/**
 * Three loads of a page with the extension: one measured as the plain browser's is (no profiler:
 * a V8 sampling profiler interrupts the main thread every 0.2 ms and makes every script it
 * meets record more, which the page would be charged for), one traced (the content script's own
 * tasks, trace.ts ownTasks), then one profiled, the diagnostic.
 */
export interface ExtensionRun {
  load: Metrics;
  loadLongTasks: number[];
  /** Long animation frames of the (unprofiled) whole load. */
  loadLoafs: Loaf[];
  /** Long animation frames of the profiled load, each with the content script's ms inside it. */
  profiledLoafs: Loaf[];
  /**
   * Long animation frames of the traced load, each with the ms of the content script's own tasks
   * inside it (trace.ts ownTasks): the judge of "made long by our code", as the profiler slows
   * our code and the page's alike and makes frames long that are not.
   */
  tracedLoafs?: Loaf[];
  /** CPU the content script used from navigation until the page settled (profiled load). */
  cpu: Attributed;
  /**
   * The content script's own main-thread tasks in a traced load without the profiler (their
   * spans are used for tracedLoafs and not kept: results.json would carry every task).
   */
  own?: Omit<OwnTasks, 'spans'>;
  /** ms from the load event to the first frame with a claim highlight (null: none seen). */
  firstHighlightMs: number | null;
  claimsAtLoad: number;
}

/** The page's time origin on the profile's clock (monotonic, µs): CDP's NavigationStart. */
async function timeOrigin(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'NavigationStart')?.value ?? 0) * 1e6;
}

/**
 * Each LoAF with the thread time of `spans` (trace.ts ownTasks: start, end, thread time; µs)
 * inside it, in ms, a span's time shared out by how much of it falls in the frame. Thread time,
 * not wall time: on this 2-core machine other processes (the background detecting claims among
 * them) preempt the page's main thread, and a task of ours took 10 ms of wall clock for 2 ms of
 * work; that stretches the page's frames as much as ours, and is not our code's work.
 */
function withOurSpans(loafs: Loaf[], spans: [number, number, number][], originUs: number): Loaf[] {
  return loafs.map(([start, duration, blocking]) => {
    const from = originUs + start * 1000;
    const to = from + duration * 1000;
    let inside = 0;
    for (const [a, b, cpu] of spans) {
      const overlap = Math.max(0, Math.min(b, to) - Math.max(a, from));
      if (overlap > 0) inside += b > a ? (cpu * overlap) / (b - a) : cpu;
    }
    return [start, duration, blocking, inside / 1000];
  });
}

/**
 * Chromium leaves isolated-world (content-script) scripts out of a LoAF's `scripts`, so the
 * content script's share of each long animation frame comes from the CPU profile: the samples
 * with a content-script frame that fall inside the frame, in ms.
 */
function withOurSamples(loafs: Loaf[], ours: [number, number][], originUs: number): Loaf[] {
  return loafs.map(([start, duration, blocking]) => {
    const from = originUs + start * 1000;
    const to = from + duration * 1000;
    const inside = ours.filter(([at]) => at >= from && at < to).reduce((t, [, dt]) => t + dt, 0);
    return [start, duration, blocking, inside / 1000];
  });
}

/** Every measured window waits at least this long, so windows are alike and controls match. */
const WINDOW_MIN_MS = 300;
/** The control: a script that does nothing (no DOM change, so no observer fires either). */
const NOOP = '0';

/**
 * Measures what `act` adds: renderer metrics before, `act`, wait until the renderer is quiet
 * again (and `ready`), metrics after; plus the long tasks that started in the window.
 */
async function measureWindow(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<unknown>,
  sourceUrl?: string,
): Promise<{ metrics: Metrics; longTasks: number[]; loafs: Loaf[]; cpu: Attributed }> {
  if (sourceUrl) await startProfiler(cdp);
  const before = await readMetrics(cdp);
  const since = await pageNow(page);
  await act();
  await settle(cdp, { minMs: WINDOW_MIN_MS });
  const after = await readMetrics(cdp);
  const cpu = sourceUrl
    ? attribute(await stopProfiler(cdp), (url) => url.endsWith(sourceUrl))
    : { ms: 0, longestMs: 0, longStretches: [], longestSamples: [] };
  const probe = await readProbe(page);
  return {
    metrics: diff(before, after),
    longTasks: longTasksSince(probe, since),
    loafs: loafsSince(probe, since),
    cpu,
  };
}

/** Loads the page and waits until it, and the probe's poll, are done. */
async function load(
  page: Page,
  cdp: CDPSession,
  url: string,
  spec: BenchPage,
  ready?: () => Promise<boolean>,
): Promise<{ metrics: Metrics; longTasks: number[]; loafs: Loaf[] }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const pollDone = async () =>
    page.evaluate(() => (window as unknown as { __bench: { pollDone: boolean } }).__bench.pollDone);
  await settle(cdp, {
    minMs: spec.busyForMs,
    ready: async () => (await pollDone()) && (!ready || (await ready())),
  });
  const metrics = await readMetrics(cdp);
  const { heapBytes } = await readMetrics(cdp, true);
  const probe = await readProbe(page);
  const longTasks = probe.longTasks.map(([, d]) => d);
  return { metrics: { ...metrics, heapBytes }, longTasks, loafs: probe.loafs ?? [] };
}

function minus(a: Metrics, control: Metrics): Metrics {
  return diff(control, a);
}

/** Loads `page` in the plain browser, then measures a control window, the floor and the peer. */
export async function plainRun(
  context: BrowserContext,
  origin: string,
  spec: BenchPage,
  peerSource: string,
): Promise<PlainRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await metricsSession(page);
    const loaded = await load(page, cdp, origin + spec.path, spec);
    // Injected like an extension's script would run: evaluated in the page, touching no DOM,
    // named so the profile can tell its frames apart.
    const inject =
      (source: string, name = 'noop') =>
      () =>
        page.evaluate(`${source}\n//# sourceURL=claim-context-bench-${name}.js`);
    // The first window after load still catches the page's own leftovers (GC, code caching).
    await measureWindow(page, cdp, inject(NOOP));
    const control = await measureWindow(page, cdp, inject(NOOP));
    const floor = await measureWindow(
      page,
      cdp,
      inject(FLOOR_SCRIPT, 'floor'),
      'claim-context-bench-floor.js',
    );
    const floorNodes = await page.evaluate(
      () => (window as unknown as { __floor: { nodes: number } }).__floor.nodes,
    );
    const heapBefore = (await readMetrics(cdp, true)).heapBytes;
    const peer = await measureWindow(
      page,
      cdp,
      inject(peerSource, 'peer'),
      'claim-context-bench-peer.js',
    );
    const heapAfter = (await readMetrics(cdp, true)).heapBytes;
    const peerMarks = await page.evaluate(
      () => (window as unknown as { __peer: { marks: number } }).__peer.marks,
    );
    return {
      load: loaded.metrics,
      loadLongTasks: loaded.longTasks,
      loadLoafs: loaded.loafs,
      control: control.metrics,
      msPerCall: control.metrics.taskMs / Math.max(1, control.metrics.calls),
      floor: minus(floor.metrics, control.metrics),
      floorCpu: floor.cpu,
      floorLongTasks: floor.longTasks,
      floorLoafs: floor.loafs,
      floorNodes,
      peer: minus(peer.metrics, control.metrics),
      peerCpu: peer.cpu,
      peerLongTasks: peer.longTasks,
      peerLoafs: peer.loafs,
      peerMarks,
      peerHeapBytes: heapAfter - heapBefore,
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads `page` with the extension on three times in fresh tabs: first unprofiled, for what the
 * page pays (the same figures as the plain browser's load), the LoAFs and the first highlight;
 * then traced, for the content script's own tasks (their thread time, exact task boundaries, no
 * profiler slowing them); then profiled from navigation until the page and the extension are
 * quiet: the samples with a content-script frame on the stack are the extension's own script
 * time, their longest unbroken stretches its long tasks, and the samples inside each LoAF its
 * share of that frame.
 */
export async function extensionRun(
  browser: ExtensionBrowser,
  origin: string,
  spec: BenchPage,
): Promise<ExtensionRun> {
  const enough = (page: Page) => async () => (await claimCount(page)) >= spec.expectedClaims;
  const measured = await browser.context.newPage();
  let loaded: Awaited<ReturnType<typeof load>>;
  let firstHighlightMs: number | null;
  let claimsAtLoad: number;
  try {
    await measured.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await metricsSession(measured);
    loaded = await load(measured, cdp, origin + spec.path, spec, enough(measured));
    const probe = await readProbe(measured);
    firstHighlightMs =
      probe.firstHighlight === null ? null : probe.firstHighlight - probe.loadEventStart;
    claimsAtLoad = await claimCount(measured);
  } finally {
    await measured.close();
  }
  const isOurs = (url: string) => url.startsWith(`chrome-extension://${browser.extensionId}/`);
  const traced = await browser.context.newPage();
  let own: OwnTasks;
  let tracedLoafs: Loaf[];
  try {
    await traced.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await metricsSession(traced);
    let loafs: Loaf[] = [];
    const events = await trace(cdp, async () => {
      loafs = (await load(traced, cdp, origin + spec.path, spec, enough(traced))).loafs;
    });
    own = ownTasks(events, isOurs);
    tracedLoafs = withOurSpans(loafs, own.spans, await timeOrigin(cdp));
  } finally {
    await traced.close();
  }
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await metricsSession(page);
    await startProfiler(cdp);
    const profiled = await load(page, cdp, origin + spec.path, spec, enough(page));
    const profile = await stopProfiler(cdp);
    return {
      load: loaded.metrics,
      loadLongTasks: loaded.longTasks,
      loadLoafs: loaded.loafs,
      profiledLoafs: withOurSamples(
        profiled.loafs,
        samplesOfOurs(profile, isOurs),
        await timeOrigin(cdp),
      ),
      cpu: attribute(profile, isOurs),
      own: { cpuMs: own.cpuMs, tasks: own.tasks },
      tracedLoafs,
      firstHighlightMs,
      claimsAtLoad,
    };
  } finally {
    await page.close();
  }
}
