import type { FrameReport, TabClaim, TabSummary } from './messages';

/**
 * What the background knows about each tab's claims: the last report of every frame. Pure and
 * in memory; when the service worker restarts it is empty and the popup asks the page again.
 */
export class TabClaims {
  private readonly tabs = new Map<number, Map<number, FrameReport>>();

  /** Records one frame's report; returns the tab's new total claim count. */
  update(tabId: number, frameId: number, report: FrameReport): number {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, report);
    return this.count(tabId);
  }

  /** Forgets a tab (navigation or close). */
  clear(tabId: number): void {
    this.tabs.delete(tabId);
  }

  has(tabId: number): boolean {
    return this.tabs.has(tabId);
  }

  /** Claims shown in the tab: highlighted frames only, as the badge counts them. */
  count(tabId: number): number {
    let n = 0;
    for (const r of this.tabs.get(tabId)?.values() ?? []) if (r.highlightsOn) n += r.claims.length;
    return n;
  }

  /** The popup's view of a tab: top frame's URL and setting, every frame's claims, top first. */
  summary(tabId: number): TabSummary | null {
    const frames = this.tabs.get(tabId);
    if (!frames) return null;
    const top = frames.get(0);
    const claims: TabClaim[] = [];
    for (const frameId of [...frames.keys()].sort((a, b) => a - b)) {
      for (const c of (frames.get(frameId) as FrameReport).claims) claims.push({ ...c, frameId });
    }
    return {
      url: top?.url ?? null,
      highlightsOn: top?.highlightsOn ?? [...frames.values()].some((r) => r.highlightsOn),
      claims,
    };
  }
}

/** The badge text for a claim count: empty for none, "99+" past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
