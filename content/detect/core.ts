import type { TopicPack } from '../../topic/schema';
import {
  MAX_CLASSIFY,
  classifySentence,
  stanceAs,
  type Decision,
  type PassageState,
} from './classify';
import { sentenceFeatures, type PassageView } from './features';
import { categoryOf, claimProbability } from './model';
import { CueMatcher, KeyFilter, Matcher, compilePack, type CompiledPack } from './compile';
import { contextOf, type DetectContext } from './context';
import { createGate } from './gate';
import { normalize, toOriginal } from './normalize';
import { splitSentences, type SentenceSpan } from './sentences';
import type { Claim } from './types';

/**
 * The claim detector without price parsing: what the background runs for the pages' content
 * scripts (entrypoints/background.ts, utils/detection-service.ts), which keep only the gate
 * (gate.ts). index.ts adds `claim.prices`; the background parses the prices of the claims pages
 * report (prices.ts).
 * Pure (no DOM, browser API or clock); the same input always gives the same output. It knows no
 * topic: the caller passes one (topic/detect). See issue 3 and ../shared/corpus/RUBRIC.md.
 */

export type { DetectContext } from './context';

/** A detector for one topic pack. Its functions need no `this`, so they can be passed alone. */
export interface Detector {
  /**
   * Cheap gate: true when `text` contains any treatment term of the pack, in any language
   * (a prefilter of key fragments, then one precompiled regex only where a key occurs). False for
   * the vast majority of pages, which can then be skipped.
   */
  hasTreatmentTerms(text: string): boolean;
  /**
   * Compiles the detector's patterns ahead of use, a few at a time: each step of the iterator does
   * a bounded amount of work (one large RegExp, or a handful of small ones), so a caller can yield
   * to the page between steps. V8 compiles a RegExp on its first run and again, to machine code,
   * on its second; unwarmed, the first `detectClaims` call pays all of that in one task.
   * Optional: detection works the same without it.
   */
  warmUp(): Generator<void>;
  /**
   * Page-level context from all the page's text (title and body): whether the page is about the
   * topic, whether it tells a patient's story. Plain serialisable data; pass it to
   * `detectClaims` with each passage of the same page. Never throws.
   */
  analyzeContext(text: string): DetectContext;
  /**
   * Claims in `text` (a passage or a whole page): at most one per sentence, sorted by start, with
   * offsets in UTF-16 code units of `text` and `claim.text === text.slice(start, end)`. Without
   * `context`, it is derived from `text` itself. Returns [] when nothing qualifies; never throws.
   * No `claim.prices`: index.ts adds them.
   */
  detectClaims(text: string, context?: DetectContext): Claim[];
  /**
   * Every sentence the learned model would score in `text`, with its features and the rule
   * classifier's decision: what `npm run train` fits the model on and `npm run eval` explains
   * with. Offsets as in `detectClaims`. Sentences that cannot be claims (no referent on a page
   * that is not about the therapy) are left out.
   */
  sentenceFeatures(text: string, context?: DetectContext): SentenceRecord[];
}

/** A candidate sentence of a passage, as walk hands it over. */
interface Visited {
  start: number;
  end: number;
  s: string;
  rule: Decision | null;
  view: PassageView;
}

/** One sentence as the learned model sees it. */
export interface SentenceRecord {
  start: number;
  end: number;
  features: string[];
  rule: Decision | null;
}

/**
 * The detector for `topic`. The gate's RegExps are built now; the rest of the pack only on first
 * use (or step by step through warmUp), so the many pages with no treatment term never compile
 * it. Throws only on a malformed pack, which the pack tests catch. Longer than a screen because
 * it is a closure: the functions inside share the compiled pack, and each of them is short.
 */
export function createDetector(topic: TopicPack): Detector {
  // The page gate (gate.ts), the same function the content script runs.
  const hasTreatmentTerms = createGate(topic.languages);
  // Fragments every treatment term contains ("stem", "MSC"...): one fast pass rules out most text.
  const GATE_KEYS = new KeyFilter(topic.languages.flatMap((l) => l.treatmentKeys));
  let compiled: CompiledPack | null = null;
  const pack = (): CompiledPack => (compiled ??= compilePack(topic));
  const warmText = topic.warmUpText;

  function* warmUp(): Generator<void> {
    const p = pack();
    yield;
    // Every family of the compiled pack (Matcher and CueMatcher both list their RegExps).
    const matchers = Object.values(p).filter(
      (m): m is Matcher | CueMatcher => m instanceof Matcher || m instanceof CueMatcher,
    );
    let cost = 0;
    for (const re of matchers.flatMap((m) => m.regexps())) {
      // The first run compiles to bytecode, the second to machine code: a large RegExp gets a
      // step for each, small ones share steps.
      for (let run = 0; run < 2; run++) {
        re.lastIndex = 0;
        re.test(warmText);
        cost += re.source.length;
        if (cost > WARM_STEP) {
          cost = 0;
          yield;
        }
      }
    }
    detect(warmText, undefined);
  }

  /** `pack.treatment.test(text)`, after the key prefilter (normalised text). */
  function hasTreatment(p: CompiledPack, text: string): boolean {
    return GATE_KEYS.test(text) && p.treatment.test(text);
  }

  /**
   * Walks the sentences of `text` with the passage state the rule classifier and the features
   * read, calling `visit` once per passage with its candidates: sentences with a referent for the
   * therapy (named, pointed to, or carried from the passage), or every sentence of a page about
   * the therapy.
   */
  function walk(
    text: string,
    context: DetectContext | undefined,
    visit: (passage: Visited[], ctx: DetectContext) => void,
  ): void {
    const norm = normalize(text);
    const t = norm.text;
    const PACK = pack();
    const ctx = context ?? contextOf(PACK, t);
    // Without a page about the therapy, a claim needs the therapy named in its own sentence.
    if (!ctx.isTopical && (context ? !hasTreatment(PACK, t) : !ctx.hasTreatment)) return;

    const state: PassageState = { carry: false, storyCarry: false };
    // A passage's sentences are read first (rule decision, therapy named), then visited with
    // what the whole passage says: a line break starts a new passage, nothing carries over.
    type Read = { span: SentenceSpan; s: string; rule: Decision | null; hasT: boolean };
    let passage: Read[] = [];
    const flush = () => {
      const therapy = passage.some((r) => r.hasT);
      const rules = passage.filter((r) => r.rule).length;
      const condition = passage.some((r) => PACK.condition.test(r.s));
      const off = passage.some((r) => PACK.offTopic.test(r.s));
      let before = false;
      const visited: Visited[] = [];
      passage.forEach((r, i) => {
        const prev = passage[i - 1];
        const candidate =
          ctx.isTopical || r.hasT || before || r.rule !== null || prev?.rule != null;
        if (candidate) {
          const [start, end] = toOriginal(norm, r.span.start, r.span.end);
          visited.push({
            start,
            end,
            s: r.s,
            rule: r.rule,
            view: {
              index: i,
              therapyBefore: before,
              prevTherapy: prev?.hasT ?? false,
              prevRule: prev?.rule?.category ?? null,
              nextRule: passage[i + 1]?.rule?.category ?? null,
              prevQuestion: prev?.s.endsWith('?') ?? false,
              passageTherapy: therapy,
              passageCondition: condition,
              passageOffTopic: off,
              otherRules: rules - (r.rule ? 1 : 0),
              sentences: passage.length,
            },
          });
        }
        before ||= r.hasT;
      });
      if (visited.length) visit(visited, ctx);
      passage = [];
      state.carry = false;
      state.storyCarry = false;
    };
    let nextBreak = t.indexOf('\n');
    for (const span of splitSentences(t, PACK.abbreviations)) {
      // Spans never contain a line break, so one forward search per passage keeps this linear.
      if (nextBreak !== -1 && nextBreak < span.start) {
        flush();
        nextBreak = t.indexOf('\n', span.start);
      }
      const sentence = t.slice(span.start, span.end);
      const s = sentence.length > MAX_CLASSIFY ? sentence.slice(0, MAX_CLASSIFY) : sentence;
      const rule = classifySentence(PACK, sentence, ctx, state);
      passage.push({ span, s, rule, hasT: PACK.treatment.test(s) });
      state.carry = rule !== null;
      state.storyCarry = rule !== null && rule.category === PACK.roles.story;
    }
    flush();
  }

  function detect(text: string, context?: DetectContext): Claim[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const PACK = pack();
    const model = topic.model;
    const claims: Claim[] = [];
    walk(text, context, (passage, ctx) => {
      if (!model) {
        for (const { start, end, rule } of passage)
          if (rule) claims.push({ start, end, text: text.slice(start, end), ...rule });
        return;
      }
      const features = passage.map((v) => sentenceFeatures(PACK, v.s, ctx, v.view, v.rule));
      passage.forEach(({ start, end, s, rule }, i) => {
        const f = features[i]!;
        // Questions assert nothing (RUBRIC 2: the rare rhetorical one is given up).
        if (s.endsWith('?')) return;
        // Off a page about the therapy for back pain, a claim names both in its own sentence.
        if (!ctx.isTopical && !f.includes('TC')) return;
        // Availability alone ("we offer it at three locations") asserts nothing (RUBRIC 7).
        if (f.includes('none:availability') && !f.includes('cue')) return;
        const p = claimProbability(model, f);
        // A price the rules read as a cost claim stands: the corpus has too few for the model.
        if (p < model.threshold && !(rule && PACK.roles.priced.has(rule.category))) return;
        // Where the rules recognise the claim, their category (RUBRIC 3 and 7: the main
        // assertion, the outcome inside "studies show") stands; the model names the others.
        // Except a patient story (RUBRIC 3.1, before the main assertion): the rules see one only
        // on a page with a story marker, the model also on pages told in a personal voice.
        const named = categoryOf(model, f);
        const category = rule && named !== PACK.roles.story ? rule.category : named;
        claims.push({
          start,
          end,
          text: text.slice(start, end),
          category,
          stance: stanceAs(PACK, s, category),
          cues: rule?.cues ?? [],
          confidence: Math.round(p * 100) / 100,
        });
      });
    });
    return claims;
  }

  function records(text: string, context?: DetectContext): SentenceRecord[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const PACK = pack();
    const out: SentenceRecord[] = [];
    walk(text, context, (passage, ctx) => {
      for (const { start, end, s, rule, view } of passage)
        out.push({ start, end, rule, features: sentenceFeatures(PACK, s, ctx, view, rule) });
    });
    return out;
  }

  return {
    hasTreatmentTerms,
    warmUp,
    analyzeContext: (text) => contextOf(pack(), normalize(text).text),
    sentenceFeatures: records,
    detectClaims(text, context) {
      try {
        return detect(text, context);
      } catch {
        // A detector bug must never break the page it runs on.
        return [];
      }
    },
  };
}

/** Pattern source characters compiled per warm-up step (≈ 1–3 ms of compilation). */
const WARM_STEP = 2000;
