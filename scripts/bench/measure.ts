import type { CDPSession, Page } from 'playwright-core';
import type { Probe } from './inject';

/** Renderer figures from CDP `Performance.getMetrics` (durations in ms, heap in bytes). */
export interface Metrics {
  taskMs: number;
  /** Script + layout + style recalculation: the work a pass causes, without idle-task noise. */
  workMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  heapBytes: number;
  /**
   * DevTools calls the harness made into the page (metrics reads, evaluations while settling):
   * each costs the renderer's main thread a little, which the page-side figures take back out.
   */
  calls: number;
}

/** Harness calls per DevTools session so far (see Metrics.calls). */
const callCounts = new WeakMap<CDPSession, number>();

/** Counts one harness call into the page of `cdp`. */
export function countCall(cdp: CDPSession): void {
  callCounts.set(cdp, (callCounts.get(cdp) ?? 0) + 1);
}

/** Opens a CDP session on a page with the Performance domain on. */
export async function metricsSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** The page renderer's cumulative metrics now (optionally after a full garbage collection). */
export async function readMetrics(cdp: CDPSession, gc = false): Promise<Metrics> {
  if (gc) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.disable');
  }
  countCall(cdp);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    taskMs: get('TaskDuration') * 1000,
    workMs: (get('ScriptDuration') + get('LayoutDuration') + get('RecalcStyleDuration')) * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    layoutMs: get('LayoutDuration') * 1000,
    styleMs: get('RecalcStyleDuration') * 1000,
    heapBytes: get('JSHeapUsedSize'),
    calls: callCounts.get(cdp) ?? 0,
  };
}

/** b − a, field by field. */
export function diff(a: Metrics, b: Metrics): Metrics {
  return {
    taskMs: b.taskMs - a.taskMs,
    workMs: b.workMs - a.workMs,
    scriptMs: b.scriptMs - a.scriptMs,
    layoutMs: b.layoutMs - a.layoutMs,
    styleMs: b.styleMs - a.styleMs,
    heapBytes: b.heapBytes - a.heapBytes,
    calls: b.calls - a.calls,
  };
}

/** Claim highlights in the top document (every category, focus and flash left out). */
export function claimCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (
        name.startsWith('claim-context-') &&
        !name.endsWith('-focus') &&
        !name.endsWith('-flash')
      ) {
        n += h.size;
      }
    }
    return n;
  });
}

/**
 * Waits until the renderer is quiet: main-thread task time grew by less than 4 ms over the last
 * 600 ms, at least `minMs` passed, and `ready()` holds. Gives up after `maxMs`.
 */
export async function settle(
  cdp: CDPSession,
  options: { minMs?: number; maxMs?: number; ready?: () => Promise<boolean> } = {},
): Promise<void> {
  const { minMs = 0, maxMs = 30_000, ready = async () => true } = options;
  const started = Date.now();
  const samples: [number, number][] = [];
  while (Date.now() - started < maxMs) {
    const { taskMs } = await readMetrics(cdp);
    const now = Date.now();
    samples.push([now, taskMs]);
    const old = samples.find(([t]) => now - t <= 650 && now - t >= 550);
    if (old && taskMs - old[1] < 4 && now - started >= minMs) {
      countCall(cdp);
      if (await ready()) return;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The probe's record of the page (see PROBE_SCRIPT). */
export function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Omit<Probe, 'loadEventStart'> }).__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ...b, loadEventStart: nav.loadEventStart };
  });
}

/** Long animation frames that started at or after `since` (performance.now() of the page). */
export function loafsSince(probe: Probe, since: number): Probe['loafs'] {
  return (probe.loafs ?? []).filter(([start]) => start >= since);
}

/** Long tasks that started at or after `since` (performance.now() of the page). */
export function longTasksSince(probe: Probe, since: number): number[] {
  return probe.longTasks.filter(([start]) => start >= since).map(([, d]) => d);
}

/** performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A CPU profile as CDP `Profiler.stop` returns it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Main-thread CPU a script used, from a sampled profile. */
export interface Attributed {
  /** Total sampled time with a frame of the script anywhere on the stack, ms. */
  ms: number;
  /** Longest stretch of consecutive samples inside the script (a lower bound on its longest task), ms. */
  longestMs: number;
  /** Stretches over 50 ms: long tasks the script caused. */
  longStretches: number[];
  /** Profile node ids of the samples in the longest stretch, in order (for profile.ts). */
  longestSamples: number[];
}

/** Starts the V8 sampling profiler (0.2 ms interval) on the page's renderer. */
export async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and returns the profile. */
export async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

/**
 * A test of profile node ids: true when the node or one of its callers is a frame of a script
 * whose URL passes `isOurs` (so native callees such as RegExp execution count as ours). Memoised.
 */
export function framesOf(
  profile: CpuProfile,
  isOurs: (url: string) => boolean,
): (nodeId: number) => boolean {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inScript = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const result = !!node && (isOurs(node.callFrame.url) || (p !== undefined && inScript(p)));
    memo.set(id, result);
    return result;
  };
  return inScript;
}

/**
 * The profile's samples in order: node id, time (µs, the trace clock) and length (µs: the gap to
 * the next sample; the last gets the 200 µs interval).
 */
export function timedSamples(profile: CpuProfile): { node: number; at: number; dt: number }[] {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime;
  return samples.map((node, i) => {
    at += deltas[i] ?? 0;
    return { node, at, dt: deltas[i + 1] ?? 200 };
  });
}

/**
 * The CPU time attributed to scripts whose URL passes `isOurs`: every sample whose stack holds one
 * of their frames (native callees such as TreeWalker.nextNode or RegExp included), and the
 * longest unbroken stretch of such samples.
 */
export function attribute(profile: CpuProfile, isOurs: (url: string) => boolean): Attributed {
  const inScript = framesOf(profile, isOurs);
  let ms = 0;
  let run = 0;
  let longestMs = 0;
  const longStretches: number[] = [];
  let current: number[] = [];
  let longestSamples: number[] = [];
  const close = () => {
    if (run > 50) longStretches.push(run);
    if (run > longestMs) longestSamples = current;
    longestMs = Math.max(longestMs, run);
    run = 0;
    current = [];
  };
  for (const { node, dt } of timedSamples(profile)) {
    if (inScript(node)) {
      ms += dt / 1000;
      run += dt / 1000;
      current.push(node);
    } else close();
  }
  close();
  return { ms, longestMs, longStretches, longestSamples };
}
