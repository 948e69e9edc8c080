/**
 * Coalesces bursts of a repeated action into at most one run per `intervalMs`, always running
 * the latest state: the first request runs at once (or after `settleMs`, so that the rest of a
 * burst joins it), requests inside the interval are merged into one run at its end. Used for the
 * reports a frame sends the background and, in the background, for the reports of a tab, so a
 * page that changes (or pretends to change) a thousand times a second costs the same as one that
 * changes twice a second.
 */
export interface Pacer {
  /**
   * Asks for a run: now (or after `settleMs`) when the last one was long enough ago, else once at
   * the interval's end.
   */
  request(): void;
  /** Drops a pending run (the owner is going away). */
  cancel(): void;
}

export function createPacer(
  run: () => void,
  intervalMs: number,
  { settleMs = 0, now = () => performance.now() }: { settleMs?: number; now?: () => number } = {},
): Pacer {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    last = now();
    run();
  };
  return {
    request() {
      if (timer !== undefined) return;
      const wait = Math.max(settleMs, last + intervalMs - now());
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
