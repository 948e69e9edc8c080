import type { Claim } from './detect/types';
import type { ClaimRecord, ClaimStore } from './claim-store';
import { anyTreatmentTerms } from './scan/gate';
import type { Passage } from './scan/passages';
import { dirtyRoots, watchMutations, type MutationWatch } from './scan/observe';
import { AbortedError, startSlice, type Slice } from './scan/schedule';
import { isEditableDocument } from './scan/skip';
import { hasHighlightApi, type Painter } from './highlight/layer';
import { adoptHighlightStyles } from './highlight/shadow-styles';
import {
  afterNextFrame,
  findClaims,
  newSample,
  readPassages,
  visibleOnly,
  type PageSample,
} from './passes';

/**
 * The detector as the engine uses it (content/detect/core.ts createDetector; injectable for
 * tests). Its functions are called without `this`. Claims' `prices` are not reported: the
 * background parses them from the claim text.
 */
export interface Detector<C> {
  hasTreatmentTerms(text: string): boolean;
  analyzeContext(text: string): C;
  detectClaims(text: string, context?: C): Claim[];
  /** Compiles the detector's patterns a step at a time (optional; see content/detect warmUp). */
  warmUp?(): Iterable<void>;
}

/** What one reading of a page needs from the engine. */
export interface ReadingDeps<C> {
  doc: Document;
  detector: Detector<C>;
  store: ClaimStore;
  painter: Painter;
  /** Whether highlights are shown on this page now. */
  isOn(): boolean;
  /** The extension's own nodes (the card): their changes are not the page's. */
  isOwn(node: Node): boolean;
  /** Unpaints records that left the store (and lets go of them). */
  removeRecords(records: ClaimRecord[]): void;
  /** The frame's claims changed. */
  report(): void;
}

/** A reading in progress: stopped by the engine when it stops. */
export interface Reading {
  stop(): void;
  /** Resolves when the work queued so far is done (for tests and the bench). */
  idle(): Promise<void>;
}

/** How often a page with claims is checked for `designMode` (no event announces it). */
const DESIGN_MODE_CHECK_MS = 1000;
/** Records checked between two looks at the time budget when dropping re-read claims. */
const RECORDS_PER_CHECK = 1024;

/**
 * Reads the page and follows its changes: the gate, then the passes of passes.ts (read passages →
 * page context → find claims → visible only → paint → report) on the whole page, and again on the
 * blocks a change touched. Work runs one task at a time, in slices that yield to the page.
 * Fixtures: tests/fixtures/*.html; issues 4 and 17.
 *
 * Longer than a screen on purpose: the functions below share the reading's state (the page
 * context and its sample, the mutation watch, designMode) as closure variables, which the
 * minifier shortens; as an object's properties they would cost the content script bytes it does
 * not have (docs/performance.md, the 30 KB budget). Each function inside is short.
 */
export function startReading<C>(deps: ReadingDeps<C>): Reading {
  const { doc, detector, store, painter, isOn, isOwn, removeRecords, report } = deps;
  const win = doc.defaultView as Window & typeof globalThis;
  const usesFallback = !hasHighlightApi(win);
  const controller = new AbortController();
  const runSignal = controller.signal;
  let queue: Promise<void> = Promise.resolve();
  let context: C | null = null;
  let sample: PageSample = newSample(doc.title);
  const shadowRoots = new WeakSet<Node>();
  let watch: MutationWatch | null = null;
  let editing = false;
  let designModeTimer: ReturnType<typeof setInterval> | undefined;
  runSignal.addEventListener('abort', () => clearInterval(designModeTimer), { once: true });

  function enqueue(task: (s: Slice) => Promise<void>): void {
    if (runSignal.aborted) return;
    queue = queue.then(async () => {
      if (runSignal.aborted) return;
      try {
        await task(startSlice(runSignal));
      } catch (error) {
        if (!(error instanceof AbortedError)) console.error('[claim-context]', error);
      }
    });
  }

  /**
   * Drops the claims whose passage is under one of `roots` (about to be re-read) or gone.
   * Each claim's passage root is looked up among its own few ancestors: work grows with the
   * claims and the tree's depth, not claims × roots, and is sliced.
   */
  async function dropClaimsUnder(roots: Node[], slice: Slice): Promise<void> {
    const set = new Set(roots);
    const doomed = new Set<ClaimRecord>();
    const all = store.unorderedView();
    for (let i = 0; i < all.length; i++) {
      const r = all[i] as ClaimRecord;
      if (!r.root.isConnected || isUnder(r.root, set)) doomed.add(r);
      if (i % RECORDS_PER_CHECK === RECORDS_PER_CHECK - 1 && slice.due()) await slice.pause();
    }
    if (doomed.size > 0) removeRecords(store.removeWhere((r) => doomed.has(r)));
  }

  // designMode makes the whole document editable and no event says so: while the page has
  // been found to be about the treatment, look once a second, drop every highlight while it
  // is on, and read the page again when it goes off.
  function followDesignMode(): void {
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
  }

  /** Pass 2, page context: warms the detector up once, then (re)computes the context. */
  async function updateContext(grew: boolean, slice: Slice): Promise<C> {
    if (context === null && detector.warmUp) {
      // Compiling the patterns takes tens of milliseconds: spread it over several tasks
      // instead of paying it inside the first detector call.
      for (const _ of detector.warmUp()) await slice.maybePause();
    }
    if (grew || context === null) {
      // The page gate already passed; a sample without the treatment (its terms beyond the
      // sampled part of a huge passage) just gives a context that is not on topic.
      context = detector.analyzeContext(sample.parts.join('\n'));
      await slice.maybePause();
    }
    return context;
  }

  /** Open shadow roots met for the first time: watched for changes, and given our styles. */
  function followShadowRoots(passages: readonly Passage[]): void {
    for (const { tree } of passages) {
      if (tree.nodeType !== 11 || shadowRoots.has(tree)) continue;
      shadowRoots.add(tree);
      watch?.observe(tree);
      adoptHighlightStyles(tree as ShadowRoot);
    }
  }

  /** The passes, over `roots` (the whole page when `isFresh`). */
  async function scan(roots: Node[], slice: Slice, isFresh: boolean): Promise<void> {
    if (isFresh) sample = newSample(doc.title);
    const [passages, grew] = await readPassages(
      roots,
      sample,
      isFresh,
      detector.hasTreatmentTerms,
      slice,
    );
    await dropClaimsUnder(roots, slice);
    followDesignMode();
    const pageContext = await updateContext(grew, slice);
    followShadowRoots(passages);
    const found = await findClaims(passages, detector.detectClaims, pageContext, slice);
    if (found.length === 0) return report();
    // Visibility reads computed style; after a rendered frame the style is clean, so the
    // reads are cheap instead of forcing a recalculation of the whole page.
    await afterNextFrame(win);
    if (runSignal.aborted) return;
    const records = store.addAll(await visibleOnly(found, slice), isFresh);
    // Pass 5, paint, in one go: each change to the page's highlights makes the browser
    // revalidate all of them at the next frame, so one change per scan is cheaper.
    if (isOn()) for (const r of records) painter.add(r.range, r.claim.category);
    if (usesFallback) watch?.discard();
    report();
  }

  /** A batch of page changes: re-read the blocks they touched (or the page, if needed). */
  async function onChanges(
    records: MutationRecord[],
    overflowed: boolean,
    firstBody: Node,
    s: Slice,
  ): Promise<void> {
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
      overflowed || bodyNow !== firstBody ? [bodyNow] : await dirtyRoots(records, isOwn, s);
    if (context === null) {
      for (const r of roots)
        if (await anyTreatmentTerms(r, detector.hasTreatmentTerms, s))
          return scan([bodyNow], s, true);
      return report();
    }
    await scan(roots, s, false);
  }

  enqueue(async (slice) => {
    const body = doc.body ?? doc.documentElement;
    watch = watchMutations(
      doc,
      (records, overflowed) => enqueue((s) => onChanges(records, overflowed, body, s)),
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

  return {
    stop: () => controller.abort(),
    idle: async () => {
      // Settle twice: a scan can queue a follow-up (mutation flush) while it runs.
      await queue;
      await queue;
    },
  };
}

/** True when `node` or one of its ancestors in its tree is in `set`. */
function isUnder(node: Node, set: ReadonlySet<Node>): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (set.has(cur)) return true;
  return false;
}
