import { browser } from 'wxt/browser';
import type { Category, Claim, Stance } from './detect/types';
import type { Detector } from './engine';
import { MAX_CARD_TEXT, type CorrectionRequest, type Result } from '../utils/messages';
import {
  CORRECTION_PAGES_KEY,
  CORRECTIONS_KEY,
  correctionsFor,
  listsPage,
  pageUrl,
  normaliseText,
  parseCorrections,
  type Correction,
  type PageCorrections,
} from '../utils/corrections';

/**
 * The reader's corrections in the page (issue 15): a claim the reader said is not one is never
 * stored, painted or reported (so the popup does not count it either), and a text the reader
 * marked as a claim is found and highlighted like one, on this page and after a reload. Both act
 * through the detector the engine is given (`correctedDetector`), so the engine itself needs only
 * `dropClaims` (a dismissal takes effect at once) and `reread` (a mark or an undo).
 * The stored list is read through the browser API (like settings-reader.ts) and validated.
 */

/** The cue a marked claim carries (it is the reader's, not the detector's). */
export const MARKED_CUE = 'marked by the reader';

/** Characters between the words of a marked text that still count as the same text. */
const GAP = String.raw`[\s\u00ad\u200b]+`;

/** A pattern finding a marked text in a passage: any case, any run of white space between words. */
function markPattern(text: string): RegExp {
  const words = text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join(GAP), 'giu');
}

/** Whether two claims overlap in their text. */
const overlaps = (a: Claim, b: Claim) => a.start < b.end && b.start < a.end;

/**
 * The claims of one text once the page's corrections are applied: the detector's claims minus
 * those the reader dismissed or marked over, plus every place the text holds a marked claim.
 * Pure; `patterns` caches one RegExp per marked text.
 */
export function correctClaims(
  text: string,
  claims: readonly Claim[],
  page: PageCorrections,
  patterns: Map<string, RegExp> = new Map(),
): Claim[] {
  const marked: Claim[] = [];
  for (const m of page.marked) {
    let pattern = patterns.get(m.text);
    if (!pattern) patterns.set(m.text, (pattern = markPattern(m.text)));
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      if (found[0].length === 0) break;
      const start = found.index;
      const end = start + found[0].length;
      marked.push({
        start,
        end,
        text: text.slice(start, end),
        category: m.category,
        stance: m.stance ?? 'neutral',
        cues: [MARKED_CUE],
        confidence: 1,
      });
    }
  }
  const kept = claims.filter(
    (c) => !page.dismissed.has(normaliseText(c.text)) && !marked.some((m) => overlaps(m, c)),
  );
  if (marked.length === 0) return kept;
  return [...kept, ...marked].sort((a, b) => a.start - b.start);
}

/**
 * The engine's detector with the page's corrections applied (`page()` gives those of the frame's
 * current URL). A page with a marked claim passes the gate whatever its words.
 */
export function correctedDetector<C>(inner: Detector<C>, page: () => PageCorrections): Detector<C> {
  const patterns = new Map<string, RegExp>();
  return {
    hasTreatmentTerms: (text) => page().marked.length > 0 || inner.hasTreatmentTerms(text),
    prepare: () => inner.prepare?.(),
    analyzeContext: (sample) => inner.analyzeContext(sample),
    async detectClaims(texts, context) {
      const answers = await inner.detectClaims(texts, context);
      const current = page();
      if (current.dismissed.size === 0 && current.marked.length === 0) return answers;
      return answers.map((claims, i) => correctClaims(texts[i] ?? '', claims, current, patterns));
    },
  };
}

/** No corrections (shared: never changed). */
const NONE: PageCorrections = Object.freeze({ dismissed: new Set<string>(), marked: [] });

/** A storage change as `storage.onChanged` gives it. */
type Changes = Record<string, { newValue?: unknown }>;

/**
 * The corrections this frame follows, each URL's share cached. Before its gate a page reads only
 * the page index (utils/corrections.ts CORRECTION_PAGES_KEY, one string); the list itself (up to
 * MAX_CORRECTIONS entries to copy in and validate) is read only when the index names this frame's
 * page, or when no index is stored yet. A page that the index names later (a route change, a
 * correction made elsewhere) gets the list then, and `onLoaded` is called.
 */
export class FrameCorrections {
  /** The stored page index; null while none is stored. */
  private pages: string | null = null;
  /** The stored list, validated; null while it has not been read. */
  private list: readonly Correction[] | null = null;
  private cached: { url: string; page: PageCorrections } | null = null;
  private reading: Promise<void> | null = null;
  /** Called when the list is read after `load` (see the class comment). */
  onLoaded: (() => void) | null = null;

  /**
   * This page's corrections (`url` without fragment). Cached per URL until the list or the index
   * changes: the detector asks for every passage a page holds.
   */
  for(url: string): PageCorrections {
    if (this.cached?.url === url) return this.cached.page;
    let page = NONE;
    if (this.list !== null) page = correctionsFor(this.list, url);
    else if (this.needsList(url)) this.readLater();
    this.cached = { url, page };
    return page;
  }

  /** Whether the list has been read (for tests: a page the index does not name never reads it). */
  get listRead(): boolean {
    return this.list !== null;
  }

  /**
   * Takes a storage change (of the list, the index or both, as one write makes them). The list
   * is validated only when this frame holds it already or the index names its page.
   * @returns this URL's corrections before and after.
   */
  change(changes: Changes, url: string): { before: PageCorrections; after: PageCorrections } {
    const before = this.for(url);
    const index = changes[CORRECTION_PAGES_KEY];
    if (index) {
      this.pages = typeof index.newValue === 'string' ? index.newValue : null;
      this.cached = null;
    }
    const list = changes[CORRECTIONS_KEY];
    if (list && (this.list !== null || this.needsList(url))) this.take(list.newValue);
    return { before, after: this.for(url) };
  }

  /**
   * Reads the index (or takes it from `first`, read already: content/first-reads.ts), then the
   * list if this page needs it. Unreadable counts as empty.
   */
  async load(url: string, first?: Record<string, unknown>): Promise<void> {
    try {
      const stored: Record<string, unknown> =
        first ?? (await browser.storage.local.get(CORRECTION_PAGES_KEY));
      const pages = stored[CORRECTION_PAGES_KEY];
      this.pages = typeof pages === 'string' ? pages : null;
      this.cached = null;
      if (this.needsList(url)) await this.readList();
    } catch {
      this.take(undefined);
    }
  }

  private needsList(url: string): boolean {
    return this.pages === null || listsPage(this.pages, pageUrl(url));
  }

  private take(value: unknown): void {
    this.list = parseCorrections(value).corrections;
    this.cached = null;
  }

  private async readList(): Promise<void> {
    const stored: Record<string, unknown> = await browser.storage.local.get(CORRECTIONS_KEY);
    this.take(stored[CORRECTIONS_KEY]);
  }

  private readLater(): void {
    this.reading ??= this.readList().then(
      () => this.onLoaded?.(),
      () => this.take(undefined),
    );
  }
}

/** What the page needs done after the corrections changed. */
export type CorrectionsEffect = 'none' | 'drop' | 'reread';

/**
 * Whether a change of a page's corrections can be applied by dropping claims (only dismissals
 * were added) or needs the page read again (a mark, or a dismissal undone).
 */
export function effectOf(before: PageCorrections, after: PageCorrections): CorrectionsEffect {
  const sameMarks =
    before.marked.length === after.marked.length &&
    before.marked.every(
      (m, i) => m.text === after.marked[i]?.text && m.category === after.marked[i]?.category,
    );
  const undone = [...before.dismissed].some((t) => !after.dismissed.has(t));
  if (!sameMarks || undone) return 'reread';
  return after.dismissed.size > before.dismissed.size ? 'drop' : 'none';
}

/**
 * Follows the stored corrections until `signal` aborts, calling `apply` with what the frame's
 * page needs (see effectOf) and its corrections after the change.
 */
export function watchCorrections(
  corrections: FrameCorrections,
  url: () => string,
  apply: (effect: CorrectionsEffect, page: PageCorrections) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const listener = (changes: Changes, area: string) => {
    if (area !== 'local' || !(changes[CORRECTIONS_KEY] || changes[CORRECTION_PAGES_KEY])) return;
    const { before, after } = corrections.change(changes, url());
    const effect = effectOf(before, after);
    if (effect !== 'none') apply(effect, after);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), {
    once: true,
  });
}

/** What the reader's corrections need of the running engine (engine.ts `Engine`). */
export interface CorrectableEngine {
  dropClaims(test: (claim: Claim) => boolean): number;
  reread(): void;
}

/**
 * The card's correction actions (components/card/card-host.tsx `CardCorrections`): each sends
 * one correction to the background (`send`, which records it for this frame's page); "Not a
 * claim" also drops the claim's highlights at once. Only a trusted click in the card calls them.
 */
export function correctionActions(
  engine: () => CorrectableEngine,
  send: (request: CorrectionRequest) => Promise<Result<null>>,
) {
  const safeSend = (request: CorrectionRequest): Promise<Result<null>> =>
    send(request).catch(() => ({ ok: false, error: 'no answer' }));
  return {
    notClaim(claim: Claim): Promise<Result<null>> {
      const key = normaliseText(claim.text);
      engine().dropClaims((c) => normaliseText(c.text) === key);
      const { text, category, stance } = claim;
      return safeSend({ text: text.slice(0, MAX_CARD_TEXT), label: 'none', category, stance });
    },
    markClaim(text: string, category: Category, stance: Stance | null): Promise<Result<null>> {
      return safeSend({ text: text.slice(0, MAX_CARD_TEXT), label: 'claim', category, stance });
    },
  };
}

/** Applies every later change of the stored corrections to `engine` (see effectOf). */
export function followCorrections(
  corrections: FrameCorrections,
  url: () => string,
  engine: CorrectableEngine,
  signal: AbortSignal,
): void {
  // The list read later (the index came to name this page): apply what it holds for it.
  corrections.onLoaded = () => {
    const now = corrections.for(url());
    if (now.marked.length > 0 || now.dismissed.size > 0) engine.reread();
  };
  signal.addEventListener('abort', () => (corrections.onLoaded = null), { once: true });
  watchCorrections(
    corrections,
    url,
    (effect, now) => {
      if (effect === 'reread') engine.reread();
      else engine.dropClaims((c) => now.dismissed.has(normaliseText(c.text)));
    },
    signal,
  );
}
