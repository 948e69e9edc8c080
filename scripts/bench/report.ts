import type { BenchPage } from './pages';
import type { ExtensionRun, Loaf, PlainRun } from './runs';
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
  /** What the page pays (issue 14): main-thread CPU of the load without the extension, ms. */
  page: PagePays;
}

/**
 * What the page pays, measured from the page's side (CDP TaskDuration in thread-ticks mode:
 * script, style, layout, paint, parsing, GC, everything on the main thread), the harness's own
 * DevTools calls taken out. "Adds" is with minus without: the extension over a whole load, the
 * floor and mark.js over a window after load (minus an empty control window).
 */
export interface PagePays {
  noneMs: number;
  /** The lightest and heaviest load without the extension, ms: how much the page alone varies. */
  noneRangeMs: [number, number];
  extAddsMs: number;
  /**
   * Thread time of the content script's own tasks in a traced load (trace.ts ownTasks), ms: on
   * a page without claims, where it touches no style, layout or DOM, all the page pays for it,
   * free of the page's own load-to-load variation; on claim pages the style, layout and paint
   * its highlights cause are not in it. NaN for results from before it was measured.
   */
  extOwnMs: number;
  floorAddsMs: number;
  peerAddsMs: number;
  /** Style recalculation + layout added, ms. */
  extStyleLayoutMs: number;
  floorStyleLayoutMs: number;
  peerStyleLayoutMs: number;
  extOverFloor: number;
  extOverPeer: number;
  /** The harness's DevTools calls during a load with the extension, as page main-thread ms. */
  harnessMs: number;
  /** Long animation frames (> 50 ms) per load, median, with and without the extension. */
  loafsExt: number;
  loafsNone: number;
  /**
   * Most LoAFs in one run that our code made long: our own tasks inside it (traced load), and
   * the frame minus them under 50 ms (style and layout we cause in the page's frames are not
   * subtracted, so this undercounts; LoAFs with minus without shows them).
   */
  loafsOurs: number;
  /** Most LoAFs in one run with any content-script sample inside. */
  loafsWithOurCode: number;
  /** Most content-script ms inside any one LoAF, in any run. */
  loafOursMaxMs: number;
  /** Longest LoAF blocking duration with the extension minus without (medians), ms. */
  loafBlockingAddedMs: number;
  /** LoAFs the floor and mark.js windows saw (median). */
  floorLoafs: number;
  peerLoafs: number;
}

function pagePays(plain: PlainRun[], ext: ExtensionRun[]): PagePays {
  const m = <T>(runs: T[], f: (r: T) => number) => median(runs.map(f));
  const perCall = m(plain, (r) => r.msPerCall ?? 0);
  const own = (l: { taskMs: number; calls?: number }) => l.taskMs - (l.calls ?? 0) * perCall;
  const sl = (l: { styleMs: number; layoutMs: number }) => l.styleMs + l.layoutMs;
  const noneMs = m(plain, (r) => own(r.load));
  const noneLoads = plain.map((r) => own(r.load));
  const extAddsMs = m(ext, (r) => own(r.load)) - noneMs;
  const floorAddsMs = m(plain, (r) => r.floor.taskMs);
  const peerAddsMs = m(plain, (r) => r.peer.taskMs);
  const blocking = (ls: Loaf[] | undefined) => sum((ls ?? []).map((l) => l[2]));
  // Our share of each frame: from the traced load (our tasks' exact spans); results.json from
  // before it has it from the profiled load, or (older still) in loadLoafs.
  const ours = (r: ExtensionRun) => r.tracedLoafs ?? r.profiledLoafs ?? r.loadLoafs ?? [];
  return {
    noneMs,
    noneRangeMs: [Math.min(...noneLoads), Math.max(...noneLoads)],
    extAddsMs,
    extOwnMs: m(ext, (r) => r.own?.cpuMs ?? Number.NaN),
    floorAddsMs,
    peerAddsMs,
    extStyleLayoutMs: m(ext, (r) => sl(r.load)) - m(plain, (r) => sl(r.load)),
    floorStyleLayoutMs: m(plain, (r) => sl(r.floor)),
    peerStyleLayoutMs: m(plain, (r) => sl(r.peer)),
    extOverFloor: extAddsMs / floorAddsMs,
    extOverPeer: extAddsMs / peerAddsMs,
    harnessMs: m(ext, (r) => (r.load.calls ?? 0) * perCall),
    loafsExt: m(ext, (r) => (r.loadLoafs ?? []).length),
    loafsNone: m(plain, (r) => (r.loadLoafs ?? []).length),
    loafsOurs: Math.max(
      ...ext.map((r) => ours(r).filter((l) => l[3] > 0 && l[1] - l[3] < 50).length),
    ),
    loafsWithOurCode: Math.max(...ext.map((r) => ours(r).filter((l) => l[3] > 0).length)),
    loafOursMaxMs: Math.max(0, ...ext.flatMap((r) => ours(r).map((l) => l[3]))),
    loafBlockingAddedMs:
      m(ext, (r) => blocking(r.loadLoafs)) - m(plain, (r) => blocking(r.loadLoafs)),
    floorLoafs: m(plain, (r) => (r.floorLoafs ?? []).length),
    peerLoafs: m(plain, (r) => (r.peerLoafs ?? []).length),
  };
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
    page: pagePays(plain, ext),
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
  // Issue 14: what the page pays (main-thread CPU added, from the page's side).
  const none = byId.get('huge-none');
  if (none && Number.isFinite(none.page.extOwnMs)) {
    out.push({
      name: "page main-thread CPU of the extension's own tasks, 5 MB page without claims",
      limit: '≤ 1.5 × floor',
      measured: `${fmt(none.page.extOwnMs)} ms vs floor ${fmt(none.page.floorAddsMs)} ms (${(none.page.extOwnMs / none.page.floorAddsMs).toFixed(2)}×)`,
      pass: none.page.extOwnMs <= 1.5 * none.page.floorAddsMs,
    });
  }
  if (none) {
    const limitMs = 1.5 * none.page.floorAddsMs;
    out.push({
      name: 'page main-thread CPU added, 5 MB page without claims',
      limit: '≤ 1.5 × floor',
      measured: `${fmt(none.page.extAddsMs)} ms vs floor ${fmt(none.page.floorAddsMs)} ms (${none.page.extOverFloor.toFixed(2)}×)${spreadNote(none, limitMs)}`,
      pass: none.page.extAddsMs <= limitMs && resolves(none, limitMs),
    });
  }
  const peerLimit: Record<string, number> = { article: 2, long: 1, 'huge-claims': 1 };
  for (const p of pages.filter((x) => peerLimit[x.id] !== undefined)) {
    const limitMs = (peerLimit[p.id] as number) * p.page.peerAddsMs;
    out.push({
      name: `page main-thread CPU added, ${p.label}`,
      limit: `≤ ${peerLimit[p.id]} × mark.js`,
      measured: `${fmt(p.page.extAddsMs)} ms vs mark.js ${fmt(p.page.peerAddsMs)} ms (${p.page.extOverPeer.toFixed(2)}×)${spreadNote(p, limitMs)}`,
      pass: p.page.extAddsMs <= limitMs && resolves(p, limitMs),
    });
  }
  for (const p of pages) {
    out.push({
      name: `long animation frames caused by the extension, ${p.label}`,
      limit: '0',
      measured: `${p.page.loafsExt} with vs ${p.page.loafsNone} without; made long by our code: ${p.page.loafsOurs}; with our code: ${p.page.loafsWithOurCode} (at most ${fmt(p.page.loafOursMaxMs)} ms of ours)`,
      // Ours when our code made it long; a count above the page's own is only a hint (one
      // LoAF more or less between loads is common on this machine), shown, not judged.
      pass: p.page.loafsOurs === 0,
    });
  }
  // Issue 6's content-script figures, kept as diagnostics.
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
  // Every page gets the shared extension API (api.js) and the gate stage; a frame that names
  // the therapy gets the engine as well.
  const api = bundles.find((b) => b.file === 'api.js');
  const gate = bundles.find((b) => b.file === 'content-scripts/gate.js');
  const engine = bundles.find((b) => b.file === 'content-scripts/content.js');
  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  if (api && gate) {
    const every = api.gzip + gate.gzip;
    out.push({
      name: 'content scripts on every page (the API and the gate stage), gzipped',
      limit: '≤ 30 KB',
      measured: `${kb(every)} KB (${kb(api.gzip)} + ${kb(gate.gzip)})`,
      pass: every <= 30 * KB,
    });
    if (engine) {
      const all = every + engine.gzip;
      out.push({
        name: 'content scripts where the therapy is named (API, gate stage and engine), gzipped',
        limit: '≤ 30 KB',
        measured: `${kb(all)} KB (${kb(api.gzip)} + ${kb(gate.gzip)} + ${kb(engine.gzip)})`,
        pass: all <= 30 * KB,
      });
    }
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

/**
 * Whether a whole-load figure can answer a target of `limitMs`: the extension's figure is a
 * difference of two loads, so when the page alone varies between loads by more than the limit
 * itself, a median "adds" under the limit is noise and is not counted as met.
 */
function resolves(p: PageSummary, limitMs: number): boolean {
  const [lo, hi] = p.page.noneRangeMs;
  return hi - lo <= limitMs;
}

function spreadNote(p: PageSummary, limitMs: number): string {
  const [lo, hi] = p.page.noneRangeMs;
  const note = `; the page alone: ${fmt(lo)}–${fmt(hi)} ms between loads`;
  return resolves(p, limitMs)
    ? note
    : `${note}, more than the limit (${fmt(limitMs)} ms): not shown either way`;
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
  const pays = table(
    [
      'page',
      'page CPU, no ext ms (min–max)',
      'ext adds ms',
      'ext own tasks ms',
      'floor adds ms',
      'mark.js adds ms',
      'ext/floor',
      'ext/mark.js',
      'style+layout added: ext / floor / mark.js ms',
      'LoAF ext / none (made long by us)',
      'LoAF floor / mark.js',
      'harness ms',
    ],
    pages.map((p) => [
      p.label,
      `${fmt(p.page.noneMs)} (${fmt(p.page.noneRangeMs[0])}–${fmt(p.page.noneRangeMs[1])})`,
      fmt(p.page.extAddsMs),
      fmt(p.page.extOwnMs),
      fmt(p.page.floorAddsMs),
      fmt(p.page.peerAddsMs),
      p.page.extOverFloor.toFixed(2),
      p.page.extOverPeer.toFixed(2),
      `${fmt(p.page.extStyleLayoutMs)} / ${fmt(p.page.floorStyleLayoutMs)} / ${fmt(p.page.peerStyleLayoutMs)}`,
      `${p.page.loafsExt} / ${p.page.loafsNone} (${p.page.loafsOurs})`,
      `${p.page.floorLoafs} / ${p.page.peerLoafs}`,
      fmt(p.page.harnessMs),
    ]),
  );
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
  return [pays, main, peer, goals, sizes].join('\n\n');
}
