import type { CompiledPack, CueHit } from './compile';
import type { DetectContext } from './context';
import type { Category, Stance } from './types';
import { decideStance } from './stance';

/**
 * Decides whether one sentence is a claim and of which kind (RUBRIC.md sections 2 and 3).
 * Pure and bounded: it looks at most at the first MAX_CLASSIFY characters of a sentence, so a
 * pathological "sentence" of megabytes costs the same as a long one.
 */

/** Characters of a sentence that the classifier reads. */
export const MAX_CLASSIFY = 2000;

/** What the previous sentence of the same passage left behind. */
export interface PassageState {
  /** The previous sentence of this block was a claim: "it" and "these" refer to the therapy. */
  carry: boolean;
  /** The previous sentence was part of a patient story. */
  storyCarry: boolean;
}

/** A positive decision for one sentence. */
export interface Decision {
  category: Category;
  stance: Stance;
  cues: string[];
  confidence: number;
}

const TERMINAL_END = /[.!?…:;"')\]]$/;

/**
 * Classifies `sentence` (already normalised); null when it is not a claim. One function on
 * purpose: a decision tree read top to bottom, each test skipped when an earlier one decides
 * (the order is the rubric's and the cheap tests come first); split up, the order would hide.
 */
export function classifySentence(
  pack: CompiledPack,
  sentence: string,
  ctx: DetectContext,
  state: PassageState,
): Decision | null {
  const s = sentence.length > MAX_CLASSIFY ? sentence.slice(0, MAX_CLASSIFY) : sentence;
  // Neutral questions (titles, FAQ) assert nothing; so do hopes and calls to action.
  if (s.endsWith('?')) return null;

  const hasT = pack.treatment.test(s);
  // Most sentences of a page name neither the therapy nor anything pointing to it: without the
  // therapy or a previous claim, only a pointer (weak term, "this procedure", "patients") or the
  // teller of a patient story can make a claim (the conditions below), so one pass decides.
  if (!hasT && !state.carry && !state.storyCarry) {
    if (!ctx.isTopical) return null;
    if (!pack.pointers.test(s) && !(ctx.isStory && pack.personal.test(s))) return null;
  }
  const hasWeakT = !hasT && pack.treatmentWeak.test(s);
  const hasC = pack.condition.test(s);
  // Other diseases and body parts (knee, leukaemia, skin): off topic unless the sentence also
  // names a back condition, or says approval exists only for those other uses (RUBRIC 2c).
  if (!hasC && pack.offTopic.test(s) && !(ctx.isTopical && pack.approvalElsewhere.test(s)))
    return null;
  // Textbook biology ("stem cells can become any cell") has no back referent.
  if (!hasC && pack.genericBiology.test(s)) return null;

  // Families are tested only when the decision still depends on them (claim-dense pages).
  const direct = hasT && hasC;
  const clinical =
    hasT && !hasC ? pack.clinical.test(s) : (hasT || hasWeakT) && pack.clinical.test(s);
  const ref = !direct && pack.references.test(s);
  const personal = ctx.isStory && pack.personal.test(s);
  const hits = pack.cues.all(s);
  // A patient story (RUBRIC 3.1): the teller's own sentences about the treatment or its result.
  const isTestimonial =
    ctx.isStory &&
    (personal || state.storyCarry) &&
    (personal || !hasT) &&
    (hasT ||
      ref ||
      hasC ||
      state.storyCarry ||
      // In a patient story, a result cue or a skipped operation points back to the treatment.
      hits.some((h) => pack.roles.storyReferent.has(h.cue.category)));
  const viaPage =
    !direct &&
    ctx.isTopical &&
    (((hasT || hasWeakT) && (clinical || hasC)) ||
      ref ||
      state.carry ||
      isTestimonial ||
      pack.cohort.test(s));
  if (!direct && !viaPage) return null;
  // Bare "stem cells" with no use, no back and no pointer is biology, even inside a passage.
  if (hasT && !clinical && !hasC && !ref && !isTestimonial) return null;
  if (pack.nonAssertive.test(s)) return null;
  // A heading or fragment without a finite verb is a label ("Stem Cell Therapy for Back Pain").
  if (!TERMINAL_END.test(s) && !pack.predicates.test(s)) return null;

  const subEnd = subordinateEnd(pack, s);
  const story = pack.roles.story;
  const category = isTestimonial
    ? pickStory(hits, story)
    : pickCategory(hits, s.length, subEnd, story);
  if (!category) return null;

  const leaning = [...hits, ...pack.stanceCues.all(s)];
  const stance = decideStance(pack, s, leaning, category, subEnd);
  const maxWeight = hits.reduce((m, h) => Math.max(m, h.cue.weight ?? 2), 0);
  const support = direct ? 0.25 : ref || hasT ? 0.15 : 0.05;
  return {
    category,
    stance,
    cues: [...new Set(hits.map((h) => h.cue.id))],
    confidence: Math.round(Math.min(0.99, 0.4 + 0.1 * maxWeight + support) * 100) / 100,
  };
}

/** A patient story with any cue is a claim of the story category. */
function pickStory(hits: CueHit[], story: Category | undefined): Category | null {
  return hits.length > 0 ? (story ?? null) : null;
}

/**
 * The category of the main assertion: the strongest cue, with a small bonus for coming early
 * (main clauses usually come first) and a penalty inside a leading subordinate clause
 * ("While stem cells may prove safe, there's a lack of research" is about research).
 */
function pickCategory(
  hits: CueHit[],
  length: number,
  subEnd: number,
  story: Category | undefined,
): Category | null {
  let best: Category | null = null;
  let bestScore = -Infinity;
  for (const h of hits) {
    const c = h.cue.category;
    if (!c || c === story) continue;
    let score = (h.cue.weight ?? 2) + 0.6 * (1 - h.start / Math.max(1, length));
    if (h.start < subEnd) score -= 1.5;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** End of a leading subordinate clause ("While ..., "), or -1 when the sentence has none. */
function subordinateEnd(pack: CompiledPack, s: string): number {
  const head = s.slice(0, 24);
  const hit = pack.subordinators.all(head)[0];
  if (!hit || hit.start > 12) return -1;
  const comma = s.indexOf(',', hit.end);
  return comma < 0 ? -1 : comma;
}

/** The stance of `s` read as a claim of `category` (the learned model's), by the rule's weighing. */
export function stanceAs(pack: CompiledPack, s: string, category: Category): Stance {
  const leaning = [...pack.cues.all(s), ...pack.stanceCues.all(s)];
  return decideStance(pack, s, leaning, category, subordinateEnd(pack, s));
}
