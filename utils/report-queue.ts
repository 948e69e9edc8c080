import { createPacer, type Pacer } from './pacer';
import type { FrameReport } from './messages';

/**
 * The background's intake of frame reports, coalesced and rate-bounded per tab: a report waits
 * in the queue (a newer one from the same frame replaces it) and each tab's reports are applied
 * at most once per `intervalMs`. Frames pace their own reports (entrypoints/content.ts); this
 * bounds a tab with many frames, or any sender that does not. Pure apart from timers.
 */
export class ReportQueue {
  private readonly pending = new Map<number, Map<number, FrameReport>>();
  private readonly pacers = new Map<number, Pacer>();

  constructor(
    private readonly apply: (tabId: number, frameId: number, report: FrameReport) => void,
    private readonly intervalMs = 250,
  ) {}

  /** Queues a frame's report; it is applied now or at the tab's next turn. */
  push(tabId: number, frameId: number, report: FrameReport): void {
    let frames = this.pending.get(tabId);
    if (!frames) this.pending.set(tabId, (frames = new Map()));
    frames.set(frameId, report);
    let pacer = this.pacers.get(tabId);
    if (!pacer)
      this.pacers.set(tabId, (pacer = createPacer(() => this.flush(tabId), this.intervalMs)));
    pacer.request();
  }

  /** Applies the tab's waiting reports now (the popup is asking). */
  flush(tabId: number): void {
    const frames = this.pending.get(tabId);
    if (!frames) return;
    this.pending.delete(tabId);
    for (const [frameId, report] of frames) this.apply(tabId, frameId, report);
  }

  /** Drops the tab's waiting reports and its timer (navigation or close). */
  forget(tabId: number): void {
    this.pending.delete(tabId);
    this.pacers.get(tabId)?.cancel();
    this.pacers.delete(tabId);
  }
}
