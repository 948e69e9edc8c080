import type { Claim } from './detect/types';
import type { Detector } from './engine';
import type { PageContext, ToBackground } from '../utils/messages';

type DetectionMessages = Pick<ToBackground, 'prepareDetector' | 'detectClaims'>;

/** Sends one detection message to the background (`sendToBackground`; a fake in tests). */
export type SendDetection = <K extends keyof DetectionMessages>(
  name: K,
  data: DetectionMessages[K]['data'],
) => Promise<DetectionMessages[K]['reply']>;

/**
 * The page's context as the page holds it: its sample, until the background has answered a
 * batch sent with the sample and returned the context computed from it (then sent instead).
 */
export interface RemoteContext {
  sample: string;
  context: PageContext | null;
}

/**
 * The engine's detector for pages: the gate runs here, in the page (content/detect/gate.ts); the
 * page context and the claims come from the background (utils/detection-service.ts), one batch
 * per message, the first batch carrying the page's sample in place of its context. Claims come
 * back with offsets relative to each text, and their text is sliced here. Rejects (and the
 * engine stops that reading) when the background does not answer. `warming`: the background is
 * getting detection ready already (a gate stage's `pageHasTerms` starts that), so `prepare`
 * sends nothing.
 */
export function remoteDetector(
  hasTreatmentTerms: (text: string) => boolean,
  send: SendDetection,
  warming = false,
): Detector<RemoteContext> {
  return {
    hasTreatmentTerms,
    prepare: () => {
      if (!warming) void send('prepareDetector', null).catch(() => undefined);
    },
    // No message: the sample goes with the first batch.
    analyzeContext: async (sample) => ({ sample, context: null }),
    async detectClaims(texts, page) {
      const batch = page.context
        ? { texts: [...texts], context: page.context }
        : { texts: [...texts], sample: page.sample };
      const reply = await send('detectClaims', batch);
      if (!reply?.ok) throw new Error(`claims: ${reply?.error ?? 'no answer'}`);
      page.context ??= reply.value.context ?? null;
      const done = Math.min(reply.value.done, texts.length);
      const out: Claim[][] = Array.from({ length: done }, () => []);
      for (const { index, start, end, category, stance, cues, confidence } of reply.value.claims) {
        const text = texts[index];
        if (text === undefined || index >= done) continue;
        out[index]?.push({
          start,
          end,
          text: text.slice(start, end),
          category,
          stance,
          cues,
          confidence,
        });
      }
      return out;
    },
  };
}
