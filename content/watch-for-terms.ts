import { anyTreatmentTerms } from './scan/gate';
import { dirtyRoots, watchMutations } from './scan/observe';
import { AbortedError, afterPageFrame, startSlice, type Slice } from './scan/schedule';

/** The longest a change waits for the page to stop changing before the stage reads it. */
export const GATE_MAX_WAIT_MS = 200;

/**
 * The first stage in every page and frame (entrypoints/gate.content.ts): waits until the
 * document names the therapy, then calls `found` once and stops. Nothing else of the extension
 * runs in a page before that; the background then adds the engine to this frame
 * (entrypoints/content.ts, utils/engine-injection.ts), which starts reading without a gate of its
 * own (`EngineDeps.named`).
 *
 * A title that names the therapy answers at once. Otherwise the page gate (`scan/gate.ts`) reads
 * the document once the page has drawn a frame; after a "no", each settled burst of page changes
 * has its changed blocks read the same way (`scan/observe.ts`), so a page that gets its text
 * later (a feed, a single-page app's next route) is caught with work proportional to the new
 * text. It touches no style, layout or DOM and sends nothing while the answer is no.
 */
export function watchForTerms(
  doc: Document,
  test: (text: string) => boolean,
  signal: AbortSignal,
  found: () => void,
): void {
  // Ends with the script's context or with the first "yes".
  const stop = new AbortController();
  const done = stop.signal;
  if (signal.aborted) return;
  signal.addEventListener('abort', () => stop.abort(), { once: true, signal: done });
  let queue = Promise.resolve();
  /** Runs `task` after the previous one, in its own slice; stops everything once it says yes. */
  const enqueue = (task: (slice: Slice) => Promise<boolean>) => {
    queue = queue.then(async () => {
      if (done.aborted) return;
      try {
        if (!(await task(startSlice(done)))) return;
      } catch (error) {
        if (!(error instanceof AbortedError)) console.error('[claim-context]', error);
        return;
      }
      if (done.aborted) return;
      stop.abort();
      found();
    });
  };
  const body = () => doc.body ?? doc.documentElement;
  const first = body();
  // Watched from the start, so no change made while the first reading runs is missed. A page
  // that keeps changing (a feed, a live blog) is read every GATE_MAX_WAIT_MS rather than the
  // engine's MAX_WAIT_MS: the stage reads only the blocks that changed, and where the new text
  // names the therapy, the first highlight waits on this.
  watchMutations(
    doc,
    (records, overflowed) =>
      enqueue(async (slice) => {
        const now = body();
        const roots =
          overflowed || now !== first ? [now] : await dirtyRoots(records, undefined, slice);
        for (const root of roots) if (await anyTreatmentTerms(root, test, slice)) return true;
        return false;
      }),
    done,
    GATE_MAX_WAIT_MS,
  );
  enqueue(async (slice) => {
    // A title that names the therapy answers at once: the gate reads the title with the rest,
    // so the answer is the same, and the request for the engine leaves before any reading. The
    // title is one short string (most titles name no therapy, and those pages go on as below).
    if (doc.title && test(doc.title)) return true;
    // The page draws first, and the reading starts right after a frame: reading at once, even
    // where the page had painted or was small, put our work into the page's own long frames
    // (the 5 MB bench page, the claim-free article: docs/performance.md, sixth and seventh rounds).
    await afterPageFrame();
    return first !== null && anyTreatmentTerms(first, test, slice);
  });
}
