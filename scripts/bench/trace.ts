/**
 * Long tasks from a Chrome trace, with the content script's share of each from a CPU profile
 * taken at the same time (used by tasks.ts and by the append-storm end-to-end test).
 */
import type { CDPSession } from 'playwright-core';
import { framesOf, timedSamples, type CpuProfile } from './measure';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: unlike `dur`, not stretched when the OS
   * preempts the thread on a busy machine. */
  tdur?: number;
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

/** Records a trace of `during` through the page's DevTools session (`extra`: more categories). */
export async function trace(
  cdp: CDPSession,
  during: () => Promise<void>,
  extra: readonly string[] = [],
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  const categories = [CATEGORIES, ...extra].join(',');
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
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

/** The renderer main threads of a trace, as "pid:tid". */
function rendererMains(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** The complete events of each renderer main thread, by start time (an enclosing task first). */
function mainThreadEvents(events: TraceEvent[]): TraceEvent[][] {
  const mains = rendererMains(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  return [...byThread.values()].map((list) =>
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0)),
  );
}

/**
 * The tasks over 50 ms on renderer main threads. `ourSamples` are the times (trace clock, µs)
 * and lengths of the CPU profile's samples that had a content-script frame on their stack.
 */
export function longTasks(
  events: TraceEvent[],
  ourSamples: [number, number][],
): { tasks: LongTask[]; oursInTasksMs: number } {
  const out: LongTask[] = [];
  // Content-script time that falls inside any task: close to all of it when the profile's and
  // the trace's clocks agree (a check on the attribution, printed with the results).
  let oursInTasks = 0;
  for (const list of mainThreadEvents(events)) {
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
export function samplesOfOurs(
  profile: CpuProfile,
  isOurs: (url: string) => boolean,
): [number, number][] {
  const ours = framesOf(profile, isOurs);
  return timedSamples(profile)
    .filter((s) => ours(s.node))
    .map((s): [number, number] => [s.at, s.dt]);
}

/** One renderer main-thread task that ran content-script code. */
export interface OurTask {
  wallMs: number;
  /** The task's thread time: what it cost the page's main thread, preemption left out. */
  cpuMs: number;
  /** Profile samples of ours inside the task (wall clock). */
  oursMs: number;
}

/**
 * Every top-level task on a renderer main thread during which the CPU profile saw content-script
 * code, with its wall and thread time. "No task of ours over 50 ms" is asked of `cpuMs`, which a
 * busy 2-core machine does not inflate.
 */
export function tasksWithOurCode(events: TraceEvent[], ourSamples: [number, number][]): OurTask[] {
  const mains = rendererMains(events);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const samples = [...ourSamples].sort((a, b) => a[0] - b[0]);
  const out: OurTask[] = [];
  let end = 0;
  let k = 0;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the previous top-level task
    end = task.ts + (task.dur ?? 0);
    while (k < samples.length && (samples[k] as [number, number])[0] < task.ts) k++;
    let ours = 0;
    for (let j = k; j < samples.length && (samples[j] as [number, number])[0] < end; j++)
      ours += (samples[j] as [number, number])[1];
    if (ours > 0)
      out.push({
        wallMs: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        oursMs: ours / 1000,
      });
  }
  return out;
}

/** What the content script's own tasks cost the page's main thread, from a trace alone. */
export interface OwnTasks {
  /** Thread (CPU) time, ms: tasks the content script started, and its calls inside others. */
  cpuMs: number;
  /** Tasks the content script started (its calls inside the page's tasks not counted). */
  tasks: number;
  /** Each counted task or call: start and end on the trace clock, and its thread time (µs). */
  spans: [number, number, number][];
}

/**
 * The main-thread CPU of the content script's work in a trace taken without the CPU profiler
 * (which slows JavaScript, start-up most: the injection task took 18 ms profiled, 10 without).
 * A top-level task is the content script's when what it runs first is: the script's evaluation
 * or a timer of the script's (`EvaluateScript`, `TimerFire` > `FunctionCall` with its URL), a
 * `scheduler.yield()` continuation (`RunYieldContinuation`), or an answer from the extension's
 * other side (`Receive mojo reply` running microtasks: storage and messages). Then the whole
 * task counts. Elsewhere only the script's own calls count (`FunctionCall` with its URL: an
 * animation-frame callback inside a frame the page renders, a mutation observer inside the
 * page's task). Valid for pages whose own scripts neither yield nor wait for the browser, which
 * the bench's pages do not; style and layout the script causes in the page's frames are not in
 * it (a claim-free page causes none: DOM tests and the style column show it).
 */
export function ownTasks(events: TraceEvent[], isOurs: (url: string) => boolean): OwnTasks {
  const url = (e: TraceEvent) =>
    ((e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '') as string;
  const ours = (e: TraceEvent) =>
    (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isOurs(url(e));
  const STARTERS = new Set([
    'EvaluateScript',
    'TimerFire',
    'FunctionCall',
    'RunYieldContinuation',
    'Receive mojo reply',
    'FireAnimationFrame',
    'EventDispatch',
    'ParseHTML',
    'UpdateLayoutTree',
    'Layout',
    'Receive mojo message',
  ]);
  let cpu = 0;
  let tasks = 0;
  const spans: [number, number, number][] = [];
  for (const list of mainThreadEvents(events)) {
    for (let i = 0; i < list.length; i++) {
      const task = list[i]!;
      if (task.name !== 'RunTask') continue;
      const end = task.ts + (task.dur ?? 0);
      let j = i + 1;
      const inside: TraceEvent[] = [];
      for (; j < list.length && list[j]!.ts < end; j++) inside.push(list[j]!);
      i = j - 1; // nested RunTasks belong to this one
      const first = inside.find((e) => STARTERS.has(e.name));
      const startedByUs =
        first !== undefined &&
        (first.name === 'RunYieldContinuation' ||
          (first.name === 'Receive mojo reply' && inside.some((e) => e.name === 'RunMicrotasks')) ||
          ours(first) ||
          (first.name === 'TimerFire' && inside.some((e) => e.name === 'FunctionCall' && ours(e))));
      if (startedByUs) {
        cpu += task.tdur ?? task.dur ?? 0;
        tasks++;
        spans.push([task.ts, end, task.tdur ?? task.dur ?? 0]);
        continue;
      }
      // The script's own calls inside someone else's task, outermost only.
      let callEnd = 0;
      for (const e of inside) {
        if (e.ts < callEnd || !ours(e)) continue;
        callEnd = e.ts + (e.dur ?? 0);
        cpu += e.tdur ?? e.dur ?? 0;
        spans.push([e.ts, callEnd, e.tdur ?? e.dur ?? 0]);
      }
    }
  }
  return { cpuMs: cpu / 1000, tasks, spans };
}
