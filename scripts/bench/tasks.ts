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
import { openBenchSession } from './session';
import {
  claimCount,
  metricsSession,
  settle,
  startProfiler,
  stopProfiler,
  type CpuProfile,
} from './measure';
import { longTasks, samplesOfOurs, trace } from './trace';

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
