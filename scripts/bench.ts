/**
 * `npm run bench` (issue 6): builds the extension, loads it in Debian's Chromium, serves
 * generated pages on 127.0.0.1 and measures, side by side in one run, the page without the
 * extension, the extension, the floor (a bare TreeWalker pass) and the peer (mark.js). Prints
 * medians, ratios and PASS/MISS per target, and writes .tmp/bench/results.json.
 * Options: --runs N (default 3, about 12 minutes on 2 cores), --pages id,id (default all),
 * --no-build, --from-json (reprint the last run's tables with the current report code).
 * It reports figures; it is not a test. Method and latest figures: docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { launchWithExtension } from './lib/browser/chromium';
import { findChromium } from './lib/browser/browser-path.mjs';
import { startServer } from './lib/browser/server';
import { benchPages, benchRoutes } from './bench/pages';
import { peerScript } from './bench/inject';
import { extensionRun, plainRun, type ExtensionRun, type PlainRun } from './bench/runs';
import { formatTables, summarise, targets } from './bench/report';
import { bundleSizes, type BundleSize } from './bench/sizes';
import { QUIET_FLAGS } from './lib/browser/chromium';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run bench [-- --runs N] [--pages id,id] [--no-build] [--extension DIR] [--from-json]
Builds the extension and measures it in Debian's Chromium on generated pages, beside the page
alone, a bare TreeWalker pass and mark.js (about 12 minutes on 2 cores): what the page pays
(main-thread CPU, style + layout, long animation frames) and the content script's own CPU;
writes .tmp/bench/results.json. Method and figures: docs/performance.md.
  --runs N          runs per page (default 3; the 30 KB pages load 3 times per run)
  --pages id,id     only these pages (default all)
  --no-build        use .output/chrome-mv3 as it is
  --extension DIR   measure this unpacked Chrome build instead (implies --no-build)
  --from-json       reprint the last run's tables, no browser`);
  process.exit(0);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

const runs = Number(option('runs') ?? 3);
const only = option('pages')?.split(',');
const outDir = resolve('.tmp/bench');

/** `--from-json`: re-reads the last run's raw figures and prints the tables again (no browser). */
function reprint(): void {
  const last = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as {
    raw: Record<string, { plain: PlainRun[]; extension: ExtensionRun[] }>;
    bundles: BundleSize[];
  };
  const pages = benchPages().filter((p) => last.raw[p.id]);
  const summaries = pages.map((p) =>
    summarise(p, last.raw[p.id]!.plain, last.raw[p.id]!.extension),
  );
  const tgts = targets(summaries, last.bundles);
  console.log(formatTables(summaries, tgts, last.bundles));
  console.log(`${tgts.filter((t) => t.pass).length}/${tgts.length} targets met`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--from-json')) return reprint();
  mkdirSync(outDir, { recursive: true });
  const otherBuild = option('extension');
  if (!otherBuild && !process.argv.includes('--no-build')) {
    console.log('building…');
    execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Load a private copy, so another build in the same checkout cannot change it mid-run.
  const extensionDir = join(outDir, 'chrome-mv3');
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(resolve(otherBuild ?? '.output/chrome-mv3'), extensionDir, { recursive: true });
  const bundles = bundleSizes(extensionDir);

  const pages = benchPages().filter((p) => !only || only.includes(p.id));
  const server = await startServer(undefined, benchRoutes(pages));
  const plainDir = mkdtempSync(join(tmpdir(), 'claim-context-bench-'));
  const plain = await chromium.launchPersistentContext(plainDir, {
    executablePath: findChromium(),
    headless: true,
    args: QUIET_FLAGS,
  });
  const ext = await launchWithExtension({ extensionPath: extensionDir });
  const peer = peerScript();
  const plainRuns = new Map<string, PlainRun[]>(pages.map((p) => [p.id, []]));
  const extRuns = new Map<string, ExtensionRun[]>(pages.map((p) => [p.id, []]));
  const started = Date.now();
  try {
    // Warm-up: one untimed load per browser, so the first timed run is not the browser's first.
    await plainRun(plain, server.origin, pages[0]!, peer);
    await extensionRun(ext, server.origin, pages[0]!);
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        const t0 = Date.now();
        process.stdout.write(`run ${run}/${runs} ${page.label}…`);
        for (let load = 0; load < page.loadsPerRun; load++) {
          plainRuns.get(page.id)!.push(await plainRun(plain, server.origin, page, peer));
          extRuns.get(page.id)!.push(await extensionRun(ext, server.origin, page));
        }
        process.stdout.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      }
    }
  } finally {
    await plain.close().catch(() => undefined);
    await ext.close();
    await server.close();
    rmSync(plainDir, { recursive: true, force: true });
  }

  const summaries = pages.map((p) => summarise(p, plainRuns.get(p.id)!, extRuns.get(p.id)!));
  const tgts = targets(summaries, bundles);
  const tables = formatTables(summaries, tgts, bundles);
  console.log(`\n${tables}\n`);
  if (ext.errors.length) console.log(`errors logged with the extension:\n${ext.errors.join('\n')}`);
  const chromiumVersion = execFileSync(findChromium(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const results = {
    date: new Date().toISOString(),
    chromium: chromiumVersion,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    runs,
    seconds: Math.round((Date.now() - started) / 1000),
    pages: summaries,
    targets: tgts,
    bundles,
    errors: ext.errors,
    raw: Object.fromEntries(
      pages.map((p) => [p.id, { plain: plainRuns.get(p.id), extension: extRuns.get(p.id) }]),
    ),
  };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(outDir, 'tables.md'), tables + '\n');
  console.log(
    `${tgts.filter((t) => t.pass).length}/${tgts.length} targets met; results in .tmp/bench/results.json`,
  );
}

await main();
