import { defineContentScript } from '#imports';
import { startEngine } from '../content/engine';
import { createCardHost } from '../components/card/card-host';
// Only the page gate runs here; the background detects the claims (content/remote-detector.ts).
import { createGate } from '../content/detect/gate';
import { STEM_CELL_BACK_PAIN_GATE } from '../topic/detect/gate';
import { remoteDetector } from '../content/remote-detector';
import { takeFirstReads } from '../content/first-reads';
import {
  MAX_CARD_TEXT,
  onMessages,
  sendToBackground,
  TO_CONTENT,
  type ToContent,
} from '../utils/messages';
import { readSettings, watchStoredSettings } from '../content/settings-reader';
import { highlightsOn } from '../utils/settings';
import { siteKey } from '../utils/site';
import { createPacer } from '../utils/pacer';
import type { CardContent } from '../utils/messages';
import {
  FrameCorrections,
  correctedDetector,
  correctionActions,
  followCorrections,
} from '../content/corrections';
import { selectedText, selectionAnchor } from '../content/selection';
import { pageUrl } from '../utils/corrections';
import type { Category } from '../topic/categories';
import type { ContentScriptContext } from '../content/script-context';

/** Shortest gap between two reports of this frame to the background. */
const REPORT_INTERVAL_MS = 500;
/**
 * How long a report waits for the changes that follow it. A fresh reading paints its first claims
 * early and the rest a batch or two later (about 70 ms on the bench's article): one report of all
 * of them, instead of one of the first claims and all of them 500 ms after it.
 */
const REPORT_SETTLE_MS = 150;

/** The running engine's context, in the content scripts' own world (no page can see it). */
const RUNNING = Symbol.for('claim-context.engine');

/**
 * The engine's entry, added by the background to a frame whose text names the therapy (the gate
 * stage, entrypoints/gate.content.ts, found it; or the popup or a "Check this text" asked for
 * it: utils/engine-injection.ts). Reads this site's setting, starts the engine, answers the popup
 * and the background, and follows setting changes live. All wiring (over a screen only because
 * each message and event is wired in place); the logic is in content/ and components/card/.
 */
export default defineContentScript({
  // Not in the manifest: WXT turns these matches into the host permissions the background's
  // injection needs (the same sites the gate stage runs on).
  registration: 'runtime',
  matches: ['<all_urls>'],
  async main(wxtContext) {
    // wxt.config.ts swaps WXT's context for ours (content/script-context.ts): the type says so.
    const ctx = wxtContext as unknown as ContentScriptContext;
    // Added once per frame: a second injection (the popup asked while the gate's request was on
    // its way) finds the engine running, and leaves it. One left behind by an extension update
    // or reload has lost its context, and a new one starts.
    const world = globalThis as { [RUNNING]?: { readonly isValid: boolean } };
    if (world[RUNNING]?.isValid) return;
    world[RUNNING] = ctx;
    const signal = ctx.signal;
    // The reader's corrections (issue 15) are read with the settings: they decide what counts
    // as a claim on this page from the first reading on. The first key of each was read by the
    // gate stage while the background added the engine, where the stage asked for it.
    const corrections = new FrameCorrections();
    const first = await takeFirstReads();
    const [settings] = await Promise.all([
      readSettings(siteKey(location.href), first),
      corrections.load(pageUrl(location.href), first),
    ]);
    if (signal.aborted) return;
    const page = () => pageUrl(location.href);
    const site = () => siteKey(location.href);
    // A card's content per claim text, asked of the background once (the card opens again and
    // again on one claim); the cache is emptied when it grows, so a long page cannot fill memory.
    const summaries = new Map<string, Promise<CardContent>>();
    const summaryFor = ({ category, text }: { category: Category; text: string }) => {
      const data = { category, text: text.slice(0, MAX_CARD_TEXT) };
      const key = `${category}\n${data.text}`;
      let found = summaries.get(key);
      if (!found) {
        if (summaries.size >= 100) summaries.clear();
        found = sendToBackground('getCardSummary', data);
        summaries.set(key, found);
        found.catch(() => summaries.delete(key));
      }
      return found;
    };
    const cards = createCardHost(
      signal,
      summaryFor,
      () => void sendToBackground('openFullContext', null).catch(() => undefined),
      () => undefined,
      // The reader's corrections from the card, recorded by the background (issue 15).
      correctionActions(
        () => engine,
        (request) => sendToBackground('addCorrection', request),
      ),
    );
    // Reports are paced: however often the page changes, at most one per REPORT_INTERVAL_MS,
    // always the frame's latest state, each after REPORT_SETTLE_MS at least. Reading the report
    // (claims put in document order; in the pacer's timer) and sending it (serialising up to
    // MAX_REPORTED_CLAIMS) run in separate tasks. Reports without claims are sent only where
    // they tell the background something: a top frame sends one per URL and setting (an open
    // side panel learns that the tab it follows has no claims), an iframe that has never had a
    // claim sends none.
    const isTop = window === window.top;
    let hadClaims = false;
    let lastEmpty: string | null = null;
    const reports = createPacer(
      () => {
        if (ctx.isInvalid) return;
        const report = engine.frameReport();
        if (report.total === 0) {
          const key = `${report.url}\n${report.highlightsOn}`;
          if ((!isTop && !hadClaims) || key === lastEmpty) return;
          lastEmpty = key;
        } else {
          hadClaims = true;
          lastEmpty = null;
        }
        setTimeout(() => void sendToBackground('claimsChanged', report).catch(() => undefined));
      },
      REPORT_INTERVAL_MS,
      { settleMs: REPORT_SETTLE_MS },
    );
    ctx.onInvalidated(() => reports.cancel());
    // Only a gate stage that found the therapy named reads storage early (where that read
    // failed, the engine runs its own gate as before); its request for the engine also started
    // the background's detector warming up.
    const named = first !== undefined;
    const engine = startEngine(
      {
        doc: document,
        detector: correctedDetector(
          remoteDetector(createGate(STEM_CELL_BACK_PAIN_GATE.languages), sendToBackground, named),
          () => corrections.for(page()),
        ),
        settings,
        named,
        isOn: (s) => highlightsOn(site(), s),
        report: () => reports.request(),
        cards,
      },
      signal,
    );
    watchStoredSettings(siteKey(location.href), (s) => engine.applySettings(s), signal);
    followCorrections(corrections, page, engine, signal);
    onMessages<ToContent>(
      TO_CONTENT,
      {
        getFrameReport: () => engine.frameReport(),
        revealClaim: ({ id }) =>
          engine.reveal(id) ? { ok: true, value: null } : { ok: false, error: 'no such claim' },
        stepClaim: ({ direction }) =>
          engine.step(direction) ? { ok: true, value: null } : { ok: false, error: 'no claims' },
        // "Check this text" (issue 15): the background found what the selection holds.
        showVerdict: (verdict) => {
          cards.showVerdict(verdict, selectionAnchor(document));
          return { ok: true, value: null };
        },
        getSelectedText: () => ({ text: selectedText(document).slice(0, 4 * MAX_CARD_TEXT) }),
      },
      signal,
    );
    // Single-page apps: a route change keeps the document, so report the new URL. Only the
    // browser's own (trusted) navigation events count; without the Navigation API (older
    // Firefox) the page change that comes with a route change reports the URL.
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener(
      'navigatesuccess',
      (event) => {
        if (event.isTrusted) reports.request();
      },
      { signal },
    );
  },
});
