/**
 * First highlight, build against build: `npx tsx scripts/bench/first-highlight.ts DIR[,DIR…]
 * [page] [loads]` loads one bench page (default `article`) in one Chromium per unpacked build,
 * the builds taking turns load by load (so the machine's drift falls on all alike), and prints
 * each build's median and every load's time from the load event to the first animation frame
 * that saw a claim highlight (the bench's figure, scripts/bench/runs.ts). Default 12 loads.
 * Used to compare an older commit's build (e.g. `git worktree` + `npm run build`) with this one.
 */
import { resolve } from 'node:path';
import { launchWithExtension } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPages, benchRoutes } from './pages';
import { PROBE_SCRIPT, type Probe } from './inject';

const [dirsArg, id = 'article', loadsArg = '12'] = process.argv.slice(2);
const spec = benchPages().find((p) => p.id === id);
const loads = Number(loadsArg);
if (!dirsArg || !spec || !Number.isInteger(loads) || loads < 1) {
  console.error(
    'usage: npx tsx scripts/bench/first-highlight.ts DIR[,DIR…] [page] [loads]\n' +
      `  DIR: an unpacked Chrome build; page: one of ${benchPages()
        .filter((p) => p.hasClaims)
        .map((p) => p.id)
        .join(', ')}`,
  );
  process.exit(2);
}
const dirs = dirsArg.split(',');
const server = await startServer(undefined, benchRoutes([spec]));
const browsers = [];
for (const dir of dirs) browsers.push(await launchWithExtension({ extensionPath: resolve(dir) }));
const times: (number | null)[][] = dirs.map(() => []);
try {
  for (let load = 0; load < loads; load++) {
    for (const [b, browser] of browsers.entries()) {
      const page = await browser.context.newPage();
      await page.addInitScript({ content: PROBE_SCRIPT });
      await page.goto(server.origin + spec.path, { timeout: 60_000 });
      const seen = await page
        .waitForFunction(
          () => (window as unknown as { __bench: Probe }).__bench.firstHighlight !== null,
          null,
          { timeout: 10_000 },
        )
        .then(() => true)
        .catch(() => false);
      const ms = await page.evaluate(() => {
        const probe = (window as unknown as { __bench: Probe }).__bench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return probe.firstHighlight === null ? null : probe.firstHighlight - nav.loadEventStart;
      });
      times[b]?.push(seen ? ms : null);
      await page.close();
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [b, dir] of dirs.entries()) {
  const all = times[b] ?? [];
  const seen = all.filter((t): t is number => t !== null);
  const mid = seen.length ? `${median(seen)?.toFixed(1)} ms` : 'none seen';
  console.log(
    `${dir}: median ${mid} over ${seen.length} of ${all.length} loads | ${all.map((t) => (t === null ? '–' : t.toFixed(0))).join(' ')}`,
  );
}
