import { classifySentence, type PassageState } from './classify';
import { Matcher, compilePack, type CompiledPack } from './compile';
import { contextOf, type DetectContext } from './context';
import { normalize, toOriginal } from './normalize';
import { STEM_CELL_BACK_PAIN } from './packs';
import { parsePrices } from './prices';
import { splitSentences } from './sentences';
import type { Claim } from './types';

/**
 * Public API of the claim detector: text in, claims out. Pure (no DOM, browser API or clock);
 * the same input always gives the same output. See issue 3 and ../shared/corpus/RUBRIC.md.
 */

export type { DetectContext } from './context';
export { CATEGORIES, STANCES } from './types';
export type { Category, Claim, PriceMention, Stance } from './types';

// Compiled once when the module loads; every call reuses the same RegExps.
// The gate's one regex is compiled when the module loads; the rest of the pack (≈20 ms of
// regex compilation) only on first use, so the many pages with no treatment term never pay it.
const GATE = new Matcher(STEM_CELL_BACK_PAIN.languages.flatMap((l) => l.treatment));
let compiled: CompiledPack | null = null;
const pack = (): CompiledPack => (compiled ??= compilePack(STEM_CELL_BACK_PAIN));
const MONEY_HINT = /[$€£]/;

/**
 * Cheap gate: true when `text` contains any treatment term of the pack, in any language
 * (one precompiled regex). False for the vast majority of pages, which can then be skipped.
 */
export function hasTreatmentTerms(text: string): boolean {
  if (GATE.test(text)) return true;
  // Normalising costs a copy of the text, so only text holding a character that can hide a term
  // from the raw test (soft hyphen, zero-width, NBSP, curly apostrophe, Unicode hyphen) pays it:
  // on the common claim-free page this gate is one regex pass.
  return HIDING.test(text) && GATE.test(normalize(text).text);
}

const HIDING = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2018\u2019\u2010\u2011]/;

/**
 * Page-level context from all the page's text (title and body): language, whether the page is
 * about stem cells for back pain, whether it tells a patient's story. Plain serialisable data;
 * pass it to `detectClaims` with each passage of the same page. Never throws.
 */
export function analyzeContext(text: string): DetectContext {
  return contextOf(pack(), normalize(text).text);
}

/**
 * Claims in `text` (a passage or a whole page): at most one per sentence, sorted by start, with
 * offsets in UTF-16 code units of `text` and `claim.text === text.slice(start, end)`. Without
 * `context`, it is derived from `text` itself. Returns [] when nothing qualifies; never throws.
 */
export function detectClaims(text: string, context?: DetectContext): Claim[] {
  try {
    return detect(text, context);
  } catch {
    // A detector bug must never break the page it runs on.
    return [];
  }
}

function detect(text: string, context?: DetectContext): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const norm = normalize(text);
  const t = norm.text;
  const PACK = pack();
  const ctx = context ?? contextOf(PACK, t);
  // Without a page about the therapy, a claim needs the therapy named in its own sentence.
  if (!ctx.isTopical && (context ? !PACK.treatment.test(t) : !ctx.hasTreatment)) return [];

  const claims: Claim[] = [];
  const state: PassageState = { carry: false, storyCarry: false };
  let nextBreak = t.indexOf('\n');
  for (const span of splitSentences(t, PACK.abbreviations)) {
    // A line break starts a new passage (paragraph, list item, heading): nothing carries over.
    // Spans never contain a line break, so one forward search per passage keeps this linear.
    if (nextBreak !== -1 && nextBreak < span.start) {
      state.carry = false;
      state.storyCarry = false;
      nextBreak = t.indexOf('\n', span.start);
    }
    const sentence = t.slice(span.start, span.end);
    const decision = classifySentence(PACK, sentence, ctx, state);
    state.carry = decision !== null;
    state.storyCarry = decision?.category === 'testimonial';
    if (!decision) continue;
    const [start, end] = toOriginal(norm, span.start, span.end);
    const claim: Claim = { start, end, text: text.slice(start, end), ...decision };
    // Prices are parsed only where one can be: cost claims or a currency sign in the sentence.
    const prices =
      decision.category === 'cost' || MONEY_HINT.test(sentence)
        ? parsePrices(sentence.slice(0, 2000))
        : [];
    if (prices.length || decision.category === 'cost') {
      claim.prices = prices.map((p) => {
        const [ps, pe] = toOriginal(norm, span.start + p.start, span.start + p.end);
        return { ...p, start: ps, end: pe };
      });
    }
    claims.push(claim);
  }
  return claims;
}
