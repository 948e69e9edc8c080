import type { CompiledPack } from './compile';
import type { DetectContext } from './context';
import type { Decision } from './classify';
import { isNegated } from './stance';

/**
 * What the learned model (model.ts) reads about one sentence: named binary features, from the
 * topic pack's families and cues (RUBRIC.md sections 2 and 3), the page and passage context, the
 * shape of the sentence. (Its words were tried as features and dropped: no gain in
 * cross-validation, and brittle on sentences unlike the corpus; see scripts/lib/learn.ts.) Pure and bounded like classify.ts: it reads at most the
 * sentence's first MAX_CLASSIFY characters (the caller cuts it).
 */

/** What the other sentences of the same passage (line, paragraph, list item) say. */
export interface PassageView {
  /** Index of the sentence in its passage (0 = first). */
  index: number;
  /** Sentences in the passage. */
  sentences: number;
  /** The therapy was named earlier in the passage. */
  therapyBefore: boolean;
  /** The previous sentence named the therapy. */
  prevTherapy: boolean;
  /** The rule classifier's category for the previous and the next sentence, if a claim. */
  prevRule: string | null;
  nextRule: string | null;
  /** The previous sentence was a question. */
  prevQuestion: boolean;
  /** Some sentence of the passage names the therapy, a back condition, another condition. */
  passageTherapy: boolean;
  passageCondition: boolean;
  passageOffTopic: boolean;
  /** Rule-classifier claims among the passage's other sentences. */
  otherRules: number;
}

const TERMINAL_END = /[.!?…:;"')\]]$/;
const DIGIT = /\d/;
const PERCENT = /\d ?(?:%|percent|per cent|por ciento)/i;
const MONEY = /[$€£]|\b(?:usd|eur|dollars?|d[oó]lares|euros?|pesos)\b/i;
const QUOTE = /["“”«»]/;
const FIRST_PERSON = /\b(?:i|i'm|i've|my|me|yo|mi|me)\b/i;
const WE = /\b(?:we|our|us|nosotros|nuestr[oa]s?)\b/i;
const YOU = /\b(?:you|your|usted|su|tu)\b/i;
// A told event: a past-tense verb of the kind stories use ("underwent", "was treated", "flew").
const PAST =
  /\b(?:was|were|had|underwent|received|went|flew|took|decided|opted|chose|began|travell?ed|said|says|told|reported|recalled|credits|credited|recovered|returned|fue|tuvo|recibió|decidió|viajó|dijo)\b|\b[a-z]{3,}ed\b/i;
// Someone named, then what they did or said ("Nicklaus said", "Jenner underwent").
const NAMED =
  /\b[A-Z][a-z]+(?:'s)? (?:said|says|told|underwent|received|had|has|was|flew|went|decided|credits|credited|recalled|wrote|posted|explained|revealed|admitted)\b/;
const THIRD = /\b(?:he|she|his|her|him|él|ella)\b/i;

/**
 * The features of `s` (normalised, at most MAX_CLASSIFY characters). `rule` is the rule
 * classifier's decision on the same sentence (classify.ts), itself a feature: the model learns
 * how far to trust it.
 */
export function sentenceFeatures(
  pack: CompiledPack,
  s: string,
  ctx: DetectContext,
  passage: PassageView,
  rule: Decision | null,
): string[] {
  const f: string[] = ['bias'];
  const add = (name: string, on: boolean) => {
    if (on) f.push(name);
  };
  const hasT = pack.treatment.test(s);
  const hasWeak = pack.treatmentWeak.test(s);
  const hasC = pack.condition.test(s);
  const off = pack.offTopic.test(s);
  const ref = pack.references.test(s);
  const clinical = pack.clinical.test(s);
  const question = s.endsWith('?');
  const heading = !TERMINAL_END.test(s);
  add('T', hasT);
  add('Tweak', hasWeak);
  add('C', hasC);
  add('TC', hasT && hasC);
  add('off', off);
  add('off-noC', off && !hasC);
  add('clinical', clinical);
  add('T-clinical', hasT && clinical);
  const cohort = pack.cohort.test(s);
  add('cohort', cohort);
  add('ref', ref);
  add('biology', pack.genericBiology.test(s));
  add('personal', pack.personal.test(s));
  add('story-marker', pack.storyMarkers.test(s));
  add('non-assertive', pack.nonAssertive.test(s));
  add('predicate', pack.predicates.test(s));
  add('approval-elsewhere', pack.approvalElsewhere.test(s));
  add('question', question);
  add('heading', heading);
  add('heading-nopred', heading && !pack.predicates.test(s));
  add('digit', DIGIT.test(s));
  add('percent', PERCENT.test(s));
  const money = MONEY.test(s);
  add('money', money);
  add('quote', QUOTE.test(s));
  add('first-person', FIRST_PERSON.test(s));
  add('we', WE.test(s));
  add('you', YOU.test(s));
  const past = PAST.test(s);
  const named = NAMED.test(s);
  const third = THIRD.test(s);
  add('past', past);
  add('named', named);
  add('third-person', third);
  add('story-told', past && (named || third || FIRST_PERSON.test(s)));
  add('story-page-told', ctx.isStory && past);
  add('story-page-person', ctx.isStory && (named || third));
  const len = s.length;
  f.push(len < 40 ? 'len<40' : len < 90 ? 'len<90' : len < 180 ? 'len<180' : 'len>=180');

  for (const [kind, m] of pack.none) add(`none:${kind}`, m.test(s));

  // Page and passage.
  add('page-topical', ctx.isTopical);
  add('page-story', ctx.isStory);
  add('page-condition', ctx.hasCondition);
  // The page's title: its own statement of what the page is about.
  const title = ctx.title;
  add('title-therapy', title?.therapy === true);
  add('title-condition', title?.condition === true);
  add('title-both', title?.therapy === true && title.condition);
  add('title-other', title?.other === true && !title.condition);
  add('title-neither', !title?.therapy && !title?.condition);
  add('first-in-passage', passage.index === 0);
  add('therapy-before', passage.therapyBefore);
  add('prev-therapy', passage.prevTherapy);
  add('prev-question', passage.prevQuestion);
  add('prev-rule', passage.prevRule !== null);
  if (passage.prevRule) f.push(`prev-rule:${passage.prevRule}`);
  add('next-rule', passage.nextRule !== null);
  add('passage-therapy', passage.passageTherapy);
  add('passage-condition', passage.passageCondition);
  add('passage-off', passage.passageOffTopic);
  add('passage-off-noC', passage.passageOffTopic && !passage.passageCondition);
  add('passage-TC', passage.passageTherapy && passage.passageCondition);
  add('passage-rules', passage.otherRules > 0);
  add('passage-alone', passage.sentences === 1);
  const referent = hasT || ref || passage.therapyBefore || passage.prevRule !== null;
  add('referent', referent);
  // A price with someone who paid it or the therapy named: the rubric's cost claims.
  add('money-referent', money && (referent || cohort));
  add('referent-topical', referent && ctx.isTopical);
  add('no-referent', !referent && !hasWeak);

  // Cues: each cue, its category, and the category of the first one; negated ones apart.
  const hits = pack.cues.all(s);
  const negators = hits.length ? pack.negators.all(s) : [];
  add('cue', hits.length > 0);
  add('cue-referent', hits.length > 0 && referent);
  add('cue-TC', hits.length > 0 && hasT && hasC);
  const cats = new Set<string>();
  for (const h of hits) {
    f.push(`cue:${h.cue.id}`);
    const c = h.cue.category ?? '';
    cats.add(c);
    if (negators.length && isNegated(s, h.start, negators)) f.push(`neg:${c}`);
  }
  for (const c of cats) f.push(`cat:${c}`);
  if (hits[0]) f.push(`first-cat:${hits[0].cue.category ?? ''}`);
  for (const h of pack.stanceCues.all(s)) {
    f.push(`lean:${h.cue.lean ?? ''}`);
    if (negators.length && isNegated(s, h.start, negators)) f.push(`neg-lean:${h.cue.lean ?? ''}`);
  }
  for (const h of hits) if (h.cue.lean) f.push(`cue-lean:${h.cue.lean}`);

  // The rule classifier's decision.
  add('rule', rule !== null);
  if (rule) {
    f.push(`rule:${rule.category}`, `rule-stance:${rule.stance}`);
  }

  // Category features (the category head's; see CATEGORY_ONLY): how much of the page is told
  // in a personal voice. A story about a named patient or a celebrity ("Nicklaus underwent...",
  // "he was able to...") often matches no story marker, yet its sentences are testimonial
  // (RUBRIC 3.1).
  const voice = ctx.personalShare ?? 0;
  f.push(voice > 0.3 ? 'k:voice-high' : voice > 0.15 ? 'k:voice-some' : 'k:voice-low');

  return f;
}

/** Features only the category head reads (learn.ts keeps them out of the claim head). */
export const CATEGORY_ONLY = 'k:';
