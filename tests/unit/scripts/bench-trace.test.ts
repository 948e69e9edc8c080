import { describe, expect, it } from 'vitest';
import { ownTasks, type TraceEvent } from '../../../scripts/bench/trace';

const EXT = 'chrome-extension://abcdefgh/content-scripts/content.js';
const isOurs = (url: string) => url.startsWith('chrome-extension://abcdefgh/');

let clock = 0;
/** One top-level task on the renderer main thread: `cpu` µs of thread time, and what ran in it. */
function task(cpu: number, inner: (at: number) => TraceEvent[]): TraceEvent[] {
  const ts = (clock += 10_000);
  clock += 5_000;
  return [
    { name: 'RunTask', ph: 'X', ts, dur: cpu + 100, tdur: cpu, pid: 1, tid: 1 },
    ...inner(ts + 1),
  ];
}
const ev = (name: string, ts: number, tdur: number, url?: string): TraceEvent =>
  ({
    name,
    ph: 'X',
    ts,
    dur: tdur,
    tdur,
    pid: 1,
    tid: 1,
    args: url === undefined ? {} : { data: { url } },
  }) as TraceEvent;
const MAIN: TraceEvent = {
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid: 1,
  args: { name: 'CrRendererMain' },
};

describe('the content script’s own tasks in a trace (bench, issue 14)', () => {
  it('counts whole the tasks the script starts, and only its calls inside the page’s tasks', () => {
    const events = [
      MAIN,
      // The injection: the whole task (compile included).
      ...task(9_000, (t) => [ev('EvaluateScript', t, 8_000, EXT), ev('v8.compile', t + 1, 4_000)]),
      // A storage answer running our continuation.
      ...task(2_000, (t) => [
        ev('Receive mojo reply', t, 100),
        ev('RunMicrotasks', t + 200, 1_500),
      ]),
      // Our timer and a scheduler.yield() continuation.
      ...task(3_000, (t) => [ev('TimerFire', t, 2_900), ev('FunctionCall', t + 1, 2_800, EXT)]),
      ...task(4_000, (t) => [ev('RunYieldContinuation', t, 3_900)]),
      // A frame the page renders with our animation-frame callback inside: only the callback.
      ...task(20_000, (t) => [
        ev('FireAnimationFrame', t, 600),
        ev('FunctionCall', t + 1, 500, EXT),
        ev('Layout', t + 700, 15_000),
      ]),
      // The page's own timer, parse and a reply with nothing run: none of it.
      ...task(7_000, (t) => [
        ev('TimerFire', t, 6_900),
        ev('FunctionCall', t + 1, 6_800, 'http://127.0.0.1/page.js'),
      ]),
      ...task(50_000, (t) => [ev('ParseHTML', t, 49_000)]),
      ...task(300, (t) => [ev('Receive mojo reply', t, 100)]),
      // Another renderer thread (a worker) is never the page's main thread.
      { ...ev('RunTask', (clock += 10_000), 5_000), tid: 2 },
      { ...ev('EvaluateScript', clock + 1, 4_000, EXT), tid: 2 },
    ];
    const own = ownTasks(events, isOurs);
    expect(own.tasks).toBe(4);
    expect(own.spans).toHaveLength(5); // the four tasks and the animation-frame callback
    expect(own.cpuMs).toBeCloseTo((9_000 + 2_000 + 3_000 + 4_000 + 500) / 1000, 6);
  });
});
