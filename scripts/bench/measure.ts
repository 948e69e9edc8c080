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
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    taskMs: get('TaskDuration') * 1000,
    workMs: (get('ScriptDuration') + get('LayoutDuration') + get('RecalcStyleDuration')) * 1000,
    scriptMs: get('ScriptDuration') * 1000,
    layoutMs: get('LayoutDuration') * 1000,
    styleMs: get('RecalcStyleDuration') * 1000,
    heapBytes: get('JSHeapUsedSize'),
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
    if (old && taskMs - old[1] < 4 && now - started >= minMs && (await ready())) return;
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

/** Long tasks that started at or after `since` (performance.now() of the page). */
export function longTasksSince(probe: Probe, since: number): number[] {
  return probe.longTasks.filter(([start]) => start >= since).map(([, d]) => d);
}

/** performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
