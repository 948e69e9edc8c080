import type { BenchPage } from './pages';
import type { ExtensionRun, PlainRun } from './runs';
import type { BundleSize } from './sizes';

/** Median of a list (NaN for an empty one). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Medians for one page across its runs. */
export interface PageSummary {
  id: string;
  label: string;
  nodes: number;
  expectedClaims: number;
  /** Main-thread CPU of the content script from navigation until settled (profile), ms. */
  extCpuMs: number;
  /** CPU of the floor (bare TreeWalker) and of mark.js, injected after load (profile), ms. */
  floorCpuMs: number;
  peerCpuMs: number;
  /** Task time those passes added over a do-nothing control window, ms (mark.js: relayout too). */
  floorTaskMs: number;
  peerTaskMs: number;
  peerMarks: number;
  extOverFloor: number;
  extOverPeer: number;
  /** Whole load with the extension minus whole load without it (startup and CSS included; noisy). */
  loadAddedTaskMs: number;
  /** JS heap after GC with the extension minus without it (whole renderer), bytes. */
  heapAddedBytes: number;
  peerHeapAddedBytes: number;
  /** Longest unbroken stretch of content-script samples in any run; most stretches > 50 ms in one run. */
  extLongestMs: number;
  extLongTasks: number;
  /** Median long-task count during the whole load, with and without the extension. */
  loadLongTasksExt: number;
  loadLongTasksNone: number;
  peerLongTasks: number;
  peerLongTaskMs: number;
  firstHighlightMs: number | null;
  /** Fewest claims highlighted in any run. */
  claimsAtLoad: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Reduces one page's runs to medians and ratios. */
export function summarise(page: BenchPage, plain: PlainRun[], ext: ExtensionRun[]): PageSummary {
  const m = <T>(runs: T[], f: (r: T) => number) => median(runs.map(f));
  const extCpuMs = m(ext, (r) => r.cpu.ms);
  const floorCpuMs = m(plain, (r) => r.floorCpu.ms);
  const peerCpuMs = m(plain, (r) => r.peerCpu.ms);
  const firstHighlights = ext.map((r) => r.firstHighlightMs).filter((x): x is number => x !== null);
  return {
    id: page.id,
    label: page.label,
    nodes: m(plain, (r) => r.floorNodes),
    expectedClaims: page.expectedClaims,
    extCpuMs,
    floorCpuMs,
    peerCpuMs,
    floorTaskMs: m(plain, (r) => r.floor.taskMs),
    peerTaskMs: m(plain, (r) => r.peer.taskMs),
    peerMarks: m(plain, (r) => r.peerMarks),
    extOverFloor: extCpuMs / floorCpuMs,
    extOverPeer: extCpuMs / peerCpuMs,
    loadAddedTaskMs: m(ext, (r) => r.load.taskMs) - m(plain, (r) => r.load.taskMs),
    heapAddedBytes: m(ext, (r) => r.load.heapBytes) - m(plain, (r) => r.load.heapBytes),
    peerHeapAddedBytes: m(plain, (r) => r.peerHeapBytes),
    extLongestMs: Math.max(...ext.map((r) => r.cpu.longestMs)),
    extLongTasks: Math.max(...ext.map((r) => r.cpu.longStretches.length)),
    loadLongTasksExt: m(ext, (r) => r.loadLongTasks.length),
    loadLongTasksNone: m(plain, (r) => r.loadLongTasks.length),
    peerLongTasks: m(plain, (r) => r.peerLongTasks.length),
    peerLongTaskMs: m(plain, (r) => sum(r.peerLongTasks)),
    firstHighlightMs: firstHighlights.length ? median(firstHighlights) : null,
    claimsAtLoad: Math.min(...ext.map((r) => r.claimsAtLoad)),
  };
}

/** One target of issue 6 and whether this run met it. */
export interface Target {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;

/** Evaluates issue 6's targets against the summaries and the bundle sizes. */
export function targets(pages: PageSummary[], bundles: BundleSize[]): Target[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const out: Target[] = [];
  const none = byId.get('huge-none');
  if (none) {
    out.push({
      name: 'main-thread time, 5 MB page without claims',
      limit: '≤ 1.5 × floor',
      measured: `${fmt(none.extCpuMs)} ms vs floor ${fmt(none.floorCpuMs)} ms (${none.extOverFloor.toFixed(2)}×)`,
      pass: none.extCpuMs <= 1.5 * none.floorCpuMs,
    });
  }
  for (const p of pages.filter((x) => x.expectedClaims > 0)) {
    out.push({
      name: `main-thread time, ${p.label}`,
      limit: '≤ ⅓ × mark.js',
      measured: `${fmt(p.extCpuMs)} ms vs mark.js ${fmt(p.peerCpuMs)} ms (${p.extOverPeer.toFixed(2)}×)`,
      pass: p.extCpuMs <= p.peerCpuMs / 3,
    });
  }
  for (const p of pages) {
    out.push({
      name: `long tasks > 50 ms caused by the extension, ${p.label}`,
      limit: '0',
      measured: `${p.loadLongTasksExt} with vs ${p.loadLongTasksNone} without; content-script stretches > 50 ms: ${p.extLongTasks} (longest ${fmt(p.extLongestMs)} ms)`,
      // A stretch of samples can span several sliced tasks (the profile does not show task
      // boundaries), so it only counts when the page also saw more long tasks than without us.
      pass: p.extLongTasks === 0 || p.loadLongTasksExt <= p.loadLongTasksNone,
    });
  }
  const article = byId.get('article');
  if (article) {
    out.push({
      name: 'first highlight on the article, after the load event',
      limit: '≤ 100 ms',
      measured:
        article.firstHighlightMs === null ? 'none seen' : `${fmt(article.firstHighlightMs)} ms`,
      pass: article.firstHighlightMs !== null && article.firstHighlightMs <= 100,
    });
  }
  const long = byId.get('long');
  if (long) {
    out.push({
      name: 'JS heap added, 1 MB page',
      limit: '≤ 5 MB',
      measured: `${(long.heapAddedBytes / MB).toFixed(2)} MB`,
      pass: long.heapAddedBytes <= 5 * MB,
    });
  }
  const content = bundles.find((b) => b.file === 'content-scripts/content.js');
  if (content) {
    out.push({
      name: 'content script, gzipped',
      limit: '≤ 30 KB',
      measured: `${(content.gzip / KB).toFixed(1)} KB`,
      pass: content.gzip <= 30 * KB,
    });
  }
  for (const p of pages) {
    out.push({
      name: `every expected claim highlighted, ${p.label}`,
      limit: `${p.expectedClaims}`,
      measured: `${p.claimsAtLoad}`,
      pass: p.claimsAtLoad === p.expectedClaims,
    });
  }
  return out;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '| ' +
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join(' | ') +
    ' |';
  const rule =
    '|' +
    widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|') +
    '|';
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The figures as Markdown tables (printed, and pasted into docs/performance.md). */
export function formatTables(pages: PageSummary[], tgts: Target[], bundles: BundleSize[]): string {
  const main = table(
    [
      'page',
      'text nodes',
      'ext CPU ms',
      'floor CPU ms',
      'mark.js CPU ms',
      'ext/floor',
      'ext/mark.js',
      'longest ext stretch ms',
      'first highlight ms',
      'heap added MB',
      'load added ms',
      'claims',
    ],
    pages.map((p) => [
      p.label,
      String(p.nodes),
      fmt(p.extCpuMs),
      fmt(p.floorCpuMs),
      fmt(p.peerCpuMs),
      p.extOverFloor.toFixed(2),
      p.extOverPeer.toFixed(3),
      fmt(p.extLongestMs),
      p.firstHighlightMs === null ? '–' : fmt(p.firstHighlightMs),
      (p.heapAddedBytes / MB).toFixed(2),
      fmt(p.loadAddedTaskMs),
      `${p.claimsAtLoad}/${p.expectedClaims}`,
    ]),
  );
  const peer = table(
    [
      'page',
      'floor task ms',
      'mark.js task ms (with relayout)',
      'mark.js marks',
      'mark.js long tasks',
      'mark.js long-task ms',
      'mark.js heap added MB',
      'load long tasks, ext / none',
    ],
    pages.map((p) => [
      p.label,
      fmt(p.floorTaskMs),
      fmt(p.peerTaskMs),
      String(p.peerMarks),
      String(p.peerLongTasks),
      fmt(p.peerLongTaskMs),
      (p.peerHeapAddedBytes / MB).toFixed(2),
      `${p.loadLongTasksExt} / ${p.loadLongTasksNone}`,
    ]),
  );
  const goals = table(
    ['target', 'limit', 'measured', ''],
    tgts.map((t) => [t.name, t.limit, t.measured, t.pass ? 'PASS' : 'MISS']),
  );
  const sizes = table(
    ['bundle (.output/chrome-mv3)', 'raw KB', 'gzip KB'],
    bundles.map((b) => [b.file, (b.raw / KB).toFixed(1), (b.gzip / KB).toFixed(1)]),
  );
  return [main, peer, goals, sizes].join('\n\n');
}
