import type { Category } from '../../topic/categories';

/** A range to paint and its category. */
export interface Paintable {
  range: Range;
  category: Category;
}

/**
 * A paint of fewer ranges is registered in one change: in Chromium each change costs the next
 * frame a fixed part that grows with the document (≈ 11–16 ms on the 5 MB bench page) plus
 * ≈ 0.009 ms per range, so deferring 500 ranges saved the first frame 3 ms and cost a second
 * change; deferring 5,000 saved it 46 ms (scripts/bench/per-highlight.ts, docs/performance.md).
 */
export const DEFER_FROM = 1000;
/** Ranges registered per idle callback once the viewport's are painted (≈ 20–35 ms a frame). */
export const IDLE_CHUNK = 2000;
/** How long a pending range may wait for idle time (ms). */
const IDLE_TIMEOUT_MS = 500;

interface Pending extends Paintable {
  /** The range's top in document coordinates when it was queued. */
  top: number;
  bottom: number;
}

/**
 * Paints what the reader can see first: of the ranges given to `add` (DEFER_FROM or more; fewer
 * are painted at once), those within one viewport height of the viewport are painted at once, the rest in idle-time slices of IDLE_CHUNK (in the
 * order given; the first after a rendered frame), and any still waiting when a scroll brings them near are painted on the next
 * frame. Every range ends up painted unless it is dropped or the queue cancelled. Only while
 * ranges wait is there a timer and a passive scroll listener; `cancel` removes both.
 * Positions are read once, when a range is queued (the engine calls this after a rendered
 * frame, when layout is clean): a page that moves its text later still gets every range, in
 * idle time.
 */
export class VisibleFirst {
  private readonly pending = new Map<Range, Pending>();
  private idle = 0;
  private afterFrame = 0;
  private frame = 0;
  private listening: AbortController | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly paint: (range: Range, category: Category) => void,
  ) {}

  /** Paints the ranges near the viewport now and queues the others. */
  add(entries: Iterable<Paintable>): void {
    const list = [...entries];
    if (list.length < DEFER_FROM) {
      for (const e of list) {
        this.drop(e.range);
        this.paint(e.range, e.category);
      }
      return;
    }
    const { innerHeight: height, scrollY } = this.win;
    // Every position is read before anything is painted: where the engine did not put our sheet
    // in a frame ahead (Painter.prepare; a repaint when highlights are switched back on), the
    // first range painted adopts it, and a read after that would restyle the whole document
    // inside this call.
    const near: Paintable[] = [];
    for (const e of list) {
      const rect = e.range.getBoundingClientRect();
      if (rect.bottom >= -height && rect.top <= 2 * height) near.push(e);
      else
        this.pending.set(e.range, { ...e, top: rect.top + scrollY, bottom: rect.bottom + scrollY });
    }
    for (const e of near) {
      this.pending.delete(e.range);
      this.paint(e.range, e.category);
    }
    if (this.pending.size > 0) this.schedule();
  }

  /** Paints `range` now if it is waiting (before it is revealed or focused). */
  show(range: Range): void {
    const p = this.pending.get(range);
    if (!p) return;
    this.pending.delete(range);
    this.paint(p.range, p.category);
    if (this.pending.size === 0) this.cancel();
  }

  /** Forgets a waiting range (its claim was removed). */
  drop(range: Range): void {
    if (this.pending.delete(range) && this.pending.size === 0) this.cancel();
  }

  /** How many ranges wait. */
  get size(): number {
    return this.pending.size;
  }

  /** Forgets every waiting range and removes the timer and listener. */
  cancel(): void {
    this.pending.clear();
    if (this.idle) cancelIdle(this.win, this.idle);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    if (this.afterFrame) this.win.cancelAnimationFrame(this.afterFrame);
    this.afterFrame = 0;
    this.idle = 0;
    this.frame = 0;
    this.listening?.abort();
    this.listening = null;
  }

  private schedule(): void {
    if (!this.listening) {
      this.listening = new AbortController();
      this.win.addEventListener('scroll', () => this.onScroll(), {
        passive: true,
        signal: this.listening.signal,
      });
    }
    // Idle time only after a rendered frame: an idle callback can run before the next frame,
    // which would then paint the rest with the viewport's (seen in Chromium on 1,500 claims).
    if (this.idle || this.afterFrame) return;
    this.afterFrame = this.win.requestAnimationFrame(() => {
      this.afterFrame = 0;
      this.idle = requestIdle(this.win, () => this.onIdle(), IDLE_TIMEOUT_MS);
    });
  }

  private onIdle(): void {
    this.idle = 0;
    let n = 0;
    for (const p of this.pending.values()) {
      if (n++ === IDLE_CHUNK) break;
      this.pending.delete(p.range);
      this.paint(p.range, p.category);
    }
    if (this.pending.size > 0) this.schedule();
    else this.cancel();
  }

  private onScroll(): void {
    this.frame ||= this.win.requestAnimationFrame(() => {
      this.frame = 0;
      const { innerHeight: height, scrollY } = this.win;
      const from = scrollY - height;
      const to = scrollY + 2 * height;
      for (const p of this.pending.values()) {
        if (p.bottom < from || p.top > to) continue;
        this.pending.delete(p.range);
        this.paint(p.range, p.category);
      }
      if (this.pending.size === 0) this.cancel();
    });
  }
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/** requestIdleCallback where the browser has it, else a short timer. */
function requestIdle(win: Window, cb: () => void, timeout: number): number {
  const w = win as IdleWindow;
  if (typeof w.requestIdleCallback === 'function') return w.requestIdleCallback(cb, { timeout });
  return win.setTimeout(cb, 50);
}

function cancelIdle(win: Window, id: number): void {
  const w = win as IdleWindow;
  if (typeof w.cancelIdleCallback === 'function') w.cancelIdleCallback(id);
  else win.clearTimeout(id);
}
