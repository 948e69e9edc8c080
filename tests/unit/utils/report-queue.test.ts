import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportQueue } from '../../../utils/report-queue';
import type { FrameReport } from '../../../utils/messages';

const report = (total: number): FrameReport => ({
  url: 'https://a.example/',
  highlightsOn: true,
  total,
  claims: [],
});

describe('ReportQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies the first report at once and a flood as one latest report per frame', () => {
    const apply = vi.fn();
    const queue = new ReportQueue(apply, 250);
    queue.push(1, 0, report(1));
    expect(apply).toHaveBeenCalledTimes(1);
    for (let i = 2; i <= 2000; i++) queue.push(1, i % 2 === 0 ? 0 : 7, report(i));
    expect(apply).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250);
    expect(apply.mock.calls.slice(1)).toEqual([
      [1, 0, report(2000)],
      [1, 7, report(1999)],
    ]);
  });

  it('keeps tabs apart, flushes on request and forgets a closed tab', () => {
    const apply = vi.fn();
    const queue = new ReportQueue(apply, 250);
    queue.push(1, 0, report(1));
    queue.push(2, 0, report(5));
    expect(apply).toHaveBeenCalledTimes(2);
    queue.push(1, 0, report(2));
    queue.flush(1);
    expect(apply).toHaveBeenLastCalledWith(1, 0, report(2));
    queue.push(2, 0, report(6));
    queue.forget(2);
    vi.advanceTimersByTime(1000);
    expect(apply).toHaveBeenCalledTimes(3);
  });
});
