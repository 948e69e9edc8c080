/**
 * `npx tsx scripts/bench/tasks.ts [page-id] [runs]`: which main-thread tasks over 50 ms a bench
 * page's load has, with the extension loaded, and what each was made of. Where `npm run bench`
 * counts long tasks and `profile.ts` shows the content script's samples, this reads a Chrome
 * trace, whose task boundaries are exact, with the CPU profile taken at the same time: a long task
 * is the extension's only when content-script samples fall inside it. Prints, per long task, its
 * length, the content script's share and its largest parts (script, style, layout, paint,
 * parsing...). Figures, not a test.
 * Needs a build in .tmp/bench/chrome-mv3 (run `npm run bench` once) or .output/chrome-mv3.
 */
import type { CDPSession } from 'playwright-core';
import { openBenchSession } from './session';
import {
  claimCount,
  framesOf,
  metricsSession,
  settle,
  startProfiler,
  stopProfiler,
  timedSamples,
  type CpuProfile,
} from './measure';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
].join(',');

/** Records a trace of `during` through the page's DevTools session. */
async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** One long task: its length, the content script's share, and its largest direct parts. */
export interface LongTask {
  ms: number;
  extensionMs: number;
  parts: [string, number][];
}

/** Work inside a task, by the names the DevTools performance panel uses. */
const PARTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.run',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'HitTest',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'BlinkGC.AtomicPhase',
]);

/**
 * The tasks over 50 ms on renderer main threads. `ourSamples` are the times (trace clock, µs)
 * and lengths of the CPU profile's samples that had a content-script frame on their stack.
 */
export function longTasks(
  events: TraceEvent[],
  ourSamples: [number, number][],
): { tasks: LongTask[]; oursInTasksMs: number } {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(key)) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const out: LongTask[] = [];
  // Content-script time that falls inside any task: close to all of it when the profile's and
  // the trace's clocks agree (a check on the attribution, printed with the results).
  let oursInTasks = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let taskEnd = 0;
    for (let i = 0; i < list.length; i++) {
      const task = list[i]!;
      // Top-level tasks only (a RunTask can nest another).
      if (task.name !== 'RunTask' || task.ts < taskEnd) continue;
      const end = task.ts + (task.dur ?? 0);
      taskEnd = end;
      for (const [at, dt] of ourSamples) if (at >= task.ts && at < end) oursInTasks += dt;
      if ((task.dur ?? 0) < 50_000) continue;
      const parts = new Map<string, number>();
      // Outermost events of the named kinds inside the task.
      let partEnd = task.ts;
      for (let j = i + 1; j < list.length && list[j]!.ts < end; j++) {
        const e = list[j]!;
        if (!PARTS.has(e.name) || e.ts < partEnd) continue;
        partEnd = e.ts + (e.dur ?? 0);
        parts.set(e.name, (parts.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      }
      const extension = ourSamples
        .filter(([at]) => at >= task.ts && at < end)
        .reduce((sum, [, dt]) => sum + dt, 0);
      out.push({
        ms: (task.dur ?? 0) / 1000,
        extensionMs: extension / 1000,
        parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6),
      });
    }
  }
  return { tasks: out, oursInTasksMs: oursInTasks / 1000 };
}

/** Times and lengths (µs) of the profile's samples with a frame of ours on the stack. */
function samplesOfOurs(profile: CpuProfile, isOurs: (url: string) => boolean): [number, number][] {
  const ours = framesOf(profile, isOurs);
  return timedSamples(profile)
    .filter((s) => ours(s.node))
    .map((s): [number, number] => [s.at, s.dt]);
}

const [id = 'huge-claims', runsArg = '3'] = process.argv.slice(2);
const { spec, origin, browser, isOurs, close } = await openBenchSession(id);
try {
  for (let run = 1; run <= Number(runsArg); run++) {
    const page = await browser.context.newPage();
    const cdp = await metricsSession(page);
    let profile: CpuProfile | null = null;
    const events = await trace(cdp, async () => {
      await startProfiler(cdp);
      await page.goto(origin + spec.path, { timeout: 60_000 });
      await settle(cdp, {
        minMs: 300 + spec.busyForMs,
        ready: async () => (await claimCount(page)) >= spec.expectedClaims,
      });
      profile = await stopProfiler(cdp);
    });
    const samples = samplesOfOurs(profile!, isOurs);
    const { tasks, oursInTasksMs } = longTasks(events, samples);
    const ours = tasks.filter((t) => t.extensionMs > 0);
    const oursMs = samples.reduce((sum, [, dt]) => sum + dt, 0) / 1000;
    console.log(
      `run ${run}, page ${spec.id}: ${tasks.length} tasks over 50 ms, ${ours.length} with content-script code ` +
        `(content script ${oursMs.toFixed(0)} ms, ${oursInTasksMs.toFixed(0)} ms of it inside traced tasks)`,
    );
    for (const t of tasks) {
      const parts = t.parts.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join('; ');
      console.log(
        `  ${t.ms.toFixed(1)} ms, content script ${t.extensionMs.toFixed(1)} ms: ${parts}`,
      );
    }
    await page.close();
  }
} finally {
  await close();
}
