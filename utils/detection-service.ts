import type { Detector } from '../content/detect/core';
import {
  MAX_BATCH_CLAIMS,
  MAX_CLAIM_CUES,
  type BatchClaim,
  type BatchClaims,
  type Handlers,
  type PageContext,
  type Result,
  type Sender,
  type ToBackground,
} from './messages';

/**
 * Claim detection as the background runs it for the pages' content scripts (issue 12, "Where it
 * runs"): the content script keeps only the page gate and sends the page's sample and batches of
 * passage texts here (content/remote-detector.ts). The page's text goes no further than the
 * extension's own background. Stateless per page: the context travels with each batch, so a
 * service worker stopped between two batches answers the next one the same.
 */

/** The background's side of detection, over one detector (`createDetector(pack)`). */
export interface DetectionService {
  /** Compiles the detector's patterns, a step per task, once; later calls do nothing. */
  prepare(): void;
  /** The page's context from its sample. */
  analyzePage(sample: string): Result<PageContext>;
  /**
   * The claims of `texts`, offsets relative to each text, for as many texts from the first as fit
   * in MAX_BATCH_CLAIMS claims (always at least one text).
   */
  detectClaims(texts: readonly string[], context: PageContext): Result<BatchClaims>;
  /** The same for a page whose context is not known yet: computed from `sample`, and returned. */
  detectWithSample(texts: readonly string[], sample: string): Result<BatchClaims>;
}

/** `schedule` runs the next warm-up step in a later task (injectable for tests). */
export function createDetectionService(
  detector: Detector,
  schedule: (step: () => void) => void = (step) => void setTimeout(step, 0),
): DetectionService {
  let preparing = false;
  return {
    prepare() {
      if (preparing) return;
      preparing = true;
      const steps = detector.warmUp();
      const step = () => {
        if (!steps.next().done) schedule(step);
      };
      step();
    },
    analyzePage: (sample) => ({ ok: true, value: detector.analyzeContext(sample) }),
    detectWithSample(texts, sample) {
      const context = detector.analyzeContext(sample);
      const found = this.detectClaims(texts, context);
      return found.ok ? { ok: true, value: { ...found.value, context } } : found;
    },
    detectClaims(texts, context) {
      const claims: BatchClaim[] = [];
      let done = 0;
      while (done < texts.length && (done === 0 || claims.length < MAX_BATCH_CLAIMS)) {
        for (const c of detector.detectClaims(texts[done] as string, context)) {
          claims.push({
            index: done,
            start: c.start,
            end: c.end,
            category: c.category,
            stance: c.stance,
            cues: c.cues.slice(0, MAX_CLAIM_CUES),
            confidence: c.confidence,
          });
        }
        done++;
      }
      return { ok: true, value: { claims, done } };
    },
  };
}

type DetectionMessages = Pick<ToBackground, 'prepareDetector' | 'detectClaims'>;

const NOT_A_PAGE: Result<never> = { ok: false, error: 'detection answers content scripts only' };

/**
 * The background's message handlers for detection. They answer only our content scripts:
 * `onMessages` has already refused anything not from this extension, and of its contexts only a
 * content script sends from a tab and a document that is not one of ours (`extensionOrigin`,
 * `browser.runtime.getURL('')`).
 */
export function detectionHandlers(
  service: DetectionService,
  extensionOrigin: string,
): Handlers<DetectionMessages> {
  const fromPage = (sender: Sender) =>
    sender.tabId !== undefined && !(sender.url ?? extensionOrigin).startsWith(extensionOrigin);
  return {
    prepareDetector: (_data, sender) => {
      if (fromPage(sender)) service.prepare();
    },
    detectClaims: (batch, sender) => (fromPage(sender) ? answerBatch(service, batch) : NOT_A_PAGE),
  };
}

/** A `detectClaims` batch answered by `service`: with the page's context, or with its sample. */
export function answerBatch(
  service: DetectionService,
  batch: ToBackground['detectClaims']['data'],
): Result<BatchClaims> {
  return 'sample' in batch
    ? service.detectWithSample(batch.texts, batch.sample)
    : service.detectClaims(batch.texts, batch.context);
}
