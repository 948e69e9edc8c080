import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '../../../utils/pacer';

describe('createPacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first request at once and merges a burst into one run at the interval end', () => {
    const run = vi.fn();
    const pacer = createPacer(run, 500, { now: () => Date.now() });
    pacer.request();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 2000; i++) pacer.request();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(499);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('keeps at most one run per interval under a steady stream of requests', () => {
    const run = vi.fn();
    const pacer = createPacer(run, 500, { now: () => Date.now() });
    for (let t = 0; t < 10_000; t += 10) {
      pacer.request();
      vi.advanceTimersByTime(10);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(19);
    expect(run.mock.calls.length).toBeLessThanOrEqual(21);
  });

  it('with settleMs, lets a burst settle before the first run and keeps the interval after it', () => {
    const run = vi.fn();
    const pacer = createPacer(run, 500, { settleMs: 150, now: () => Date.now() });
    pacer.request();
    vi.advanceTimersByTime(70);
    pacer.request();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(80);
    expect(run).toHaveBeenCalledTimes(1);
    pacer.request();
    vi.advanceTimersByTime(499);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    // A request long after the last run waits only the settling time.
    vi.advanceTimersByTime(5000);
    pacer.request();
    vi.advanceTimersByTime(149);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('cancel drops the pending run', () => {
    const run = vi.fn();
    const pacer = createPacer(run, 500, { now: () => Date.now() });
    pacer.request();
    pacer.request();
    pacer.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
