// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FRAME_GAP_MS,
  SLICE_BUDGET_MS,
  afterPageFrame,
  createFrameClock,
  startSlice,
} from '../../../content/scan/schedule';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('time slicing', () => {
  it('lets the page render a frame at least every FRAME_GAP_MS of sliced work (issue 14: no long animation frame of ours)', async () => {
    const frames = countFrames();
    const time = fakeTime();
    const slice = time.slice();
    const pauses = 40;
    for (let i = 0; i < pauses; i++) {
      time.advance(SLICE_BUDGET_MS); // one slice's work
      await slice.pause();
    }
    const work = pauses * SLICE_BUDGET_MS;
    // One frame per FRAME_GAP_MS of work, give or take one slice.
    expect(frames()).toBeGreaterThanOrEqual(Math.floor(work / (FRAME_GAP_MS + SLICE_BUDGET_MS)));
    expect(frames()).toBeLessThanOrEqual(Math.ceil(work / FRAME_GAP_MS));
  });

  it('does not wait for frames in a hidden page (rAF does not run there)', async () => {
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const time = fakeTime();
    const slice = time.slice();
    for (let i = 0; i < 10; i++) {
      time.advance(SLICE_BUDGET_MS);
      await slice.pause();
    }
    expect(raf).not.toHaveBeenCalled();
  });

  it('counts work queued back to back as one stretch: the second piece waits for the frame the first did not', async () => {
    const frames = countFrames();
    const time = fakeTime();
    // The gate's slice runs its budget and yields without a frame (less than FRAME_GAP_MS)…
    const gate = time.slice();
    time.advance(SLICE_BUDGET_MS);
    await gate.pause();
    expect(frames()).toBe(0);
    // …then the reading starts at once and spends its budget: together past FRAME_GAP_MS.
    const reading = time.slice();
    time.advance(FRAME_GAP_MS - SLICE_BUDGET_MS);
    await reading.pause();
    expect(frames()).toBe(1);
  });

  it('starts a new stretch after a frame interval in which none of our work ran', async () => {
    const frames = countFrames();
    const time = fakeTime();
    const first = time.slice();
    time.advance(FRAME_GAP_MS - 1);
    await first.pause();
    time.advance(40); // idle: nothing of ours queued, the page free to render
    const second = time.slice();
    time.advance(FRAME_GAP_MS - 1);
    await second.pause();
    expect(frames()).toBe(0);
    time.advance(2);
    await second.pause();
    expect(frames()).toBe(1);
  });

  it('does not take a long run of work between two checkpoints for idle time', async () => {
    const frames = countFrames();
    const time = fakeTime();
    const slice = time.slice();
    time.advance(40); // 40 ms of work before the first look at the clock
    await slice.maybePause();
    expect(frames()).toBe(1);
  });

  it("counts a wait for an answer as the page's time: the budget and the stretch start again", async () => {
    const frames = countFrames();
    const time = fakeTime();
    const slice = time.slice();
    time.advance(FRAME_GAP_MS - 2);
    const answer = await slice.wait(
      new Promise<string>((resolve) =>
        setTimeout(() => {
          time.advance(30); // the background's round trip
          resolve('claims');
        }, 0),
      ),
    );
    expect(answer).toBe('claims');
    expect(slice.due()).toBe(false);
    time.advance(SLICE_BUDGET_MS);
    await slice.maybePause();
    expect(frames()).toBe(0);
  });

  it('lets the page draw a frame before a reading starts, except in a hidden page', async () => {
    const frames = countFrames();
    await afterPageFrame(createFrameClock());
    expect(frames()).toBe(1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterPageFrame(createFrameClock());
    expect(frames()).toBe(1);
  });
});

/** A fake clock, and slices on it that share one frame clock (as a content script's do). */
function fakeTime() {
  let t = 0;
  const now = () => t;
  const frameClock = createFrameClock(now);
  return {
    advance(ms: number) {
      t += ms;
    },
    slice: () => startSlice(new AbortController().signal, SLICE_BUDGET_MS, now, frameClock),
  };
}

/** Stubs requestAnimationFrame (the callback runs in a later task) and counts its calls. */
function countFrames(): () => number {
  let frames = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames++;
    setTimeout(() => cb(0), 0);
    return frames;
  });
  return () => frames;
}
