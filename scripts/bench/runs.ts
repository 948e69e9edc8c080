import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/chromium';
import { writeSettings } from '../../tests/e2e/settings';
import { FLOOR_SCRIPT, PROBE_SCRIPT } from './inject';
import {
  claimCount,
  diff,
  longTasksSince,
  metricsSession,
  pageNow,
  readMetrics,
  readProbe,
  settle,
  type Metrics,
} from './measure';
import type { BenchPage } from './pages';

/** One load of a page in the browser without the extension, then the floor and the peer. */
export interface PlainRun {
  /** The whole load: cumulative renderer figures once settled (heap after GC). */
  load: Metrics;
  loadLongTasks: number[];
  /** A window in which nothing is injected (an empty script): the measuring overhead. */
  control: Metrics;
  /** The floor pass injected after load, control subtracted; its long tasks. */
  floor: Metrics;
  floorLongTasks: number[];
  floorNodes: number;
  /** mark.js injected after the floor, control subtracted; its long tasks, the marks it made. */
  peer: Metrics;
  peerLongTasks: number[];
  peerMarks: number;
  /** JS heap after mark.js ran minus before (after GC), bytes. */
  peerHeapBytes: number;
}

/** One load of a page with the extension, then a switch off and on again. */
export interface ExtensionRun {
  load: Metrics;
  loadLongTasks: number[];
  /** ms from the load event to the first frame with a claim highlight (null: none seen). */
  firstHighlightMs: number | null;
  claimsAtLoad: number;
  control: Metrics;
  /** Switched on after load (settings off → on), control subtracted: the full pipeline's cost. */
  pass: Metrics;
  passLongTasks: number[];
  claimsAfterPass: number;
}

/** Every measured window waits at least this long, so windows are alike and controls match. */
const WINDOW_MIN_MS = 300;
const EMPTY_SCRIPT = ';';

/**
 * Measures what `act` adds: a GC first (not counted), renderer metrics before, `act`, wait until
 * the renderer is quiet again (and `ready`), metrics after; plus the long tasks that started in
 * the window.
 */
async function measureWindow(
  page: Page,
  cdp: CDPSession,
  act: () => Promise<unknown>,
  ready?: () => Promise<boolean>,
): Promise<{ metrics: Metrics; longTasks: number[] }> {
  await readMetrics(cdp, true);
  const before = await readMetrics(cdp);
  const since = await pageNow(page);
  await act();
  await settle(cdp, { minMs: WINDOW_MIN_MS, ready });
  const after = await readMetrics(cdp);
  return { metrics: diff(before, after), longTasks: longTasksSince(await readProbe(page), since) };
}

/** Loads the page and waits until it, and the probe's poll, are done. */
async function load(
  page: Page,
  cdp: CDPSession,
  url: string,
  spec: BenchPage,
  ready?: () => Promise<boolean>,
): Promise<{ metrics: Metrics; longTasks: number[] }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const pollDone = async () =>
    page.evaluate(() => (window as unknown as { __bench: { pollDone: boolean } }).__bench.pollDone);
  await settle(cdp, {
    minMs: spec.busyForMs,
    ready: async () => (await pollDone()) && (!ready || (await ready())),
  });
  const metrics = await readMetrics(cdp);
  const { heapBytes } = await readMetrics(cdp, true);
  const longTasks = (await readProbe(page)).longTasks.map(([, d]) => d);
  return { metrics: { ...metrics, heapBytes }, longTasks };
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
    const inject = (content: string) => () => page.addScriptTag({ content });
    const control = await measureWindow(page, cdp, inject(EMPTY_SCRIPT));
    const floor = await measureWindow(page, cdp, inject(FLOOR_SCRIPT));
    const floorNodes = await page.evaluate(
      () => (window as unknown as { __floor: { nodes: number } }).__floor.nodes,
    );
    const heapBefore = (await readMetrics(cdp, true)).heapBytes;
    const peer = await measureWindow(page, cdp, inject(peerSource));
    const heapAfter = (await readMetrics(cdp, true)).heapBytes;
    const peerMarks = await page.evaluate(
      () => (window as unknown as { __peer: { marks: number } }).__peer.marks,
    );
    return {
      load: loaded.metrics,
      loadLongTasks: loaded.longTasks,
      control: control.metrics,
      floor: minus(floor.metrics, control.metrics),
      floorLongTasks: floor.longTasks,
      floorNodes,
      peer: minus(peer.metrics, control.metrics),
      peerLongTasks: peer.longTasks,
      peerMarks,
      peerHeapBytes: heapAfter - heapBefore,
    };
  } finally {
    await page.close();
  }
}

/**
 * Loads `page` with the extension on, then switches highlights off (everything cleared) and on
 * again: the second pass runs gate → passages → detect → highlight after the page is quiet, so
 * its cost and its long tasks are the extension's alone.
 */
export async function extensionRun(
  browser: ExtensionBrowser,
  origin: string,
  spec: BenchPage,
): Promise<ExtensionRun> {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await metricsSession(page);
    const enough = async () => (await claimCount(page)) >= spec.expectedClaims;
    const loaded = await load(page, cdp, origin + spec.path, spec, enough);
    const probe = await readProbe(page);
    const claimsAtLoad = await claimCount(page);
    const control = await measureWindow(page, cdp, () =>
      page.addScriptTag({ content: EMPTY_SCRIPT }),
    );

    await writeSettings(browser, { onByDefault: false });
    await settle(cdp, { ready: async () => (await claimCount(page)) === 0 });
    const pass = await measureWindow(
      page,
      cdp,
      () => writeSettings(browser, { onByDefault: true }),
      enough,
    );
    return {
      load: loaded.metrics,
      loadLongTasks: loaded.longTasks,
      firstHighlightMs:
        probe.firstHighlight === null ? null : probe.firstHighlight - probe.loadEventStart,
      claimsAtLoad,
      control: control.metrics,
      pass: minus(pass.metrics, control.metrics),
      passLongTasks: pass.longTasks,
      claimsAfterPass: await claimCount(page),
    };
  } finally {
    await writeSettings(browser, { onByDefault: true });
    await page.close();
  }
}
