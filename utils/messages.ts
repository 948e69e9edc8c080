import { browser } from 'wxt/browser';
import { CATEGORIES, STANCES, type Category, type Stance } from '../topic/categories';
import type { PriceMention } from '../content/detect/types';
import type { FacetMatch } from '../content/detect/facets';
import type { CardSummary } from '../topic/knowledge/card-summary';
import type { FacetCard } from './facet-card';

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

/** Messages a content script sends to the background. */
export interface ToBackground {
  /** The frame's claims changed (found, removed, or highlights toggled). */
  claimsChanged: { data: FrameReport; reply: void };
  /** The user asked for full context from a hover card. */
  openFullContext: { data: null; reply: Result<null> };
  /**
   * A hover card's content for one claim: its facets' answers, then its category's evidence line.
   * `text` is the claim's text, cut to MAX_CARD_TEXT.
   */
  getCardSummary: { data: { category: Category; text: string }; reply: CardContent };
}

/** Messages the popup sends to the background. */
export interface PopupToBackground {
  getTabSummary: { data: { tabId: number }; reply: Result<TabSummary> };
}

/** Messages sent to a tab's content scripts (by the popup or the background). */
export interface ToContent {
  /** Report this frame's claims now. */
  getFrameReport: { data: null; reply: FrameReport };
  /** Scroll to one claim and flash it. */
  revealClaim: { data: { id: number }; reply: Result<null> };
  /** Move keyboard focus to the next (+1) or previous (-1) claim and show its card. */
  stepClaim: { data: { direction: 1 | -1 }; reply: Result<null> };
}

type AnyProtocol = ToBackground & PopupToBackground & ToContent;
type Name = keyof AnyProtocol;
type DataOf<K extends Name> = AnyProtocol[K]['data'];
type ReplyOf<K extends Name> = AnyProtocol[K]['reply'];

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

/** Validators for the data of every message; a message whose data fails is ignored. */
/** A validator for the data of each message a context accepts. */
export type Validators<P> = { readonly [K in keyof P]: (data: unknown) => boolean };

/**
 * What the background accepts. Each context passes only the table of messages addressed to it to
 * `onMessages`, so a message meant for another context is rejected as unknown (and the content
 * script does not carry the background's validators).
 */
export const TO_BACKGROUND: Validators<ToBackground & PopupToBackground> = {
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
};

/** What a content script accepts. */
export const TO_CONTENT: Validators<ToContent> = {
  getFrameReport: (d) => d === null,
  revealClaim: (d) => isPlainObject(d) && Number.isInteger(d.id),
  stepClaim: (d) => isPlainObject(d) && (d.direction === 1 || d.direction === -1),
};

/**
 * Checks an incoming message and its sender.
 * @returns the envelope when it is one of ours, well-formed and from this extension; else null.
 */
export function checkMessage(message: unknown, senderId: string | undefined): Envelope | null {
  return checkAgainst(message, senderId, { ...TO_BACKGROUND, ...TO_CONTENT });
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
    sender: { id?: string; tab?: { id?: number }; frameId?: number },
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    const env = checkAgainst(message, sender.id, validators);
    if (!env || !Object.hasOwn(handlers, env.name)) return undefined;
    const handler = (handlers as Record<string, (d: unknown, s: Sender) => unknown>)[env.name];
    if (!handler) return undefined;
    // Reply through sendResponse (and `return true`), which every browser and the polyfill
    // understand; a handler that throws replies undefined rather than leaving the sender waiting.
    Promise.resolve()
      .then(() => handler(env.data, { tabId: sender.tab?.id, frameId: sender.frameId }))
      .then(sendResponse, (error: unknown) => {
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
