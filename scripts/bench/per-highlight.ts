/**
 * What registering highlights costs the page's next frame, without the extension: on a bench
 * page (our sheet's shape adopted first and settled), N ranges spread over the page are
 * registered in one change ("all"), or those within a viewport height of the viewport first
 * ("near") and the rest in a second change ("rest", as visible-first.ts does in idle time).
 * Each figure is the time from the change to the task after the next rendered frame, minus the
 * same for a frame with no change ("none"); medians. Usage:
 *   npx tsx scripts/bench/per-highlight.ts [page-id=huge-claims] [N=500] [runs=5]
 */
import { chromium } from 'playwright-core';
import { findChromium } from '../lib/browser/browser-path.mjs';
import { QUIET_FLAGS } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPages, benchRoutes } from './pages';

const [id = 'huge-claims', nArg = '500', runsArg = '5'] = process.argv.slice(2);
const spec = benchPages().find((p) => p.id === id);
if (!spec) throw new Error(`no bench page ${id}`);

/** Runs in the page: one measurement of `mode`; returns [ms of the first change, ms of the second]. */
const measure = async ([mode, n]: [string, number]): Promise<number[]> => {
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(cc-bench) { background-color: rgb(255 230 150); }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (let i = 0; i < 5; i++) await frame();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if ((t.nodeValue ?? '').trim().length > 20) texts.push(t as Text);
  const step = Math.max(1, Math.floor(texts.length / n));
  const ranges = texts
    .filter((_, i) => i % step === 0)
    .slice(0, n)
    .map((t) => {
      const r = document.createRange();
      r.selectNodeContents(t);
      return r;
    });
  const h = innerHeight;
  const rects = ranges.map((r) => r.getBoundingClientRect());
  const near = ranges.filter((_, i) => rects[i]!.bottom >= -h && rects[i]!.top <= 2 * h);
  const rest = ranges.filter((r) => !near.includes(r));
  await frame();
  const timed = async (change: () => void) => {
    const t0 = performance.now();
    change();
    await frame();
    return performance.now() - t0;
  };
  const H = (window as unknown as { Highlight: new (...r: Range[]) => Set<Range> }).Highlight;
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  if (mode === 'none') return [await timed(() => undefined), near.length];
  if (mode === 'all')
    return [await timed(() => reg.set('cc-bench', new H(...ranges))), near.length];
  const hl = new H();
  const first = await timed(() => {
    for (const r of near) hl.add(r);
    reg.set('cc-bench', hl);
  });
  await frame();
  const second = await timed(() => {
    for (const r of rest) hl.add(r);
  });
  return [first, second, near.length];
};

const server = await startServer(undefined, benchRoutes([spec]));
const browser = await chromium.launch({
  executablePath: findChromium(),
  headless: true,
  args: QUIET_FLAGS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
// tsx compiles with keepNames: the evaluated function calls esbuild's __name helper.
await page.addInitScript('globalThis.__name = (f) => f;');
const results: Record<string, number[][]> = { none: [], all: [], split: [] };
for (let run = 0; run < Number(runsArg); run++) {
  for (const mode of ['none', 'all', 'split']) {
    await page.goto(server.origin + spec.path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    results[mode]!.push(await page.evaluate(measure, [mode, Number(nArg)] as [string, number]));
  }
}
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const col = (mode: string, i: number) => median(results[mode]!.map((r) => r[i] ?? NaN));
const none = col('none', 0);
const f = (x: number) => x.toFixed(1);
console.log(
  `${spec.label}, ${nArg} ranges, ${runsArg} runs (medians, ms to the task after the frame):`,
);
console.log(`  no change ${f(none)}; near the viewport: ${col('split', 2)} ranges`);
console.log(`  all at once ${f(col('all', 0))} (+${f(col('all', 0) - none)})`);
console.log(
  `  near first ${f(col('split', 0))} (+${f(col('split', 0) - none)}), then the rest ${f(col('split', 1))} (+${f(col('split', 1) - none)})`,
);
