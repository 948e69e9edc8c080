/**
 * What being an extension with a content script costs a page, and where its main-thread time
 * moves: `npx tsx scripts/bench/task-kinds.ts DIR [DIR…] [--page ID] [--loads N]` loads one bench
 * page (default `article-none`) N times (default 10, after one warm-up load) in a Chromium with
 * each unpacked build in turn, and first with a copy of the first DIR whose manifest lists no
 * content script (the same extension, nothing injected). Per build it prints the main-thread
 * thread time of a whole load, split by what each task started with (the parser, a frame, a
 * script's evaluation, a timer…), the layout inside the frames, the number of frames, and the
 * isolated world's creation (context creation and the extension system's notification of it,
 * nested inside other tasks). Means per load, ms. `npx tsx scripts/bench/floor-build.ts` makes a
 * build whose content script is the bench's floor, to compare with (docs/performance.md, issue 14).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { launchWithExtension } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPageIds, benchPages, benchRoutes } from './pages';
import { metricsSession, settle } from './measure';
import { trace, type TraceEvent } from './trace';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const id = option('--page') ?? 'article-none';
const loads = Number(option('--loads') ?? 10);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const spec = benchPages().find((p) => p.id === id);
if (!spec || dirs.length === 0 || !Number.isInteger(loads) || loads < 1) {
  console.error(
    'usage: npx tsx scripts/bench/task-kinds.ts DIR [DIR…] [--page ID] [--loads N]\n' +
      `  DIR: an unpacked Chrome build; ID: one of ${benchPageIds()}`,
  );
  process.exit(2);
}
for (const dir of dirs) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No extension build at ${dir}.`);
    process.exit(2);
  }
}

/** The first build without content scripts: what the extension costs a page with none. */
const bare = resolve('.tmp/bench/no-content-scripts');
rmSync(bare, { recursive: true, force: true });
cpSync(dirs[0]!, bare, { recursive: true });
const manifest = JSON.parse(readFileSync(join(bare, 'manifest.json'), 'utf8')) as Record<
  string,
  unknown
>;
delete manifest.content_scripts;
writeFileSync(join(bare, 'manifest.json'), JSON.stringify(manifest));

/** Events nested in other tasks: the content scripts' world being made. */
const NESTED = [
  'LocalWindowProxy::CreateContext',
  'ContextCreatedNotification',
  'InstallConditionalFeatures',
];
const TASK = 'ThreadControllerImpl::RunTask';

/** What a task started with: its first nested event, with the script's file name if any. */
function kindOf(first: TraceEvent | undefined): string {
  if (!first) return '(nothing traced inside)';
  const url = (first.args as { data?: { url?: string } } | undefined)?.data?.url;
  return url ? `${first.name} ${basename(url)}` : first.name;
}

async function measure(dir: string): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  const add = (key: string, ms: number) => sums.set(key, (sums.get(key) ?? 0) + ms / loads);
  const browser = await launchWithExtension({ extensionPath: dir });
  try {
    for (let n = 0; n <= loads; n++) {
      const page = await browser.context.newPage();
      try {
        const cdp = await metricsSession(page);
        const events = await trace(cdp, async () => {
          await page.goto(server.origin + spec!.path, { waitUntil: 'load', timeout: 60_000 });
          await settle(cdp, { minMs: spec!.busyForMs });
        }, ['v8', 'blink', 'extensions']);
        if (n === 0) continue; // the warm-up load
        const parse = events.find((e) => e.name === 'ParseHTML');
        const main = events
          .filter((e) => e.pid === parse?.pid && e.tid === parse?.tid && e.ph === 'X')
          .sort((a, b) => a.ts - b.ts);
        const ms = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
        for (const task of main.filter((e) => e.name === TASK)) {
          const end = task.ts + (task.dur ?? 0);
          const inside = main.filter(
            (e) => e.ts >= task.ts && e.ts < end && e.name !== TASK && e.name !== 'RunTask',
          );
          const kind = kindOf(inside[0]);
          add(`task: ${kind}`, ms(task));
          add('all tasks', ms(task));
          if (kind === 'WebFrameWidgetImpl::BeginMainFrame') {
            add('frames (count)', 1);
            for (const e of inside) if (e.name === 'Layout') add('layout inside frames', ms(e));
          }
        }
        for (const e of main) if (e.name === 'Layout') add('layout, all', ms(e));
        for (const e of main) if (NESTED.includes(e.name)) add(`nested: ${e.name}`, ms(e));
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return sums;
}

const server = await startServer(undefined, benchRoutes([spec]));
const columns: [string, Map<string, number>][] = [];
try {
  for (const dir of [bare, ...dirs]) columns.push([basename(dir), await measure(dir)]);
} finally {
  await server.close();
  rmSync(bare, { recursive: true, force: true });
}

const keys = [...new Set(columns.flatMap(([, m]) => [...m.keys()]))];
const largest = (k: string) => Math.max(...columns.map(([, m]) => m.get(k) ?? 0));
keys.sort((a, b) => largest(b) - largest(a));
console.log(`${spec.label}: main-thread thread time per load, mean of ${loads} loads (ms)\n`);
console.log(`| | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`| :-- |${columns.map(() => ' --: |').join('')}`);
for (const k of keys.filter((k) => largest(k) >= 0.1))
  console.log(`| ${k} | ${columns.map(([, m]) => (m.get(k) ?? 0).toFixed(1)).join(' | ')} |`);
