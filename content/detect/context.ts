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
  /**
   * Share (0–1, two decimals) of the page's sentences told in a personal voice (the pack's
   * `personal` family: I, my, he, she...): high on a patient's or a celebrity's story even where
   * no story marker matches. A category feature (features.ts); absent counts as 0.
   */
  personalShare?: number;
  /**
   * What the page's title names (its first non-empty line: the document title in a browser,
   * the first line of a text): the page's own statement of its subject. Absent counts as naming
   * nothing.
   */
  title?: { therapy: boolean; condition: boolean; other: boolean };
}

/** Context for text with nothing on topic. */
export const EMPTY_CONTEXT: DetectContext = {
  hasTreatment: false,
  hasCondition: false,
  isTopical: false,
  isStory: false,
  personalShare: 0,
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
    personalShare: isTopical ? personalShare(pack, text) : 0,
    title: titleOf(pack, text),
  };
}

// Characters of the first line read as the title.
const TITLE_CHARS = 300;

/** What the first non-empty line of `text` names. */
function titleOf(pack: CompiledPack, text: string): DetectContext['title'] {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  const title = text.slice(start, Math.min(end < 0 ? text.length : end, start + TITLE_CHARS));
  return {
    therapy: pack.treatment.test(title),
    condition: pack.condition.test(title),
    other: pack.offTopic.test(title),
  };
}

// A rough sentence: text up to a full stop, question or exclamation mark, or line break.
const ROUGH_SENTENCE = /[^.!?\n]+/g;

/** Share of the rough sentences of `text` with a personal pronoun or name (pack.personal). */
function personalShare(pack: CompiledPack, text: string): number {
  let all = 0;
  let personal = 0;
  for (const m of text.matchAll(ROUGH_SENTENCE)) {
    const s = m[0];
    // Skip fragments (initials, numbers, menu crumbs): they are not sentences.
    if (s.length < 20) continue;
    all++;
    if (pack.personal.test(s.length > CHUNK ? s.slice(0, CHUNK) : s)) personal++;
  }
  return all === 0 ? 0 : Math.round((100 * personal) / all) / 100;
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
