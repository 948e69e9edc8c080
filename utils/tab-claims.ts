import type { PriceParser } from '../content/detect/prices';
import type { FacetMatcher } from '../content/detect/facets';
import type { FrameReport, PageClaim, TabClaim, TabSummary } from './messages';

/** One frame's report as kept: its claims with their frame and prices. */
interface Frame {
  url: string;
  highlightsOn: boolean;
  total: number;
  claims: TabClaim[];
}

/**
 * What the background knows about each tab's claims: the last report of every frame. Pure and
 * in memory; when the service worker restarts it is empty and the popup asks the page again.
 */
export class TabClaims {
  private readonly tabs = new Map<number, Map<number, Frame>>();

  /**
   * `prices` parses the prices of reported claims (createPriceParser with the topic); `facets`,
   * when given, finds their facets (createFacetMatcher with the topic's facets).
   */
  constructor(
    private readonly prices: PriceParser,
    private readonly facets?: FacetMatcher,
  ) {}

  /**
   * Records one frame's report, parsing the prices and facets of its claims (content scripts
   * leave them to the background); returns the tab's new total claim count.
   */
  update(tabId: number, frameId: number, report: FrameReport): number {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, {
      url: report.url,
      highlightsOn: report.highlightsOn,
      total: report.total,
      claims: report.claims.map((c) => tabClaim(c, frameId, this.prices, this.facets)),
    });
    return this.count(tabId);
  }

  /** Forgets a tab (navigation or close). */
  clear(tabId: number): void {
    this.tabs.delete(tabId);
  }

  /** Whether a report of the tab's frame `frameId` is known. */
  hasFrame(tabId: number, frameId: number): boolean {
    return this.tabs.get(tabId)?.has(frameId) ?? false;
  }

  /** Claims shown in the tab: highlighted frames only, as the badge counts them. */
  count(tabId: number): number {
    let n = 0;
    for (const r of this.tabs.get(tabId)?.values() ?? []) if (r.highlightsOn) n += r.total;
    return n;
  }

  /** The popup's view of a tab: top frame's URL and setting, every frame's claims, top first. */
  summary(tabId: number): TabSummary | null {
    const frames = this.tabs.get(tabId);
    if (!frames) return null;
    const top = frames.get(0);
    const claims: TabClaim[] = [];
    let total = 0;
    for (const frame of frames.values()) total += frame.total;
    for (const frameId of [...frames.keys()].sort((a, b) => a - b)) {
      for (const c of (frames.get(frameId) as Frame).claims) claims.push(c);
    }
    return {
      url: top?.url ?? null,
      highlightsOn: top?.highlightsOn ?? [...frames.values()].some((r) => r.highlightsOn),
      total,
      claims,
    };
  }
}

function tabClaim(
  { id, text, category, stance }: PageClaim,
  frameId: number,
  parser: PriceParser,
  matcher: FacetMatcher | undefined,
): TabClaim {
  const prices = parser.claimPrices(text, category);
  const facets = matcher?.match(text);
  return {
    id,
    text,
    category,
    stance,
    frameId,
    ...(prices ? { prices } : {}),
    ...(facets && facets.ids.length > 0 ? { facets } : {}),
  };
}

/** The badge text for a claim count: empty for none, "99+" past 99. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
