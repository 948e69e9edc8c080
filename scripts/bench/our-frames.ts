/**
 * Long animation frames with our code in them, task by task: `npx tsx
 * scripts/bench/our-frames.ts DIR [page] [loads]` loads one bench page (default `article`) in a
 * Chromium with the unpacked build DIR, traces each load, and prints every long animation frame
 * that holds work of ours: its length, our thread time in it (the bench's attribution,
 * trace.ts `ownTasks`), whether it would have been short without ours ("made long by our
 * code"), and each of our tasks in it with what it started with (which script's evaluation, a
 * timer, a reply from the extension), the frame's blocking duration, and what the main thread did
 * in it: all its tasks (the rest of the frame it waited for the next rendering), with the style,
 * layout and pre-paint among them (a restyle our stylesheet causes is the browser's work, not in
 * "ours"). Ends with how many frames our code made long. Default 20 loads. Used to tell which of
 * our work lands in the page's frames (docs/performance.md).
 *
 * With `--tasks` it also prints every task of ours in each load, long frame or not: when it
 * started (ms after the navigation), its thread time and what it started with, and the load's
 * total (what the bench reports as "own tasks"). That is where a page's own tasks go.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPageIds, benchPages, benchRoutes } from './pages';
import { PROBE_SCRIPT } from './inject';
import { metricsSession, readProbe, settle } from './measure';
import { ownTasks, trace, type TraceEvent } from './trace';
import type { Loaf } from './runs';

const everyTask = process.argv.includes('--tasks');
const [dir, id = 'article', loadsArg = '20'] = process.argv.slice(2).filter((a) => a !== '--tasks');
const spec = benchPages().find((p) => p.id === id);
const loads = Number(loadsArg);
if (!dir || !spec || !Number.isInteger(loads) || loads < 1) {
  console.error(
    'usage: npx tsx scripts/bench/our-frames.ts DIR [page] [loads] [--tasks]\n' +
      `  DIR: an unpacked Chrome build; page: one of ${benchPageIds()}`,
  );
  process.exit(2);
}
/** What a task of ours started with: the first few script events in it. */
const STARTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'Receive mojo reply',
  'RunYieldContinuation',
  'FireAnimationFrame',
]);
const label = (events: TraceEvent[], from: number, to: number) =>
  events
    .filter((e) => e.ts >= from && e.ts < to && STARTS.has(e.name))
    .slice(0, 3)
    .map((e) => {
      const url = (e.args as { data?: { url?: string } } | undefined)?.data?.url;
      return url ? `${e.name} ${url.split('/').pop()}` : e.name;
    })
    .join(' > ');

/**
 * What the main thread did in a frame: the time its tasks covered (nested ones once; the rest of
 * the frame it waited for the page's next rendering), and the style, layout and pre-paint, ms.
 */
const RENDER = { UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint' } as const;
const frameWork = (events: TraceEvent[], tid: number | undefined, from: number, to: number) => {
  const within = (name: string) =>
    events.filter(
      (e) =>
        e.tid === tid && e.ph === 'X' && e.name === name && e.ts < to && e.ts + (e.dur ?? 0) > from,
    );
  const ms = (name: string) => within(name).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
  let busy = 0;
  let end = from;
  for (const e of within('RunTask').sort((x, y) => x.ts - y.ts)) {
    const a = Math.max(e.ts, end);
    const b = Math.min(e.ts + (e.dur ?? 0), to);
    if (b > a) busy += b - a;
    end = Math.max(end, b);
  }
  const parts = Object.entries(RENDER).map(([name, label]) => `${label} ${ms(name).toFixed(1)}`);
  return `tasks ${(busy / 1000).toFixed(1)} (${parts.join(', ')}) ms`;
};

const server = await startServer(undefined, benchRoutes([spec]));
const browser = await launchWithExtension({ extensionPath: resolve(dir) });
const isOurs = (url: string) => url.startsWith(`chrome-extension://${browser.extensionId}/`);
let madeLong = 0;
try {
  for (let n = 0; n < loads; n++) {
    const page = await browser.context.newPage();
    try {
      await page.addInitScript({ content: PROBE_SCRIPT });
      const cdp = await metricsSession(page);
      let loafs: Loaf[] = [];
      const events = await trace(cdp, async () => {
        await page.goto(server.origin + spec.path, { waitUntil: 'load', timeout: 60_000 });
        await settle(cdp, { minMs: spec.busyForMs });
        loafs = (await readProbe(page)).loafs ?? [];
      });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const origin = (metrics.find((m) => m.name === 'NavigationStart')?.value ?? 0) * 1e6;
      const { spans } = ownTasks(events, isOurs);
      // The renderer's main thread: the one that parsed the page.
      const main = events.find((e) => e.name === 'ParseHTML')?.tid;
      if (everyTask) {
        const total = spans.reduce((t, [, , cpu]) => t + cpu, 0) / 1000;
        console.log(`load ${n + 1}: our own tasks ${total.toFixed(1)} ms in ${spans.length} tasks`);
        for (const [a, b, cpu] of spans)
          console.log(
            `  @${((a - origin) / 1000).toFixed(0)} ms  ${(cpu / 1000).toFixed(1)} ms  ${label(events, a, b)}`,
          );
      }
      for (const [start, duration, blocking] of loafs) {
        const from = origin + start * 1000;
        const to = from + duration * 1000;
        const ours = spans.filter(([a, b]) => b > from && a < to);
        const oursMs = ours.reduce((t, [, , cpu]) => t + cpu, 0) / 1000;
        if (oursMs === 0) continue;
        const long = duration - oursMs < 50;
        if (long) madeLong++;
        console.log(
          `load ${n + 1}: frame at ${start.toFixed(0)} ms, ${duration.toFixed(1)} ms (blocking ${blocking.toFixed(1)}), ours ${oursMs.toFixed(1)} ms${long ? ' (made long by our code)' : ''}; ${frameWork(events, main, from, to)}`,
        );
        for (const [a, b, cpu] of ours)
          console.log(
            `  +${((a - from) / 1000).toFixed(1)} ms  ${(cpu / 1000).toFixed(1)} ms  ${label(events, a, b)}`,
          );
      }
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${spec.id}: ${madeLong} frame(s) made long by our code in ${loads} loads`);
