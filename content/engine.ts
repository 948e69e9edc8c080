import type { Claim } from './detect/types';
import type { Category } from '../topic/categories';
import {
  MAX_BATCH_CHARS,
  MAX_BATCH_TEXTS,
  MAX_REPORTED_CLAIMS,
  type FrameReport,
} from '../utils/messages';
import { ContextSample } from './detect/sample';
import { shownCategories, type Settings } from '../utils/settings';
import { ClaimStore, type ClaimRecord } from './claim-store';
import { anyTreatmentTerms } from './scan/gate';
import { passagesUnder, rangeFor, type Passage } from './scan/passages';
import { dirtyRoots, watchMutations, type MutationWatch } from './scan/observe';
import { AbortedError, afterPageFrame, startSlice, type Slice } from './scan/schedule';
import { isEditableDocument, isInsideSkipped } from './scan/skip';
import { isVisible, pieces } from './scan/text-tools';
import { hasHighlightApi, lazyPainter, type Paintable, type Painter } from './highlight/layer';
import { adoptHighlightStyles } from './highlight/shadow-styles';
import { startInteraction, type CardHost } from './interaction';

export type { CardHost } from './interaction';

/**
 * The detector as the engine uses it: the page gate runs here, detection wherever the detector
 * sends it (the background, content/remote-detector.ts; tests pass a local one,
 * content/local-detector.ts). Claims' `prices` are not reported: the background parses them.
 */
export interface Detector<C> {
  /** The page gate: true when `text` names the therapy (content/detect/gate.ts). Synchronous. */
  hasTreatmentTerms(text: string): boolean;
  /** The page passed the gate: a hint to get detection ready while the page is read (optional). */
  prepare?(): void;
  /** The page's context from its sample (at most MAX_SAMPLE_CHARS). */
  analyzeContext(sample: string): Promise<C>;
  /**
   * The claims of each text of a batch (at most MAX_BATCH_TEXTS texts, MAX_BATCH_CHARS in all),
   * offsets relative to each text: `result[i]` for `texts[i]`. May answer only the first k ≥ 1
   * texts; the engine sends the rest again. Rejects when detection is not available.
   */
  detectClaims(texts: readonly string[], context: C): Promise<Claim[][]>;
}

/** What the engine needs from its surroundings. */
export interface EngineDeps<C> {
  doc: Document;
  detector: Detector<C>;
  /** The settings at start; later changes come through `applySettings`. */
  settings: Settings;
  /**
   * The gate stage (entrypoints/gate.content.ts) found the therapy named in this document just
   * before the engine was added: the first reading skips the page gate and reads the passages.
   */
  named?: boolean;
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
  /** Removes the claims `test` picks, at once (a "Not a claim" correction). @returns how many. */
  dropClaims(test: (claim: Claim) => boolean): number;
  /** Reads the page afresh (the reader marked a claim or undid a correction: content/corrections.ts). */
  reread(): void;
  /** Resolves when the work queued so far is done (for tests and the bench). */
  idle(): Promise<void>;
}

/** How often a page with claims is checked for `designMode` (no event announces it). */
const DESIGN_MODE_CHECK_MS = 1000;
/** Characters of the first batch of a fresh reading (then doubling up to MAX_BATCH_CHARS). */
const FIRST_BATCH_CHARS = 2048;
/** Records checked between two looks at the time budget when dropping re-read claims. */
const RECORDS_PER_CHECK = 1024;

/**
 * Starts the in-page engine: the gate, then one reading of the page as a list of passes (`scan`:
 * read passages → page context → find claims → visible only → paint → report), then page changes,
 * re-reading only the blocks that changed. Hover, Escape, stepping and reveal are their own unit
 * (interaction.ts). Aborting `signal` removes every listener, observer, timer and highlight.
 * Fixtures: tests/fixtures/*.html; issue 4. See content/README.md.
 *
 * Longer than a screen: the passes and handlers share the engine's and the reading's state as
 * closure variables, which the minifier shortens. That was for the content script's 30 KB budget
 * while the detector ran in the page (split into modules, tried as reading.ts + passes.ts, it
 * measured 30,800 B gzipped); with detection in the background (issue 12) the budget has room
 * for such a split. Each function inside is short.
 */
export function startEngine<C>(deps: EngineDeps<C>, signal: AbortSignal): Engine {
  const { doc, detector } = deps;
  const win = doc.defaultView as Window & typeof globalThis;
  const store = new ClaimStore();
  // Made when the first claims are about to be painted: a page without claims never has its
  // highlight registry (or anything else) touched.
  const painter: Painter = lazyPainter(win);
  let fallback: boolean | undefined;
  const usesFallback = () => (fallback ??= !hasHighlightApi(win));
  let settings = deps.settings;
  let on = false;
  let run: AbortController | null = null;
  let queue: Promise<void> = Promise.resolve();
  // Hover, Escape, stepping and reveal: the reader's side, its own unit (interaction.ts).
  const interaction = startInteraction(
    {
      doc,
      store,
      painter,
      cards: deps.cards,
      isShown: () => on,
      hasHoverCards: () => settings.hoverCards,
    },
    signal,
  );

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
      interaction.forget(r);
    }
  }

  /** One reading of the page, until stopped (a closure for the reason given above). */
  function start(): void {
    const controller = new AbortController();
    run = controller;
    const runSignal = controller.signal;
    let context: C | null = null;
    // The text the page context is computed from: the title, the page's opening and every
    // passage naming the treatment, bounded (detect/sample.ts: the command line's policy too).
    let sample = new ContextSample('');
    let grew = false;
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

    /**
     * Pass 1, read passages: the passages under `roots` (none inside an editor or another
     * skipped region: their claims are dropped by dropClaimsUnder), adding the page's opening (on
     * a fresh read) and every passage naming the treatment to the context sample.
     * @returns the passages; `grew` says whether the sample changed.
     */
    const readPassages = async (roots: Node[], slice: Slice, fresh: boolean) => {
      const passages: Passage[] = [];
      // The clock every 8 passages: at every 64, slices on the 5 MB bench page ran 15-22 ms
      // between two looks, twice their budget.
      let n = 0;
      for (const root of roots) {
        if (isInsideSkipped(root)) continue;
        if ((++n & 7) === 0) await slice.maybePause();
        for (const p of passagesUnder(root)) {
          passages.push(p);
          if (sample.add(p.text, fresh, detector.hasTreatmentTerms)) grew = true;
          if ((++n & 7) === 0) await slice.maybePause();
        }
      }
      return passages;
    };

    /** Throws AbortedError when this reading was stopped while the detector worked. */
    const stillRunning = () => {
      if (runSignal.aborted) throw new AbortedError();
    };

    /** Pass 2, page context: asked again only when the sample changed. */
    const pageContext = async (slice: Slice): Promise<C> => {
      if (grew || context === null) {
        // The page gate already passed; a sample without the treatment (its terms beyond the
        // sampled part of a huge passage) just gives a context that is not on topic.
        const next = await slice.wait(detector.analyzeContext(sample.text));
        stillRunning();
        context = next;
      }
      return context;
    };

    /**
     * Pass 3, find claims: every passage (long ones in pieces) goes to the detector in batches of
     * at most MAX_BATCH_TEXTS texts and MAX_BATCH_CHARS characters, one batch at a time (a feed
     * page's 50,000 passages are a few hundred messages, not 50,000), and each claim is mapped
     * to a live Range. Open shadow roots met for the first time are watched and styled.
     * `early`, when given, gets the claims found so far once, as soon as a batch with claims is
     * in and more batches follow; the claims returned are the others.
     */
    const findClaims = async (
      passages: Passage[],
      ctx: C,
      slice: Slice,
      early?: (found: Found[]) => Promise<void>,
    ) => {
      const found: Found[] = [];
      let batch: Piece[] = [];
      let chars = 0;
      const send = async () => {
        for (let from = 0; from < batch.length;) {
          const answers = await slice.wait(
            detector.detectClaims(
              batch.slice(from).map((piece) => piece.text),
              ctx,
            ),
          );
          stillRunning();
          if (answers.length === 0) throw new Error('the detector answered no text');
          answers.forEach((claims, k) => {
            const { passage, offset } = batch[from + k] as Piece;
            for (const claim of claims) {
              const range = rangeFor(passage, offset + claim.start, offset + claim.end);
              if (range)
                found.push({
                  claim: offset ? shift(claim, offset) : claim,
                  range,
                  root: passage.root,
                });
            }
          });
          from += answers.length;
          await slice.maybePause();
        }
        batch = [];
        chars = 0;
      };
      // Until the first claims are painted, batches start small and double ("slow start"): the
      // detector answers a few passages at the top of the page in a few ms, wherever the first
      // claim is, the page still takes a handful of batches more, not hundreds.
      let limit = early ? FIRST_BATCH_CHARS : MAX_BATCH_CHARS;
      for (const p of passages) {
        const tree = p.tree;
        if (tree.nodeType === 11 && !shadowRoots.has(tree)) {
          shadowRoots.add(tree);
          watch?.observe(tree);
          adoptHighlightStyles(tree as ShadowRoot);
        }
        for (const [offset, text] of pieces(p.text, MAX_BATCH_CHARS)) {
          if (
            batch.length > 0 &&
            (batch.length === MAX_BATCH_TEXTS || chars + text.length > limit)
          ) {
            await send();
            limit = Math.min(limit * 2, MAX_BATCH_CHARS);
            if (early && found.length > 0) {
              const first = found.splice(0);
              const paintFirst = early;
              early = undefined;
              limit = MAX_BATCH_CHARS;
              await paintFirst(first);
            }
          }
          batch.push({ passage: p, offset, text });
          chars += text.length;
        }
      }
      if (batch.length > 0) await send();
      return found;
    };

    /**
     * Pass 4, visible only: call it after a rendered frame (the style is clean, so the reads are
     * cheap) and before painting anything: painting can leave style to recompute, and the next read
     * would then recalculate the whole page's style.
     */
    const visibleOnly = async (found: Found[], slice: Slice) => {
      const visible: Found[] = [];
      for (let i = 0; i < found.length; i++) {
        const entry = found[i] as Found;
        const node = entry.range.startContainer;
        if (node.isConnected && isVisible(node)) visible.push(entry);
        // Reading the clock costs more than a visibility read: every 16th claim.
        if ((i & 15) === 15 && slice.due()) await slice.pause();
      }
      return visible;
    };

    /** One reading of `roots` (the whole page when `fresh`): the passes, in order. */
    const scan = async (roots: Node[], slice: Slice, fresh: boolean) => {
      if (fresh) sample = new ContextSample(doc.title);
      if (context === null) detector.prepare?.();
      grew = false;
      const passages = await readPassages(roots, slice, fresh);
      await dropClaimsUnder(roots, slice);
      followDesignMode();
      // A page read afresh that takes many batches gets its first claims painted as soon as
      // they are in (once), the rest with the last batch: the reader sees highlights without
      // waiting for every round trip. Not with fallback marks, which change the DOM the later
      // batches' ranges are mapped in.
      const early =
        fresh && !usesFallback() ? (first: Found[]) => paint(first, slice, true) : undefined;
      const found = await findClaims(passages, await pageContext(slice), slice, early);
      if (found.length === 0) return report();
      await paint(found, slice, fresh);
    };

    /**
     * Pass 4 and 5, visible only and paint, in one go: each change to the page's highlights makes
     * the browser revalidate all of them at the next frame, so one change per call is cheaper.
     */
    const paint = async (found: Found[], slice: Slice, inOrder: boolean) => {
      // Our styles go in before the frame we wait for, so that frame carries the restyle they
      // cost and the next one only the highlights' paint: together they made the 1 MB bench
      // page's frame long (issue 14, ninth round).
      if (on && found.length > 0) painter.prepare();
      await afterPageFrame();
      stillRunning();
      const records = store.addAll(await visibleOnly(found, slice), inOrder);
      if (on) painter.addMany(paintables(records));
      if (usesFallback()) watch?.discard();
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
      // The page draws first: the script starts once the document is parsed, often before the
      // page's first paint, and a reading in that frame would delay it (issue 14, LoAF). Added
      // after the gate stage, it still waits: its own start-up fills the frame it arrives in.
      await afterPageFrame();
      stillRunning();
      if (deps.named || (await anyTreatmentTerms(body, detector.hasTreatmentTerms, slice)))
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
    painter.configure(settings.highlightStyle, new Set<Category>(shownCategories(settings)));
    if (!settings.hoverCards) deps.cards?.hide();
    const nextOn = deps.isOn(settings);
    if (!run) start();
    if (nextOn === on) return;
    on = nextOn;
    if (on && store.size > 0) painter.addMany(paintables(store.all()));
    else {
      painter.clear();
      interaction.reset();
    }
    report();
  }

  signal.addEventListener(
    'abort',
    () => {
      stop();
    },
    { once: true },
  );

  // The reading that starts now reports when it is done; a report before it would tell an open
  // side panel "no claims" just before they come (and cost a message on every page with claims).
  on = deps.isOn(settings);
  applySettings(settings);
  return {
    applySettings,
    reveal: interaction.reveal,
    step: interaction.step,
    frameReport,
    dropClaims(test) {
      const removed = store.removeWhere((r) => test(r.claim));
      if (removed.length > 0) {
        removeRecords(removed);
        report();
      }
      return removed.length;
    },
    reread() {
      if (!run) return;
      stop();
      start();
    },
    idle: async () => {
      // Settle twice: a scan can queue a follow-up (mutation flush) while it runs.
      await queue;
      await queue;
    },
  };
}

/** Claim records as the painter takes them. */
function* paintables(records: Iterable<ClaimRecord>): Iterable<Paintable> {
  for (const r of records) yield { range: r.range, category: r.claim.category };
}

/** True when `node` or one of its ancestors in its tree is in `set`. */
function isUnder(node: Node, set: ReadonlySet<Node>): boolean {
  for (let cur: Node | null = node; cur; cur = cur.parentNode) if (set.has(cur)) return true;
  return false;
}

/** A passage's text, or a piece of a long one, in a batch for the detector. */
interface Piece {
  passage: Passage;
  /** Where `text` starts in the passage's text. */
  offset: number;
  text: string;
}

/** A claim found in a passage: its live Range and the passage root it came from. */
interface Found {
  claim: Claim;
  range: Range;
  root: Node;
}

function shift(claim: Claim, offset: number): Claim {
  return {
    ...claim,
    start: claim.start + offset,
    end: claim.end + offset,
  };
}
