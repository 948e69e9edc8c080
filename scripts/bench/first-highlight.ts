/**
 * First highlight, build against build: `npx tsx scripts/bench/first-highlight.ts DIR[,DIR…]
 * [page] [loads]` loads one bench page (default `article`) in one Chromium per unpacked build,
 * the builds taking turns load by load (so the machine's drift falls on all alike), and prints
 * each build's median and every load's time from the load event to the first animation frame
 * that saw a claim highlight (the bench's figure, scripts/bench/runs.ts). Default 12 loads.
 * Used to compare an older commit's build (e.g. `git worktree` + `npm run build`) with this one.
 *
 * `--painted` traces each load and also prints when the frame that first showed a claim finished
 * painting: the bench's figure is taken at that frame's start, before its style and paint, so a
 * change that moves work between frames can move the two apart (docs/performance.md, ninth
 * round).
 */
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPageIds, benchPages, benchRoutes } from './pages';
import { PROBE_SCRIPT, type Probe } from './inject';
import { metricsSession } from './measure';
import { trace } from './trace';

const painted = process.argv.includes('--painted');
const [dirsArg, id = 'article', loadsArg = '12'] = process.argv
  .slice(2)
  .filter((a) => a !== '--painted');
const spec = benchPages().find((p) => p.id === id);
const loads = Number(loadsArg);
if (!dirsArg || !spec || !Number.isInteger(loads) || loads < 1) {
  console.error(
    'usage: npx tsx scripts/bench/first-highlight.ts DIR[,DIR…] [page] [loads] [--painted]\n' +
      `  DIR: an unpacked Chrome build; page: one of ${benchPageIds(
        benchPages().filter((p) => p.hasClaims),
      )}`,
  );
  process.exit(2);
}
const dirs = dirsArg.split(',');
const server = await startServer(undefined, benchRoutes([spec]));
const browsers: ExtensionBrowser[] = [];
for (const dir of dirs) browsers.push(await launchWithExtension({ extensionPath: resolve(dir) }));
const times: (number | null)[][] = dirs.map(() => []);
/** With --painted: when the frame that first showed a claim finished painting, ms after load. */
const paintedTimes: (number | null)[][] = dirs.map(() => []);
/** The main-thread events that end a frame's rendering. */
const PAINTING = new Set(['Paint', 'Commit', 'Layerize']);

/** Loads the page once; the first highlight and when its frame finished painting, after load. */
async function loadOnce(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript({ content: PROBE_SCRIPT });
    // Only a traced load opens a DevTools session (the plain figure is taken as before).
    const cdp = painted ? await metricsSession(page) : null;
    let probe: { firstHighlight: number | null; loadEventStart: number } | null = null;
    const visit = async () => {
      await page.goto(server.origin + spec!.path, { timeout: 60_000 });
      await page
        .waitForFunction(
          () => (window as unknown as { __bench: Probe }).__bench.firstHighlight !== null,
          null,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      // The frame that saw the claim has to finish rendering inside the trace.
      if (painted) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      probe = await page.evaluate(() => {
        const p = (window as unknown as { __bench: Probe }).__bench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { firstHighlight: p.firstHighlight, loadEventStart: nav.loadEventStart };
      });
    };
    const events = cdp ? await trace(cdp, visit) : (await visit(), []);
    const { firstHighlight, loadEventStart } = probe ?? { firstHighlight: null, loadEventStart: 0 };
    if (firstHighlight === null) return { first: null, painted: null };
    if (!cdp) return { first: firstHighlight - loadEventStart, painted: null };
    const { metrics } = await cdp.send('Performance.getMetrics');
    const origin = (metrics.find((m) => m.name === 'NavigationStart')?.value ?? 0) * 1e6;
    const main = events.find((e) => e.name === 'ParseHTML')?.tid;
    const from = origin + firstHighlight * 1000;
    const ends = events
      .filter((e) => e.tid === main && e.ph === 'X' && PAINTING.has(e.name) && e.ts >= from)
      .map((e) => e.ts + (e.dur ?? 0));
    return {
      first: firstHighlight - loadEventStart,
      painted: ends.length ? (Math.min(...ends) - origin) / 1000 - loadEventStart : null,
    };
  } finally {
    await page.close();
  }
}

try {
  for (let load = 0; load < loads; load++) {
    for (const [b, browser] of browsers.entries()) {
      const { first, painted: done } = await loadOnce(browser);
      times[b]?.push(first);
      paintedTimes[b]?.push(done);
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (all: (number | null)[]) => {
  const seen = all.filter((t): t is number => t !== null);
  const mid = seen.length ? `${median(seen)?.toFixed(1)} ms` : 'none seen';
  return `median ${mid} over ${seen.length} of ${all.length} loads | ${all.map((t) => (t === null ? '–' : t.toFixed(0))).join(' ')}`;
};
for (const [b, dir] of dirs.entries()) {
  console.log(`${dir}: ${summary(times[b] ?? [])}`);
  if (painted) console.log(`${dir}, painted: ${summary(paintedTimes[b] ?? [])}`);
}
