import type { Claim } from './detect/types';
import type { Detector } from './engine';
import type { PageContext, ToBackground } from '../utils/messages';

type DetectionMessages = Pick<ToBackground, 'prepareDetector' | 'analyzePage' | 'detectClaims'>;

/** Sends one detection message to the background (`sendToBackground`; a fake in tests). */
export type SendDetection = <K extends keyof DetectionMessages>(
  name: K,
  data: DetectionMessages[K]['data'],
) => Promise<DetectionMessages[K]['reply']>;

/**
 * The engine's detector for pages: the gate runs here, in the page (content/detect/gate.ts); the
 * page context and the claims come from the background (utils/detection-service.ts), one batch
 * per message. Claims come back with offsets relative to each text, and their text is sliced
 * here. Rejects (and the engine stops that reading) when the background does not answer.
 */
export function remoteDetector(
  hasTreatmentTerms: (text: string) => boolean,
  send: SendDetection,
): Detector<PageContext> {
  return {
    hasTreatmentTerms,
    prepare: () => void send('prepareDetector', null).catch(() => undefined),
    async analyzeContext(sample) {
      const reply = await send('analyzePage', { sample });
      if (!reply?.ok) throw new Error(`page context: ${reply?.error ?? 'no answer'}`);
      return reply.value;
    },
    async detectClaims(texts, context) {
      const reply = await send('detectClaims', { texts: [...texts], context });
      if (!reply?.ok) throw new Error(`claims: ${reply?.error ?? 'no answer'}`);
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
