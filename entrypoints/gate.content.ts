import { defineContentScript } from '#imports';
import { createGate } from '../content/detect/gate';
import { watchForTerms } from '../content/watch-for-terms';
import { sendToBackground } from '../utils/messages';
import { readFirstEarly } from '../content/first-reads';
import { STEM_CELL_BACK_PAIN_GATE } from '../topic/detect/gate';

/**
 * The only script every page and frame gets (issue 14): the page gate and nothing else. A page
 * that never names the therapy costs this small script's start and one reading of its text;
 * one that does asks the background for the engine (entrypoints/content.ts), which the
 * background adds to this frame alone (utils/engine-injection.ts), and meanwhile reads what the
 * engine will read first (content/first-reads.ts).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    watchForTerms(document, createGate(STEM_CELL_BACK_PAIN_GATE.languages), ctx.signal, () => {
      void sendToBackground('pageHasTerms', null).catch(() => undefined);
      readFirstEarly();
    });
  },
});
