import { browser } from 'wxt/browser';
import { CATEGORIES, STANCES, type Category, type Stance } from '../topic/categories';
import type { PriceMention } from '../content/detect/types';
import type { FacetMatch } from '../content/detect/facets';
import type { DetectContext } from '../content/detect/core';
import type { CardSummary } from '../topic/knowledge/card-summary';
import type { FacetCard } from './facet-card';
import { MAX_SAMPLE_CHARS } from '../content/detect/sample';
import { CORRECTION_LABELS, type CorrectionLabel } from './corrections';

/**
 * The one messaging protocol between contexts. Each message is `name(data): reply`; commands are
 * imperative, events past tense. A thin layer over runtime/tabs messaging from `wxt/browser`
 * (the polyfill, so tests use WXT's fake browser); @webext-core/messaging was not used because
 * v4 calls the global `chrome` object directly, bypassing the polyfill.
 * Every incoming message is checked: unknown names, malformed data and senders that are not this
 * extension are ignored, never acted on.
 */

/** The in-page card's words, in the browser's language (components/card/card-labels.ts). */
export interface CardLabels {
  /** The category's name ("Does it work?"). */
  category: string;
  /** The card's accessible name ("Claim Context: Does it work?"). */
  dialog: string;
  /** The line after the category, per stance of the sentence ("· this sentence cautions"). */
  stances: Record<Stance, string>;
  /** Before the source link ("Source:"). */
  source: string;
  /** The button that opens the full context. */
  fullContext: string;
  /** The accessible name of the close button. */
  close: string;
  /** Before the category's summary when a facet answer comes first ("About claims of this kind"). */
  kindContext: string;
  /** The button that hides a claim and remembers it is not one (issue 15). */
  notClaim: string;
}

/**
 * What the background sends a content script for a claim's card: the answers of the claim's
 * facets (components/card/facet-content.ts; empty when it shows none), then its category's
 * summary and source, and the card's words.
 */
export interface CardContent extends CardSummary {
  facets: FacetCard[];
  labels: CardLabels;
}

/** The words of the card for checked text (issue 15: components/card/VerdictCard.tsx). */
export interface VerdictLabels {
  /** The card's accessible name ("Claim Context: checked text"). */
  dialog: string;
  /** Before the checked text ("Checked text"). */
  checked: string;
  /** When the text holds no claim. */
  noClaim: string;
  /** When no text was selected. */
  noText: string;
  /** The button that records the text as a claim of the chosen kind. */
  markClaim: string;
  /** The label of the choice of kind. */
  category: string;
  /** Each category's name, for that choice. */
  categories: Record<Category, string>;
  /** What the card says once the text is marked, per category chosen. */
  marked: Record<Category, string>;
  /** What the card says once a claim is hidden as not one. */
  dismissed: string;
  /** When a correction was not saved; `{error}` stands for the reason. */
  failed: string;
  /** The button that records the claim found as not one. */
  notClaim: string;
  /** The accessible name of the close button. */
  close: string;
}

/**
 * What the background found in a text the reader checked (the context menu or the keyboard
 * command, issue 15): the text, its first claim with the card's content, or null when it holds
 * none; and the card's words.
 */
export interface Verdict {
  /** The checked text, white space collapsed, at most MAX_CARD_TEXT. */
  text: string;
  claim: { text: string; category: Category; stance: Stance; content: CardContent } | null;
  labels: VerdictLabels;
}

/** A correction as a content script sends it; the page URL is the sender's, never the data's. */
export interface CorrectionRequest {
  text: string;
  label: CorrectionLabel;
  category: Category | null;
  stance: Stance | null;
}

/** Longest claim text a card request carries (the facet matcher reads no more). */
export const MAX_CARD_TEXT = 2000;

/** A claim found in one frame of a page, as the popup lists it. */
export interface PageClaim {
  /** Unique within its frame for the life of the page. */
  id: number;
  text: string;
  category: Category;
  stance: Stance;
}

/** What one frame's content script reports about its page. */
export interface FrameReport {
  url: string;
  /** Whether highlights are on for this page's site (claims are still found when off). */
  highlightsOn: boolean;
  /** How many claims the frame has found (any number; a page can hold 20,000). */
  total: number;
  /** The first of them in document order, at most MAX_REPORTED_CLAIMS. */
  claims: PageClaim[];
}

/** The most claims one frame report lists; `total` counts them all. */
export const MAX_REPORTED_CLAIMS = 500;

/**
 * A claim with the frame it lives in, so the popup can ask that frame to reveal it, and the
 * prices the background parsed from its text (content scripts do not parse prices).
 */
export interface TabClaim extends PageClaim {
  frameId: number;
  /**
   * Present, possibly empty, on cost claims; on others when they quote a price. Offsets are into
   * `text`.
   */
  prices?: PriceMention[];
  /** The facets the background found in `text` (content/detect/facets.ts); absent when none. */
  facets?: FacetMatch;
}

/** The popup's view of a tab: every frame's claims, top frame first. */
export interface TabSummary {
  url: string | null;
  highlightsOn: boolean;
  /** Claims found in every frame, listed or not. */
  total: number;
  claims: TabClaim[];
}

/** Expected failures come back as data, not as errors thrown across contexts. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A page's context as the background's detector computes it from the page's sample
 * (sent with the first `detectClaims` batch): plain data the content script keeps and sends back
 * with every later batch, so the
 * background holds no state per page and a service worker that was stopped loses nothing.
 */
export type PageContext = DetectContext;

/** One claim found in a batch (`detectClaims`), with offsets relative to its own text. */
export interface BatchClaim {
  /** The text's place in the batch. */
  index: number;
  start: number;
  end: number;
  category: Category;
  stance: Stance;
  /** The cues behind the decision (at most MAX_CLAIM_CUES). */
  cues: string[];
  /** 0..1. */
  confidence: number;
}

/** The claims of the first `done` texts of a batch, in order of text and start. */
export interface BatchClaims {
  claims: BatchClaim[];
  /**
   * How many texts, from the first, the claims cover (at least one): a reply stops adding texts
   * past MAX_BATCH_CLAIMS claims, and the sender sends the rest again.
   */
  done: number;
  /** The page's context, when the batch came with the page's sample instead of it. */
  context?: PageContext;
}

/** The most characters of the page sample a `detectClaims` batch may carry (the sample's own bound). */
export { MAX_SAMPLE_CHARS };
/** The most characters, all texts together, of one `detectClaims` batch (also the longest text). */
export const MAX_BATCH_CHARS = 32 * 1024;
/** The most texts in one `detectClaims` batch. */
export const MAX_BATCH_TEXTS = 1024;
/**
 * Claims after which a reply takes no further text. One text is always answered whole: a reply
 * holds at most this many claims plus those of one text of MAX_BATCH_CHARS.
 */
export const MAX_BATCH_CLAIMS = 1024;
/** The most cues listed per claim. */
export const MAX_CLAIM_CUES = 8;

/** Messages a content script sends to the background. */
export interface ToBackground {
  /**
   * From the gate stage (entrypoints/gate.content.ts): this frame's text names the therapy, so
   * the background adds the engine (entrypoints/content.ts) to it. Sent at most once a document.
   */
  pageHasTerms: { data: null; reply: void };
  /** The frame's claims changed (found, removed, or highlights toggled). */
  claimsChanged: { data: FrameReport; reply: void };
  /** The user asked for full context from a hover card. */
  openFullContext: { data: null; reply: Result<null> };
  /**
   * A hover card's content for one claim: its facets' answers, then its category's evidence line.
   * `text` is the claim's text, cut to MAX_CARD_TEXT.
   */
  getCardSummary: { data: { category: Category; text: string }; reply: CardContent };
  /**
   * The page may have claims (its gate passed): compile the detector now, while the page is
   * still being read. Cheap, no reply worth waiting for.
   */
  prepareDetector: { data: null; reply: void };
  /**
   * The claims of a batch of passage texts (at most MAX_BATCH_TEXTS, MAX_BATCH_CHARS), with the
   * page's context; or, while the page has none yet, with its sample (title, opening, passages
   * naming the therapy), from which the background computes the context and returns it with the
   * claims: one round trip for the first batch, not two.
   */
  detectClaims: {
    data: { texts: string[]; context: PageContext } | { texts: string[]; sample: string };
    reply: Result<BatchClaims>;
  };
  /**
   * The reader corrected the detector on this page (issue 15), by a trusted click in a card:
   * "Not a claim" or "Mark as a claim". Recorded for the sender's page URL.
   */
  addCorrection: { data: CorrectionRequest; reply: Result<null> };
}

/** Messages the popup sends to the background. */
export interface PopupToBackground {
  getTabSummary: { data: { tabId: number }; reply: Result<TabSummary> };
}

/**
 * Messages the background sends the extension's own pages (the popup, the side panel), which
 * reach no content script and no web page: `runtime.sendMessage` goes to extension pages only.
 */
export interface ToSurface {
  /**
   * What the background knows of a tab's page changed (a frame reported, or the tab began a new
   * page): a surface showing that tab asks for its summary again.
   */
  tabSummaryChanged: { data: { tabId: number }; reply: void };
}

/** Messages sent to a tab's content scripts (by the popup or the background). */
export interface ToContent {
  /** Report this frame's claims now. */
  getFrameReport: { data: null; reply: FrameReport };
  /** Scroll to one claim and flash it. */
  revealClaim: { data: { id: number }; reply: Result<null> };
  /** Move keyboard focus to the next (+1) or previous (-1) claim and show its card. */
  stepClaim: { data: { direction: 1 | -1 }; reply: Result<null> };
  /** Show the card for checked text beside the reader's selection (issue 15). */
  showVerdict: { data: Verdict; reply: Result<null> };
  /** The text the reader has selected in this frame ("" when none), for the keyboard command. */
  getSelectedText: { data: null; reply: { text: string } };
}

type AnyProtocol = ToBackground & PopupToBackground & ToSurface & ToContent;
type Name = keyof AnyProtocol;
export type DataOf<K extends Name> = AnyProtocol[K]['data'];
export type ReplyOf<K extends Name> = AnyProtocol[K]['reply'];

const TAG = 'claim-context/1';
interface Envelope {
  tag: typeof TAG;
  name: Name;
  data: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPageClaim(v: unknown): v is PageClaim {
  return (
    isPlainObject(v) &&
    Number.isInteger(v.id) &&
    typeof v.text === 'string' &&
    (CATEGORIES as readonly unknown[]).includes(v.category) &&
    (STANCES as readonly unknown[]).includes(v.stance)
  );
}

/**
 * Small plain data, as a page context is: booleans, finite numbers, short strings, and short
 * arrays and objects of them, a few levels deep. Checked by shape, not by field, so the
 * detector's context can gain fields without a change here.
 */
function isSmallData(v: unknown, depth = 3): boolean {
  if (typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= 256;
  if (depth === 0 || typeof v !== 'object' || v === null) return false;
  const values = Array.isArray(v) ? v : Object.values(v);
  return values.length <= 64 && values.every((x) => isSmallData(x, depth - 1));
}

/** A batch within every bound: 1..MAX_BATCH_TEXTS strings of MAX_BATCH_CHARS in all. */
function isBatch(texts: unknown): texts is string[] {
  if (!Array.isArray(texts) || texts.length === 0 || texts.length > MAX_BATCH_TEXTS) return false;
  let chars = 0;
  for (const t of texts) {
    if (typeof t !== 'string') return false;
    chars += t.length;
  }
  return chars <= MAX_BATCH_CHARS;
}

/** A validator for the data of each message a context accepts. */
export type Validators<P> = { readonly [K in keyof P]: (data: unknown) => boolean };

/**
 * What the background accepts. Each context passes only the table of messages addressed to it to
 * `onMessages`, so a message meant for another context is rejected as unknown (and the content
 * script does not carry the background's validators).
 */
export const TO_BACKGROUND: Validators<ToBackground & PopupToBackground> = {
  pageHasTerms: (d) => d === null,
  claimsChanged: (d) =>
    isPlainObject(d) &&
    typeof d.url === 'string' &&
    typeof d.highlightsOn === 'boolean' &&
    Array.isArray(d.claims) &&
    d.claims.length <= MAX_REPORTED_CLAIMS &&
    Number.isInteger(d.total) &&
    (d.total as number) >= d.claims.length &&
    d.claims.every(isPageClaim),
  openFullContext: (d) => d === null,
  getCardSummary: (d) =>
    isPlainObject(d) &&
    (CATEGORIES as readonly unknown[]).includes(d.category) &&
    typeof d.text === 'string' &&
    d.text.length <= MAX_CARD_TEXT,
  getTabSummary: (d) => isPlainObject(d) && Number.isInteger(d.tabId),
  prepareDetector: (d) => d === null,
  detectClaims: (d) =>
    isPlainObject(d) &&
    isBatch(d.texts) &&
    (d.sample === undefined
      ? isPlainObject(d.context) && isSmallData(d.context)
      : d.context === undefined &&
        typeof d.sample === 'string' &&
        d.sample.length <= MAX_SAMPLE_CHARS),
  addCorrection: (d) =>
    isPlainObject(d) &&
    typeof d.text === 'string' &&
    d.text.trim().length > 0 &&
    d.text.length <= MAX_CARD_TEXT &&
    (CORRECTION_LABELS as readonly unknown[]).includes(d.label) &&
    (d.category === null || (CATEGORIES as readonly unknown[]).includes(d.category)) &&
    (d.label === 'none' || d.category !== null) &&
    (d.stance === null || (STANCES as readonly unknown[]).includes(d.stance)),
};

/** What a content script accepts. */
export const TO_CONTENT: Validators<ToContent> = {
  getFrameReport: (d) => d === null,
  revealClaim: (d) => isPlainObject(d) && Number.isInteger(d.id),
  stepClaim: (d) => isPlainObject(d) && (d.direction === 1 || d.direction === -1),
  showVerdict: (d) =>
    isPlainObject(d) &&
    typeof d.text === 'string' &&
    d.text.length <= MAX_CARD_TEXT &&
    isPlainObject(d.labels) &&
    (d.claim === null ||
      (isPlainObject(d.claim) &&
        typeof d.claim.text === 'string' &&
        (CATEGORIES as readonly unknown[]).includes(d.claim.category) &&
        (STANCES as readonly unknown[]).includes(d.claim.stance) &&
        isPlainObject(d.claim.content))),
  getSelectedText: (d) => d === null,
};

/** What the popup and the side panel accept (from the background; see use-popup-data.ts). */
export const TO_SURFACE: Validators<ToSurface> = {
  tabSummaryChanged: (d) => isPlainObject(d) && Number.isInteger(d.tabId),
};

/**
 * Checks an incoming message and its sender.
 * @returns the envelope when it is one of ours, well-formed and from this extension; else null.
 */
export function checkMessage(message: unknown, senderId: string | undefined): Envelope | null {
  return checkAgainst(message, senderId, { ...TO_BACKGROUND, ...TO_SURFACE, ...TO_CONTENT });
}

function checkAgainst(
  message: unknown,
  senderId: string | undefined,
  valid: Readonly<Record<string, (data: unknown) => boolean>>,
): Envelope | null {
  if (senderId !== browser.runtime.id) return null;
  if (!isPlainObject(message) || message.tag !== TAG || typeof message.name !== 'string')
    return null;
  if (!Object.hasOwn(valid, message.name)) return null;
  const validate = valid[message.name];
  if (!validate || !validate(message.data)) return null;
  return message as unknown as Envelope;
}

function envelope<K extends Name>(name: K, data: DataOf<K>): Envelope {
  return { tag: TAG, name, data };
}

/** Sends a message to the background (from a content script or the popup). */
export async function sendToBackground<K extends keyof (ToBackground & PopupToBackground)>(
  name: K,
  data: DataOf<K>,
): Promise<ReplyOf<K>> {
  return (await browser.runtime.sendMessage(envelope(name, data))) as ReplyOf<K>;
}

/**
 * Tells the extension's open pages (popup, side panel) something, from the background. Resolves
 * whether or not a page is open to hear it (then the browser has no receiver, which is no error).
 */
export async function sendToSurfaces<K extends keyof ToSurface>(
  name: K,
  data: DataOf<K>,
): Promise<void> {
  await Promise.resolve()
    .then(() => browser.runtime.sendMessage(envelope(name, data)))
    .catch(() => undefined);
}

/**
 * Sends a message to the content script of one frame of a tab (frame 0, the top, by default).
 * @returns the reply, or undefined when no content script answered (e.g. a browser page).
 */
export async function sendToTab<K extends keyof ToContent>(
  tabId: number,
  name: K,
  data: DataOf<K>,
  frameId = 0,
): Promise<ReplyOf<K> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, envelope(name, data), { frameId })) as ReplyOf<K>;
  } catch {
    return undefined;
  }
}

/** The sender of a message, as handlers see it. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The sending document's URL: a page's for a content script, ours for an extension page. */
  url?: string;
}

/** Handlers for some messages of a protocol; each gets validated data. */
export type Handlers<P extends Partial<AnyProtocol>> = {
  [K in keyof P]?: P[K] extends { data: infer D; reply: infer R }
    ? (data: D, sender: Sender) => R | Promise<R>
    : never;
};

/**
 * Registers message handlers until the signal aborts (if given). Messages that are not ours, are
 * malformed, come from another extension or a web page, or have no handler here are ignored.
 */
export function onMessages<P extends Partial<AnyProtocol>>(
  validators: Validators<P>,
  handlers: Handlers<P>,
  signal?: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: { id?: number }; frameId?: number; url?: string },
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    const env = checkAgainst(message, sender.id, validators);
    if (!env || !Object.hasOwn(handlers, env.name)) return undefined;
    const handler = (handlers as Record<string, (d: unknown, s: Sender) => unknown>)[env.name];
    if (!handler) return undefined;
    // The handler starts inside the browser's dispatch, not a microtask later: Chrome grants the
    // user action a message carries (a click in the card) only while the listener runs, and
    // `openFullContext` needs it to open the side panel (issue 15).
    let reply: unknown;
    try {
      reply = handler(env.data, {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        url: sender.url,
      });
    } catch (error) {
      reply = Promise.reject(error);
    }
    // Reply through sendResponse (and `return true`), which every browser and the polyfill
    // understand; a handler that throws replies undefined rather than leaving the sender waiting.
    Promise.resolve(reply).then(sendResponse, (error: unknown) => {
      console.error('[claim-context] message handler failed', env.name, error);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener(
    'abort',
    () => browser.runtime.onMessage.removeListener(listener as never),
    {
      once: true,
    },
  );
}
