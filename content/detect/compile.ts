import type { CategoryRoles } from '../../topic/categories';
import type { CueSpec, LanguagePack, PatternSpec, TopicPack } from '../../topic/schema';
import type { Category } from './types';

/**
 * Turns a topic pack into regular expressions, once per pack. Every family becomes at most two
 * RegExps (case-insensitive and case-sensitive alternations), so a sentence is scanned a fixed
 * number of times whatever the size of the pack.
 */

/**
 * Letters of the scripts a page about this topic uses (Latin with its extensions, Greek,
 * Cyrillic), as character-class ranges. Patterns are written with `\p{L}`; it is rewritten to
 * these ranges and the RegExps run without the `u` flag, because V8 compiles a Unicode property
 * under `/iu` slowly (≈ 3× the pack's whole compile time, docs/performance.md, profile 1).
 */
const LETTERS =
  'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF';
const DIGITS = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';
const LETTERS_DIGITS = LETTERS + DIGITS;

// Letters and digits must not touch a match: "stems from" is not "stem", "backend" not "back".
const BEFORE = `(?<![${LETTERS_DIGITS}])`;
const AFTER = `(?![${LETTERS_DIGITS}])`;

/**
 * `source` with every `\p{L}` and `\p{N}` replaced by the LETTERS or DIGITS ranges (inside a
 * character class) or a class of them (outside one). Other escapes are copied unchanged.
 */
export function withoutUnicodeClasses(source: string): string {
  // Most sources have none (the page gate's have none today): no walk over their characters, which
  // costs about a millisecond in a content script's cold start.
  if (!source.includes('\\p{')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const ranges = source.startsWith('\\p{L}', i)
        ? LETTERS
        : source.startsWith('\\p{N}', i)
          ? DIGITS
          : null;
      if (ranges) {
        out += inClass ? ranges : `[${ranges}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Pattern sources split into case-insensitive and case-sensitive ones. */
function bySensitivity(specs: readonly PatternSpec[]): { ci: string[]; cs: string[] } {
  return {
    ci: specs.filter((s): s is string => typeof s === 'string'),
    cs: specs.flatMap((s) => (typeof s === 'string' ? [] : [s.cs])),
  };
}

/** A span found by a matcher, in the coordinates of the searched string. */
export interface Hit {
  start: number;
  end: number;
}

/** One family of patterns (case-insensitive and case-sensitive parts). */
export class Matcher {
  private readonly res: RegExp[];

  constructor(specs: readonly PatternSpec[]) {
    const { ci, cs } = bySensitivity(specs);
    this.res = [];
    if (ci.length) this.res.push(wrap(ci, 'gi'));
    if (cs.length) this.res.push(wrap(cs, 'g'));
  }

  /** The family's RegExps, for warming them up (see `warmUp` in index.ts). */
  regexps(): readonly RegExp[] {
    return this.res;
  }

  /** True when any pattern of the family occurs in `s`. */
  test(s: string): boolean {
    for (const re of this.res) {
      re.lastIndex = 0;
      if (re.test(s)) return true;
    }
    return false;
  }

  /** Every non-overlapping occurrence, sorted by start; empty when nothing matches. */
  all(s: string): Hit[] {
    const hits: Hit[] = [];
    for (const re of this.res) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        hits.push({ start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}

/** The prefix of word-start keys: a word boundary, or an underscore, before the key. */
const WORD_START = '(?:\\b|_)(?:';

/**
 * Walks `source` as a RegExp's syntax: calls `at(i, depth)` for every character outside character
 * classes and escapes, with the group depth before it.
 */
function walkSyntax(source: string, at: (i: number, depth: number) => void): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      at(i, depth);
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
  }
}

/** The alternatives of `source` at its top level (not inside a group or a character class). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  walkSyntax(source, (i, depth) => {
    if (source[i] === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  });
  out.push(source.slice(from));
  return out;
}

/** The text inside `alt` when it is exactly `(?:\b|_)(?:…)`, else null. */
function wordStartGroup(alt: string): string | null {
  if (!alt.startsWith(WORD_START) || !alt.endsWith(')')) return null;
  // The group opened by WORD_START must close at the very end.
  let closes = -1;
  walkSyntax(alt, (i, depth) => {
    if (closes < 0 && i >= WORD_START.length && alt[i] === ')' && depth === 1) closes = i;
  });
  return closes === alt.length - 1 ? alt.slice(WORD_START.length, -1) : null;
}

/**
 * `sources` as one alternation, with the alternatives of the form `(?:\b|_)(?:…)` (each
 * language's word-start keys) merged under a single prefix: V8 then tries the word start once per
 * position instead of once per language (about a quarter off the gate's RegExp time on 5 MB of
 * claim-free text, docs/performance.md). Matches exactly what the plain alternation matches.
 */
export function hoistWordStarts(sources: readonly string[]): string {
  const words: string[] = [];
  const rest: string[] = [];
  for (const alt of sources.flatMap(topLevelAlternatives)) {
    const inner = wordStartGroup(alt);
    if (inner === null) rest.push(alt);
    else words.push(inner);
  }
  return [...(words.length ? [`${WORD_START}${words.join('|')})`] : []), ...rest].join('|');
}

/**
 * A prefilter: unwrapped fragments, case-insensitive and case-sensitive, tested without the
 * boundary lookarounds (several times faster than a Matcher on text without a hit).
 */
export class KeyFilter {
  private readonly res: RegExp[];

  constructor(specs: readonly PatternSpec[]) {
    const { ci, cs } = bySensitivity(specs);
    this.res = [];
    if (ci.length) this.res.push(new RegExp(withoutUnicodeClasses(hoistWordStarts(ci)), 'i'));
    if (cs.length) this.res.push(new RegExp(withoutUnicodeClasses(cs.join('|'))));
  }

  /** True when any fragment occurs in `s`. */
  test(s: string): boolean {
    for (const re of this.res) if (re.test(s)) return true;
    return false;
  }
}

/** A cue occurrence. */
export interface CueHit extends Hit {
  cue: CueSpec;
}

/**
 * All cues of a pack in one alternation. Cues that share category, weight and lean share one
 * capture group (a match array of a hundred groups costs more than the search itself); within
 * a shared group the exact cue is found again with small sticky regexes, only for matches.
 */
export class CueMatcher {
  private readonly parts: { re: RegExp; groups: CueSpec[][]; sticky: RegExp[][] }[] = [];

  constructor(cues: readonly CueSpec[]) {
    for (const [cs, flags] of [
      [false, 'i'],
      [true, ''],
    ] as const) {
      const bySignature = new Map<string, CueSpec[]>();
      for (const c of cues) {
        if ((typeof c.pattern !== 'string') !== cs) continue;
        const key = `${c.category}|${c.weight ?? 2}|${c.lean}`;
        bySignature.set(key, [...(bySignature.get(key) ?? []), c]);
      }
      if (!bySignature.size) continue;
      const groups = [...bySignature.values()];
      const body = groups
        .map((g) => `(${g.map((c) => `(?:${source(c.pattern)})`).join('|')})`)
        .join('|');
      const sticky = groups.map((g) =>
        g.map((c) => new RegExp(`${BEFORE}(?:${source(c.pattern)})${AFTER}`, `y${flags}`)),
      );
      this.parts.push({
        re: new RegExp(`${BEFORE}(?:${body})${AFTER}`, `g${flags}`),
        groups,
        sticky,
      });
    }
  }

  /** The main alternations, for warming them up (the small per-cue ones compile on a match). */
  regexps(): readonly RegExp[] {
    return this.parts.map((p) => p.re);
  }

  // Recent sentences and their hits: the rules read a passage's sentences, then the features
  // and the stance ask for the same sentences' cues again. Callers never change the arrays.
  private readonly recent = new Map<string, CueHit[]>();

  /** Every cue occurrence in `s`, sorted by start (the same array for a recently searched `s`). */
  all(s: string): CueHit[] {
    let hits = this.recent.get(s);
    if (hits) return hits;
    hits = this.search(s);
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(s, hits);
    return hits;
  }

  private search(s: string): CueHit[] {
    const hits: CueHit[] = [];
    for (const { re, groups, sticky } of this.parts) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        for (let g = 1; g < m.length; g++) {
          if (m[g] === undefined) continue;
          const group = groups[g - 1]!;
          let cue = group[0]!;
          if (group.length > 1) {
            const candidates = sticky[g - 1]!;
            for (let k = 0; k < candidates.length; k++) {
              candidates[k]!.lastIndex = m.index;
              if (candidates[k]!.test(s)) {
                cue = group[k]!;
                break;
              }
            }
          }
          hits.push({ start: m.index, end: m.index + m[0].length, cue });
          break;
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
  }
}

/** Sentences whose cue hits a CueMatcher keeps (a long passage's worth). */
const RECENT = 256;

/** A pack ready to run: one matcher per family, merged over all its languages. */
export interface CompiledPack {
  id: string;
  /** The categories with each role the decision reads (topic/categories.ts). */
  roles: Roles;
  treatment: Matcher;
  treatmentWeak: Matcher;
  condition: Matcher;
  offTopic: Matcher;
  clinical: Matcher;
  cohort: Matcher;
  references: Matcher;
  genericBiology: Matcher;
  personal: Matcher;
  storyMarkers: Matcher;
  negators: Matcher;
  nonAssertive: Matcher;
  predicates: Matcher;
  subordinators: Matcher;
  approvalElsewhere: Matcher;
  /**
   * treatmentWeak, references and cohort in one RegExp: without the treatment named or a
   * previous claim, a sentence is a claim only through one of them (or a patient story).
   */
  pointers: Matcher;
  /** Cues that point to a category. */
  cues: CueMatcher;
  /** Stance-only cues, kept apart so they cannot hide an overlapping category cue. */
  stanceCues: CueMatcher;
  /** Lower-case abbreviations (no final dot) that do not end a sentence. */
  abbreviations: Set<string>;
  /** The NONE families by kind, merged over the languages. */
  none: [string, Matcher][];
}

/** The categories with each role the detector reads; `story` is the one patient-story category. */
export type Roles = Record<
  Exclude<keyof CategoryRoles, 'story' | 'outcome'>,
  Set<Category | undefined>
> & {
  story: Category | undefined;
};

type Family = Exclude<
  keyof LanguagePack,
  'lang' | 'cues' | 'abbreviations' | 'treatmentKeys' | 'none'
>;

/** Compiles `pack`; throws only on a malformed pattern, which the pack tests catch. */
export function compilePack(pack: TopicPack): CompiledPack {
  const merge = (family: Family): Matcher => new Matcher(pack.languages.flatMap((l) => l[family]));
  return {
    id: pack.id,
    roles: compileRoles(pack.categories),
    treatment: merge('treatment'),
    treatmentWeak: merge('treatmentWeak'),
    condition: merge('condition'),
    offTopic: merge('offTopic'),
    clinical: merge('clinical'),
    cohort: merge('cohort'),
    references: merge('references'),
    genericBiology: merge('genericBiology'),
    personal: merge('personal'),
    storyMarkers: merge('storyMarkers'),
    negators: merge('negators'),
    nonAssertive: merge('nonAssertive'),
    predicates: merge('predicates'),
    subordinators: merge('subordinators'),
    approvalElsewhere: merge('approvalElsewhere'),
    pointers: new Matcher(
      pack.languages.flatMap((l) => [...l.treatmentWeak, ...l.references, ...l.cohort]),
    ),
    cues: new CueMatcher(pack.languages.flatMap((l) => l.cues.filter((c) => c.category))),
    stanceCues: new CueMatcher(pack.languages.flatMap((l) => l.cues.filter((c) => !c.category))),
    abbreviations: new Set(pack.languages.flatMap((l) => l.abbreviations)),
    none: [...new Set(pack.languages.flatMap((l) => Object.keys(l.none ?? {})))]
      .sort()
      .map((kind) => [kind, new Matcher(pack.languages.flatMap((l) => l.none?.[kind] ?? []))]),
  };
}

/** The categories of `pack` that have each role. */
export function compileRoles(categories: TopicPack['categories']): Roles {
  const entries = Object.entries(categories) as [Category, { roles: CategoryRoles }][];
  const having = (role: keyof CategoryRoles) =>
    new Set<Category | undefined>(entries.filter(([, c]) => c.roles[role]).map(([id]) => id));
  return {
    story: entries.find(([, c]) => c.roles.story)?.[0],
    storyReferent: having('storyReferent'),
    reportLike: having('reportLike'),
    negatedIsCautionary: having('negatedIsCautionary'),
    priced: having('priced'),
  };
}

function source(p: PatternSpec): string {
  return withoutUnicodeClasses(typeof p === 'string' ? p : p.cs);
}

function wrap(patterns: readonly string[], flags: string): RegExp {
  return new RegExp(`${BEFORE}(?:${withoutUnicodeClasses(patterns.join('|'))})${AFTER}`, flags);
}
