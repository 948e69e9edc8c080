import type { CompiledPack } from './compile';

/**
 * Page-level facts that let a sentence borrow its referent from the page (RUBRIC.md 2c): on a
 * page about stem cells for back pain, "this procedure" or "the injections" mean the therapy.
 * Plain data, so the content script can compute it once and pass it with every passage.
 */
export interface DetectContext {
  /** The page names the therapy (stem cells, MSCs, BMAC...). */
  hasTreatment: boolean;
  /** The page names a back-type condition (back pain, disc, sciatica...). */
  hasCondition: boolean;
  /** Some line of the page names both: the page is about stem cells for back pain. */
  isTopical: boolean;
  /** The page tells a specific patient's treatment story (first-person or case report). */
  isStory: boolean;
}

/** Context for text with nothing on topic. */
export const EMPTY_CONTEXT: DetectContext = {
  hasTreatment: false,
  hasCondition: false,
  isTopical: false,
  isStory: false,
};

// Lines longer than this are looked at in pieces of this size (keeps every regex input bounded).
const CHUNK = 4000;

/** Builds the context of already-normalised page text. Linear in the text length. */
export function contextOf(pack: CompiledPack, text: string): DetectContext {
  if (!pack.treatment.test(text)) return { ...EMPTY_CONTEXT };
  const hasCondition = pack.condition.test(text);
  let isTopical = false;
  if (hasCondition) {
    for (const chunk of chunks(text)) {
      if (pack.treatment.test(chunk) && pack.condition.test(chunk)) {
        isTopical = true;
        break;
      }
    }
  }
  return {
    hasTreatment: true,
    hasCondition,
    isTopical,
    isStory: isTopical && pack.storyMarkers.test(text),
  };
}

function* chunks(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    for (let s = start; s < end; s += CHUNK) yield text.slice(s, Math.min(end, s + CHUNK));
    start = end + 1;
  }
}
