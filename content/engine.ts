import type { Claim, Category } from './detect/types';
import { MAX_REPORTED_CLAIMS, type FrameReport } from '../utils/messages';
import type { Settings } from '../utils/settings';
import { ClaimStore, type ClaimRecord } from './claim-store';
import { anyTreatmentTerms } from './scan/gate';
import { passagesUnder, rangeFor, type Passage } from './scan/passages';
import { dirtyRoots, watchMutations, type MutationWatch } from './scan/observe';
import { AbortedError, startSlice, type Slice } from './scan/schedule';
import { isEditableDocument, isInsideSkipped } from './scan/skip';
import { isVisible, pieces } from './scan/text-tools';
import { createPainter, hasHighlightApi, type Painter } from './highlight/layer';
import { adoptHighlightStyles } from './highlight/shadow-styles';
import { recordAtPoint } from './highlight/hit-test';

/**
 * The detector as the engine uses it (content/detect/core.ts; injectable for tests). Claims'
 * `prices` are not reported: the background parses them from the claim text.
 */
export interface Detector<C> {
  hasTreatmentTerms(text: string): boolean;
  analyzeContext(text: string): C;
  detectClaims(text: string, context?: C): Claim[];
  /** Compiles the detector's patterns a step at a time (optional; see content/detect warmUp). */
  warmUp?(): Iterable<void>;
}

/** Shows and hides the hover card (content/card-host.tsx; a fake in tests). */
export interface CardHost {
  show(record: ClaimRecord, anchor: DOMRect, fromKeyboard: boolean): void;
  hide(): void;
  /** True when the event target is inside the card, so moving onto it keeps it open. */
  contains(target: EventTarget | null): boolean;
}

/** What the engine needs from its surroundings. */
export interface EngineDeps<C> {
  doc: Document;
  detector: Detector<C>;
  /** The settings at start; later changes come through `applySettings`. */
  settings: Settings;
  /** Whether highlights are on for this frame's site under given settings. */
  isOn(settings: Settings): boolean;
  /**
   * Called whenever the frame's claims change; the caller reads them with `frameReport()` when
   * it sends them (listing claims puts them in document order, worth doing only then).
   */
  report(): void;
  cards?: CardHost;
}

/** A running engine for one frame. */
export interface Engine {
  applySettings(settings: Settings): void;
  /** Scrolls to a claim and flashes it. @returns false when there is no such claim. */
  reveal(id: number): boolean;
  /** Moves to the next (+1) or previous (-1) claim and shows its card. @returns false when none. */
  step(direction: 1 | -1): boolean;
  frameReport(): FrameReport;
  /** Resolves when the work queued so far is done (for tests and the bench). */
  idle(): Promise<void>;
}

/** Longest text handed to the detector at once; longer passages are cut at sentence ends. */
const MAX_PIECE = 32 * 1024;
/** Characters detected between two checks of the time budget (≈ 0.5 ms of detection). */
const CHECK_CHARS = 4 * 1024;
/** Characters of a page's opening, and of all sampled text, that the page context is built from. */
const OPENING_SAMPLE = 16 * 1024;
const MAX_SAMPLE = 64 * 1024;
const FLASH_MS = 1600;
/** How often a page with claims is checked for `designMode` (no event announces it). */
const DESIGN_MODE_CHECK_MS = 1000;
/** Records checked between two looks at the time budget when dropping re-read claims. */
const RECORDS_PER_CHECK = 1024;

/**
 * Starts the in-page pipeline: gate → passages → detect → ranges → highlights, then follows page
 * changes, re-reading only the blocks that changed. Aborting `signal` removes every listener,
 * observer, timer and highlight. Fixtures: tests/fixtures/*.html; issue 4.
 */
export function startEngine<C>(deps: EngineDeps<C>, signal: AbortSignal): Engine {
  const { doc, detector } = deps;
  const win = doc.defaultView as Window & typeof globalThis;
  const store = new ClaimStore();
  const painter: Painter = createPainter(win);
  const usesFallback = !hasHighlightApi(win);
  let settings = deps.settings;
  let on = false;
  let run: AbortController | null = null;
  let queue: Promise<void> = Promise.resolve();
  let focused: ClaimRecord | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const report = () => deps.report();
  function frameReport(): FrameReport {
    return {
      url: doc.location?.href ?? '',
      highlightsOn: on,
      total: store.size,
      claims: store.toPageClaims(MAX_REPORTED_CLAIMS),
    };
  }

  function enqueue(task: (s: Slice, runSignal: AbortSignal) => Promise<void>): void {
    const current = run;
    if (!current) return;
    queue = queue.then(async () => {
      if (current.signal.aborted) return;
      try {
        await task(startSlice(current.signal), current.signal);
      } catch (error) {
        if (!(error instanceof AbortedError)) console.error('[claim-context]', error);
      }
    });
  }

  function removeRecords(records: ClaimRecord[]): void {
    for (const r of records) {
      painter.delete(r.range, r.claim.category);
      if (focused === r) {
        focused = null;
        painter.setFocus(null);
        deps.cards?.hide();
      }
    }
  }

  function start(): void {
    const controller = new AbortController();
    run = controller;
    const runSignal = controller.signal;
    let context: C | null = null;
    // The text the page context is computed from: the title, the page's opening and every
    // passage naming the treatment, bounded so computing it never makes a long task.
    let sample: string[] = [];
    let sampleLength = 0;
    const shadowRoots = new WeakSet<Node>();
    let watch: MutationWatch | null = null;
    const isOwn = (node: Node) => deps.cards?.contains(node) ?? false;

    /**
     * Drops the claims whose passage is under one of `roots` (about to be re-read) or gone.
     * Each claim's passage root is looked up among its own few ancestors: work grows with the
     * claims and the tree's depth, not claims × roots, and is sliced.
     */
    const dropClaimsUnder = async (roots: Node[], slice: Slice) => {
      const set = new Set(roots);
      const doomed = new Set<ClaimRecord>();
      const all = store.unorderedView();
      for (let i = 0; i < all.length; i++) {
        const r = all[i] as ClaimRecord;
        if (!r.root.isConnected || isUnder(r.root, set)) doomed.add(r);
        if (i % RECORDS_PER_CHECK === RECORDS_PER_CHECK - 1 && slice.due()) await slice.pause();
      }
      if (doomed.size > 0) removeRecords(store.removeWhere((r) => doomed.has(r)));
    };

    // designMode makes the whole document editable and no event says so: while the page has
    // been found to be about the treatment, look once a second, drop every highlight while it
    // is on, and read the page again when it goes off.
    let editing = false;
    let designModeTimer: ReturnType<typeof setInterval> | undefined;
    const followDesignMode = () => {
      designModeTimer ??= setInterval(() => {
        if (isEditableDocument(doc) === editing) return;
        editing = !editing;
        enqueue(async (s) => {
          if (editing) {
            removeRecords(store.clear());
            report();
          } else await scan([doc.body ?? doc.documentElement], s, true);
        });
      }, DESIGN_MODE_CHECK_MS);
    };
    runSignal.addEventListener('abort', () => clearInterval(designModeTimer), { once: true });

    const scan = async (roots: Node[], slice: Slice, fresh: boolean) => {
      const passages: Passage[] = [];
      const found: Array<[Claim, Range, Node]> = [];
      if (fresh) {
        sample = [doc.title];
        sampleLength = doc.title.length;
      }
      let grew = false;
      let n = 0;
      for (const root of roots) {
        // A changed paragraph inside a rich-text editor (or another skipped region): its
        // claims are dropped below, and nothing in it is read.
        if (isInsideSkipped(root)) continue;
        if ((++n & 63) === 0) await slice.maybePause();
        for (const p of passagesUnder(root)) {
          passages.push(p);
          const opening = fresh && sampleLength < OPENING_SAMPLE;
          if (sampleLength < MAX_SAMPLE && (opening || detector.hasTreatmentTerms(p.text))) {
            const part = p.text.slice(0, MAX_SAMPLE - sampleLength);
            sample.push(part);
            sampleLength += part.length + 1;
            grew = true;
          }
          if ((++n & 63) === 0) await slice.maybePause();
        }
      }
      await dropClaimsUnder(roots, slice);
      followDesignMode();
      if (context === null && detector.warmUp) {
        // Compiling the patterns takes tens of milliseconds: spread it over several tasks
        // instead of paying it inside the first detector call.
        for (const _ of detector.warmUp()) await slice.maybePause();
      }
      if (grew || context === null) {
        // The page gate already passed; a sample without the treatment (its terms beyond the
        // sampled part of a huge passage) just gives a context that is not on topic.
        context = detector.analyzeContext(sample.join('\n'));
        await slice.maybePause();
      }
      // The budget is checked every CHECK_CHARS characters rather than per passage: reading the
      // clock and awaiting for each of 50,000 short passages costs more than detecting them.
      let unchecked = 0;
      for (const p of passages) {
        const tree = p.tree;
        if (tree.nodeType === 11 && !shadowRoots.has(tree)) {
          shadowRoots.add(tree);
          watch?.observe(tree);
          adoptHighlightStyles(tree as ShadowRoot);
        }
        for (const [offset, text] of pieces(p.text, MAX_PIECE)) {
          for (const claim of detector.detectClaims(text, context)) {
            const range = rangeFor(p, offset + claim.start, offset + claim.end);
            if (range) found.push([offset === 0 ? claim : shift(claim, offset), range, p.root]);
          }
          unchecked += text.length;
          if (unchecked >= CHECK_CHARS) {
            unchecked = 0;
            if (slice.due()) await slice.pause();
          }
        }
      }
      if (found.length === 0) return report();
      // Visibility reads computed style; after a rendered frame the style is clean, so the
      // reads are cheap instead of forcing a recalculation of the whole page.
      await afterNextFrame(win);
      if (runSignal.aborted) return;
      // All reads first, then all writes: painting a highlight can leave style to recompute,
      // and the next visibility read would then recalculate the whole page's style.
      const visible: typeof found = [];
      for (let i = 0; i < found.length; i++) {
        const entry = found[i] as (typeof found)[number];
        const node = entry[1].startContainer;
        if (node.isConnected && isVisible(node)) visible.push(entry);
        // Reading the clock costs more than a visibility read: every 16th claim.
        if ((i & 15) === 15 && slice.due()) await slice.pause();
      }
      const records = store.addAll(
        visible.map(([claim, range, root]) => ({ claim, range, root })),
        fresh,
      );
      // Added in one go: each change to the page's highlights makes the browser revalidate all
      // of them at the next frame, so one change per scan is cheaper than many small ones.
      if (on) for (const r of records) painter.add(r.range, r.claim.category);
      if (usesFallback) watch?.discard();
      report();
    };

    enqueue(async (slice) => {
      const body = doc.body ?? doc.documentElement;
      watch = watchMutations(
        doc,
        (records, overflowed) =>
          enqueue(async (s) => {
            if (editing || isEditableDocument(doc)) {
              // Edits while designMode is on (before the timer saw it): nothing is read.
              if (store.size > 0) removeRecords(store.clear());
              editing = true;
              followDesignMode();
              return report();
            }
            removeRecords(store.removeWhere((r) => !r.range.startContainer.isConnected));
            const bodyNow = doc.body ?? doc.documentElement;
            const roots =
              overflowed || bodyNow !== body ? [bodyNow] : await dirtyRoots(records, isOwn, s);
            if (context === null) {
              for (const r of roots)
                if (await anyTreatmentTerms(r, detector.hasTreatmentTerms, s))
                  return scan([bodyNow], s, true);
              return report();
            }
            await scan(roots, s, false);
          }),
        runSignal,
      );
      if (isEditableDocument(doc)) {
        editing = true;
        followDesignMode();
        return report();
      }
      if (await anyTreatmentTerms(body, detector.hasTreatmentTerms, slice))
        await scan([body], slice, true);
      else report();
    });
  }

  function stop(): void {
    run?.abort();
    run = null;
    removeRecords(store.clear());
    painter.clear();
  }

  /**
   * Highlights off for the site means nothing is painted and no card shows; claims are still
   * found, so the popup can list them and give context (utils/messages.ts FrameReport).
   */
  function applySettings(next: Settings): void {
    settings = next;
    painter.configure(settings.highlightStyle, new Set<Category>(settings.categories));
    if (!settings.hoverCards) deps.cards?.hide();
    const nextOn = deps.isOn(settings);
    if (!run) start();
    if (nextOn === on) return;
    on = nextOn;
    if (on) for (const r of store.all()) painter.add(r.range, r.claim.category);
    else {
      painter.clear();
      focused = null;
      hovered = null;
      deps.cards?.hide();
    }
    report();
  }

  function scrollTo(record: ClaimRecord): DOMRect {
    const el = record.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return record.range.getBoundingClientRect();
  }

  function reveal(id: number): boolean {
    const record = store.get(id);
    if (!record || !record.range.startContainer.isConnected) return false;
    scrollTo(record);
    painter.setFlash(record.range);
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => painter.setFlash(null), FLASH_MS);
    return true;
  }

  function step(direction: 1 | -1): boolean {
    const all = store.all();
    if (all.length === 0 || !on) return false;
    const index = focused ? all.indexOf(focused) : -1;
    const next =
      index === -1
        ? all[direction === 1 ? 0 : all.length - 1]
        : all[(index + direction + all.length) % all.length];
    if (!next) return false;
    focused = next;
    painter.setFocus(next.range);
    const rect = scrollTo(next);
    deps.cards?.show(next, rect, true);
    return true;
  }

  // Hover: one passive listener, doing nothing while there are no claims or cards are off.
  let frame = 0;
  let hovered: ClaimRecord | null = null;
  // Only the reader's own input acts: a page can dispatch mousemove and keydown events itself
  // (`isTrusted` false) to open or move the card.
  const onMove = (event: MouseEvent) => {
    if (!event.isTrusted || !on || store.size === 0 || !settings.hoverCards || !deps.cards || frame)
      return;
    const { clientX: x, clientY: y, target } = event;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (deps.cards?.contains(target)) return;
      const record = recordAtPoint(doc, store.unorderedView(), x, y);
      if (record === hovered) return;
      hovered = record;
      if (record) deps.cards?.show(record, record.range.getBoundingClientRect(), false);
      else if (!focused) deps.cards?.hide();
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || (!focused && !hovered)) return;
    focused = null;
    hovered = null;
    painter.setFocus(null);
    deps.cards?.hide();
  };
  doc.addEventListener('mousemove', onMove, { passive: true, signal });
  doc.addEventListener('keydown', onKey, { signal });
  signal.addEventListener(
    'abort',
    () => {
      stop();
      clearTimeout(flashTimer);
      if (frame) win.cancelAnimationFrame(frame);
      deps.cards?.hide();
    },
    { once: true },
  );

  applySettings(settings);
  return {
    applySettings,
    reveal,
    step,
    frameReport,
    idle: async () => {
      // Settle twice: a scan can queue a follow-up (mutation flush) while it runs.
      await queue;
      await queue;
    },
  };
}

/** Resolves once the browser has rendered a frame (or soon, where frames do not run). */
function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    win.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** True when `node` or one of its ancestors in its tree is in `set`. */
function isUnder(node: Node, set: ReadonlySet<Node>): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (set.has(cur)) return true;
  return false;
}

function shift(claim: Claim, offset: number): Claim {
  return {
    ...claim,
    start: claim.start + offset,
    end: claim.end + offset,
  };
}
