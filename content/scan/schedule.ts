/**
 * Cooperative time slicing: long work checks `slice.due()` often and awaits `slice.pause()` when
 * its budget is spent, so no task the content script runs comes near the 50 ms long-task line
 * (issue 4: "no task exceeds 50 ms even on a 5 MB page").
 */

/** Milliseconds of work per task before yielding to the page. */
export const SLICE_BUDGET_MS = 8;
/**
 * Longest stretch of slices without letting the page render a frame. `scheduler.yield()` resumes
 * before the page's next frame is drawn, so back-to-back slices delayed frames by 70-136 ms on the
 * bench's 5 MB pages (long animation frames, issue 14); past this much, the next pause waits for
 * a frame. 16 ms (one frame at 60 Hz) rather than 32: at 32, frames holding 36-49 ms of ours
 * were still made long by it on five of six bench pages; at 16, on two of seven in one bench run
 * and five of seven in a busier one (docs/performance.md), so the gain is not shown.
 */
export const FRAME_GAP_MS = 16;
/** Longest wait for a frame (rAF never comes in a hidden or throttled frame). */
const FRAME_WAIT_MS = 50;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the main thread back to the page once: `scheduler.yield()` where it exists, else a macrotask. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Lets the page render a frame, then resumes in a task after it; where no frame comes within
 * FRAME_WAIT_MS (hidden page, throttled iframe) it resumes anyway.
 */
export function yieldToFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(done, 0));
  });
}

/** Thrown (and caught by the engine) when the work's signal aborts between slices. */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

/** A budget tracker for one piece of sliced work. */
export interface Slice {
  /** True when this slice's budget is spent. */
  due(): boolean;
  /** Yields to the page, then starts a new slice; rejects with AbortedError once aborted. */
  pause(): Promise<void>;
  /** Yields only when due. */
  maybePause(): Promise<void>;
}

/** Starts a slice tracker; `now` is injectable for tests. */
export function startSlice(
  signal: AbortSignal,
  budgetMs = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
): Slice {
  let start = now();
  // When the page last had a chance to render (this work's start, or the last frame waited for).
  let framed = start;
  const slice: Slice = {
    due: () => now() - start >= budgetMs,
    async pause() {
      if (signal.aborted) throw new AbortedError();
      const visible = typeof document === 'undefined' || document.visibilityState !== 'hidden';
      if (visible && now() - framed >= FRAME_GAP_MS) {
        await yieldToFrame();
        framed = now();
      } else await yieldToMain();
      if (signal.aborted) throw new AbortedError();
      start = now();
    },
    async maybePause() {
      if (slice.due()) await slice.pause();
    },
  };
  return slice;
}
