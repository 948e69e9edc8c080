import type { Detector as CoreDetector } from './detect/core';
import type { Detector } from './engine';
import type { ToBackground } from '../utils/messages';
import { answerBatch, createDetectionService } from '../utils/detection-service';
import { remoteDetector, type RemoteContext } from './remote-detector';

/**
 * The engine's detector over a detector in this context (`createDetector(pack)`, or a stand-in),
 * for tests and tools: the same batches, bounds and replies as the background's
 * (utils/detection-service.ts), answered here a task later instead of by message.
 */
export function localDetector(detector: CoreDetector): Detector<RemoteContext> {
  const service = createDetectionService(detector);
  const later = <T>(answer: () => T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(answer()), 0));
  return remoteDetector(
    detector.hasTreatmentTerms,
    (name, data) =>
      later(() => {
        if (name === 'prepareDetector') return service.prepare();
        return answerBatch(service, data as ToBackground['detectClaims']['data']);
      }) as never,
  );
}
