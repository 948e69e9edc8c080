/**
 * `npx tsx scripts/bench/profile.ts [page-id] [trigger]`: CPU profile of the content script on
 * one bench page (the evidence behind a missed target in docs/performance.md). Profiles either
 * the page load (trigger `load`, the default) or, once loaded, adding a <script> to <head>
 * (trigger `head-script`), and prints the functions with the most self time inside the content
 * script's stacks, the longest unbroken stretches, and the long tasks the page saw.
 * Needs a build in .tmp/bench/chrome-mv3 (run `npm run bench` once) or .output/chrome-mv3.
 */
import { openBenchSession } from './session';
import { PROBE_SCRIPT } from './inject';
import {
  attribute,
  framesOf,
  claimCount,
  longTasksSince,
  metricsSession,
  pageNow,
  readProbe,
  settle,
  startProfiler,
  stopProfiler,
  type ProfileNode,
} from './measure';

const [id = 'long', trigger = 'load'] = process.argv.slice(2);
const { spec, origin, browser, isOurs, close } = await openBenchSession(id);
try {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await metricsSession(page);
  const enough = async () => (await claimCount(page)) >= spec.expectedClaims;
  if (trigger !== 'load') {
    await page.goto(origin + spec.path, { timeout: 60_000 });
    await settle(cdp, { minMs: spec.busyForMs + 1500, ready: enough });
  }
  await startProfiler(cdp);
  const since = trigger === 'load' ? 0 : await pageNow(page);
  if (trigger === 'load') await page.goto(origin + spec.path, { timeout: 60_000 });
  else await page.addScriptTag({ content: ';' });
  await settle(cdp, { minMs: 300 + spec.busyForMs, ready: enough });
  const profile = await stopProfiler(cdp);
  const nodes = profile.nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inScript = framesOf(profile, isOurs);
  const nameOf = (n: ProfileNode | undefined): string => {
    if (!n) return '(unknown)';
    const f = n.callFrame;
    const where = f.url
      ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`
      : '(native)';
    return `${f.functionName || '(anonymous)'} ${where}`;
  };
  const interval =
    (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const self = new Map<string, number>();
  for (const n of nodes) {
    if (!inScript(n.id)) continue;
    const key = nameOf(n);
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0) * interval);
  }
  const total = attribute(profile, isOurs);
  console.log(`page ${spec.id}, trigger ${trigger}: content-script CPU ${total.ms.toFixed(1)} ms`);
  console.log(
    `stretches over 50 ms: ${total.longStretches.map((x) => x.toFixed(0)).join(', ') || 'none'}`,
  );
  console.log('self time by function inside the content script (ms):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  }
  // What the longest stretch was doing: its samples' leaf functions, most frequent first.
  const inLongest = new Map<string, number>();
  for (const id of total.longestSamples) {
    const key = nameOf(byId.get(id));
    inLongest.set(key, (inLongest.get(key) ?? 0) + interval);
  }
  console.log(`longest stretch ${total.longestMs.toFixed(1)} ms, by function (ms):`);
  for (const [key, ms] of [...inLongest].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  }
  console.log('long tasks the page saw (ms):', longTasksSince(await readProbe(page), since));
} finally {
  await close();
}
