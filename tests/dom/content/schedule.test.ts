// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAME_GAP_MS, SLICE_BUDGET_MS, startSlice } from '../../../content/scan/schedule';

afterEach(() => vi.unstubAllGlobals());

describe('time slicing', () => {
  it('lets the page render a frame at least every FRAME_GAP_MS of sliced work (issue 14: no long animation frame of ours)', async () => {
    let frames = 0;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames++;
      setTimeout(() => cb(0), 0);
      return frames;
    });
    let clock = 0;
    const slice = startSlice(new AbortController().signal, SLICE_BUDGET_MS, () => clock);
    const pauses = 40;
    for (let i = 0; i < pauses; i++) {
      clock += SLICE_BUDGET_MS; // one slice's work
      await slice.pause();
    }
    const work = pauses * SLICE_BUDGET_MS;
    // One frame per FRAME_GAP_MS of work, give or take one slice.
    expect(frames).toBeGreaterThanOrEqual(Math.floor(work / (FRAME_GAP_MS + SLICE_BUDGET_MS)));
    expect(frames).toBeLessThanOrEqual(Math.ceil(work / FRAME_GAP_MS));
  });

  it('does not wait for frames in a hidden page (rAF does not run there)', async () => {
    const raf = vi.fn();
    vi.stubGlobal('requestAnimationFrame', raf);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    let clock = 0;
    const slice = startSlice(new AbortController().signal, SLICE_BUDGET_MS, () => clock);
    for (let i = 0; i < 10; i++) {
      clock += SLICE_BUDGET_MS;
      await slice.pause();
    }
    expect(raf).not.toHaveBeenCalled();
  });
});
