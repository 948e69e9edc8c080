/**
 * Cooperative time slicing: long work checks `slice.due()` often and awaits `slice.pause()` when
 * its budget is spent, so no task the content script runs comes near the 50 ms long-task line
 * (issue 4: "no task exceeds 50 ms even on a 5 MB page").
 */

/** Milliseconds of work per task before yielding to the page. */
export const SLICE_BUDGET_MS = 8;
/**
 * Longest stretch of our work without letting the page render a frame. `scheduler.yield()`
 * resumes before the page's next frame is drawn, so back-to-back slices delayed frames by 70-136
 * ms on the bench's 5 MB pages (long animation frames, issue 14); past this much, the next pause
 * waits for a frame. The stretch is counted across every piece of work (FrameClock): counted
 * per piece, a gate, a reading and a paint queued back to back held one frame for 26-37 ms.
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
  /** Awaits `promise` (an answer from elsewhere) as time the page has to itself. */
  wait<T>(promise: Promise<T>): Promise<T>;
}

/** Milliseconds of idleness after which the page is taken to have had its chance to render. */
const FRAME_INTERVAL_MS = 17;

/**
 * How long the content script's work has run since the page last had a chance to render a
 * frame, counted across every piece of work of the frame's script: a gate, a reading and a paint
 * queued one after another are one stretch for the page, however each is sliced. A stretch ends
 * when a slice waits for a frame, or when none of our work ran for a frame interval (the browser
 * renders in such a gap when it needs to). Our work is seen at its checkpoints (`due`, `pause`,
 * a slice's start), so a gap counts as idle only when it began where the work let go: a pause,
 * or a wait for the background (`Slice.wait`).
 */
export interface FrameClock {
  /** Our work runs now (a checkpoint). */
  seen(): void;
  /** Our work lets go of the thread now (a pause or a wait begins). */
  release(): void;
  /** Our work runs again after a release: a gap of a frame interval or more ends the stretch. */
  resume(): void;
  /** Milliseconds of the current stretch. */
  stretch(): number;
  /** The page has just had a frame. */
  framed(): void;
}

export function createFrameClock(now: () => number = () => performance.now()): FrameClock {
  let since = now();
  let last = since;
  let released: number | null = null;
  return {
    seen() {
      last = now();
    },
    release() {
      released = last = now();
    },
    resume() {
      const t = now();
      // A new piece of work after a quiet spell starts a stretch too (its end was last seen).
      const from = released ?? last;
      if (t - from >= FRAME_INTERVAL_MS) since = t;
      released = null;
      last = t;
    },
    stretch() {
      return now() - since;
    },
    framed() {
      since = last = now();
      released = null;
    },
  };
}

/** The frame clock of this frame's content script, shared by every slice. */
const sharedClock = createFrameClock();

/**
 * Starts a slice tracker; `now` (and a clock on the same time) are injectable for tests. The
 * budget is this piece of work's; the stretch without a frame is the script's (FrameClock).
 */
export function startSlice(
  signal: AbortSignal,
  budgetMs = SLICE_BUDGET_MS,
  now: () => number = () => performance.now(),
  clock: FrameClock = sharedClock,
): Slice {
  clock.resume();
  let start = now();
  const slice: Slice = {
    due() {
      clock.seen();
      return now() - start >= budgetMs;
    },
    async pause() {
      if (signal.aborted) throw new AbortedError();
      clock.seen();
      if (isVisible() && clock.stretch() >= FRAME_GAP_MS) {
        await yieldToFrame();
        clock.framed();
      } else {
        clock.release();
        await yieldToMain();
        clock.resume();
      }
      if (signal.aborted) throw new AbortedError();
      start = now();
    },
    async maybePause() {
      if (slice.due()) await slice.pause();
    },
    async wait(promise) {
      clock.release();
      try {
        return await promise;
      } finally {
        clock.resume();
        // The budget is for work: the time spent waiting was the page's.
        start = now();
      }
    },
  };
  return slice;
}

/**
 * Waits until the page has rendered a frame and notes it on the clock (not in a hidden page,
 * which renders none). A fresh reading starts with this, so a page that has not drawn itself yet
 * (the script runs once the document is parsed, often before its first paint) draws before any
 * of our reading; a paint waits for it, so the visibility reads before it find the style clean.
 */
export async function afterPageFrame(clock: FrameClock = sharedClock): Promise<void> {
  if (!isVisible()) return;
  await yieldToFrame();
  clock.framed();
}

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}
