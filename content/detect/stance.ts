import type { CompiledPack, CueHit, Hit } from './compile';
import type { Category, Stance } from './types';

/**
 * Stance of a claim (RUBRIC.md section 4) from the leaning cues it contains. A negator just
 * before a cue flips it: "not approved" and "no evidence" are cautionary, "no complications"
 * plays risks down and so is promotional (RUBRIC 7).
 */

// How far back a negator may stand from its cue, within the same clause.
const NEGATION_WINDOW = 80;
const CLAUSE_BREAK = new Set([...',;:—–()'].map((c) => c.charCodeAt(0)));

/**
 * Whether one of `negators` (hits found once per sentence) stands in the clause just before
 * `start`, at most NEGATION_WINDOW characters away.
 */
export function isNegated(s: string, start: number, negators: readonly Hit[]): boolean {
  // No negator before the cue at all: nothing to look back for.
  if (!negators.some((n) => n.end <= start)) return false;
  let from = Math.max(0, start - NEGATION_WINDOW);
  for (let i = start - 1; i >= from; i--) {
    if (CLAUSE_BREAK.has(s.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  return negators.some((n) => n.start >= from && n.end <= start);
}

/**
 * The stance of a sentence given its cue hits and chosen category. Cues of the chosen category
 * and stance-only cues count fully, others half, and so do cues inside a leading subordinate
 * clause (before `subEnd`): "While it may be safe, there is no evidence" is cautionary.
 */
export function decideStance(
  pack: CompiledPack,
  s: string,
  hits: readonly CueHit[],
  category: Category,
  subEnd = -1,
): Stance {
  let promo = 0;
  let caution = 0;
  let hedge = 0;
  // A patient's hopeful "won't regenerate" is still their story of the therapy: no flipping.
  const isStory = category === pack.roles.story;
  const flips = !isStory;
  const negators = flips ? pack.negators.all(s) : [];
  for (const h of hits) {
    const own = !h.cue.category || h.cue.category === category;
    const w = (h.cue.weight ?? 2) * (own ? 1 : 0.5) * (h.start < subEnd ? 0.5 : 1);
    const lean = h.cue.lean;
    const negated = negators.length > 0 && isNegated(s, h.start, negators);
    // A negated lean counts for the other side: "not effective", "no complications".
    const favourable = lean === 'promotional' ? !negated : lean === 'cautionary' ? negated : null;
    if (lean === 'neutral') hedge += w;
    else if (favourable === true) promo += w;
    else if (favourable === false) caution += w;
    else if (negated && pack.roles.negatedIsCautionary.has(h.cue.category)) caution += w; // "no evidence", "has not demonstrated"
  }
  if (caution > 0 && caution >= promo) return 'cautionary';
  if (isStory) return 'promotional';
  // Reports of studies, designations and prices are neutral unless plainly selling.
  const reportish = pack.roles.reportLike.has(category);
  if (promo > hedge + (reportish ? 2 : 0)) return 'promotional';
  return 'neutral';
}
