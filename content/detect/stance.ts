import type { CompiledPack, CueHit } from './compile';
import type { Category, Stance } from './types';

/**
 * Stance of a claim (RUBRIC.md section 4) from the leaning cues it contains. A negator just
 * before a cue flips it: "not approved" and "no evidence" are cautionary, "no complications"
 * plays risks down and so is promotional (RUBRIC 7).
 */

// How far back a negator may stand from its cue, within the same clause.
const NEGATION_WINDOW = 40;
const CLAUSE_BREAK = /[,;:—–()]/;

/** Whether a negator occurs in the clause just before `start`. */
export function isNegated(pack: CompiledPack, s: string, start: number): boolean {
  let from = Math.max(0, start - NEGATION_WINDOW);
  for (let i = start - 1; i >= from; i--) {
    if (CLAUSE_BREAK.test(s[i]!)) {
      from = i + 1;
      break;
    }
  }
  return from < start && pack.negators.test(s.slice(from, start));
}

/** The stance of a sentence given its cue hits and chosen category. */
export function decideStance(
  pack: CompiledPack,
  s: string,
  hits: readonly CueHit[],
  category: Category,
): Stance {
  let promo = 0;
  let caution = 0;
  let hedge = 0;
  for (const h of hits) {
    const w = h.cue.weight ?? 2;
    const lean = h.cue.lean;
    const negated = isNegated(pack, s, h.start);
    if (lean === 'neutral') hedge += w;
    else if (lean === 'promotional') negated ? (caution += w) : (promo += w);
    else if (lean === 'cautionary') negated ? (promo += w) : (caution += w);
    else if (negated && (h.cue.category === 'research' || h.cue.category === 'regulatory'))
      caution += w; // "no evidence", "has not demonstrated"
  }
  if (caution > 0 && caution >= promo) return 'cautionary';
  // Reports of studies, designations and prices are neutral unless plainly selling.
  const reportish = category === 'research' || category === 'regulatory' || category === 'cost';
  if (promo > hedge + (reportish ? 2 : 0)) return 'promotional';
  return 'neutral';
}
