import type { GateWords } from '../../topic/schema';
import { KeyFilter, Matcher } from './compile';

/**
 * The page gate: does a text name the therapy, in any language of the topic? Pure and small on
 * purpose: the content script runs it on every page (entrypoints/content.ts, with
 * topic/detect/gate.ts) and carries nothing else of the detector, and `createDetector` (core.ts)
 * answers `hasTreatmentTerms` with the same function, so both sides agree.
 *
 * It reads raw page text (content/scan/gate.ts): source line breaks and indentation inside a
 * phrase ("stem\n      cells"), non-breaking spaces, soft hyphens, curly apostrophes. The
 * detector sees a passage with those folded (content/scan/passages.ts turns line breaks into
 * spaces, normalize.ts folds the rest), so the gate says yes wherever the folded text names the
 * therapy, and may say yes a little more often (a false yes only costs a proper scan).
 */

/** Characters that folding deletes: inside a word they can hide any key ("mes\u00ADenchymal"). */
const INVISIBLE = '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]';
const INVISIBLES = new RegExp(`${INVISIBLE}+`, 'g');
const HAS_INVISIBLE = new RegExp(INVISIBLE);
/** Whitespace folded to one space: runs of any kind, and any single one that is not a space. */
const SPACES = /\s{2,}|[^\S ]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const HYPHENS = /[\u2010\u2011]/g;

/**
 * `text` folded as far as a treatment term can tell: invisible characters dropped, whitespace
 * runs and odd spaces (line breaks included) made one space, curly apostrophes and Unicode
 * hyphens made ASCII. Plain string replacements, no offset map: the gate only answers yes or no.
 */
export function foldForGate(text: string): string {
  return text
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-');
}

/**
 * The gate for `languages`: true when `text`, folded, contains any of their treatment terms.
 *
 * One pass of the keys decides almost every text. The keys (`treatmentKeys`) are written so
 * that folding cannot make one appear: their word separators match any run of non-word
 * characters, so only an invisible character inside a word can hide a key, and a second, cheap
 * pass looks for those. Text with neither (most pages) is answered by these two passes alone,
 * whatever spaces, apostrophes and hyphens it holds. Otherwise the terms are tested on the folded
 * text only, as the detector reads it (a match the raw text alone shows, "MSC\u00ADstem", is
 * none). The terms' RegExps are built on first use. Never throws.
 */
export function createGate(languages: readonly GateWords[]): (text: string) => boolean {
  const keys = new KeyFilter(languages.flatMap((l) => l.treatmentKeys));
  // The terms' RegExps are built where a key first occurs: most pages never need them.
  let matcher: Matcher | undefined;
  const terms = (s: string) =>
    (matcher ??= new Matcher(languages.flatMap((l) => l.treatment))).test(s);
  return (text) => {
    // Two passes rather than one RegExp for both: a class among the keys' alternatives slows
    // every position of the keys' pass more than a pass of its own costs.
    if (!keys.test(text) && !HAS_INVISIBLE.test(text)) return false;
    return terms(foldForGate(text));
  };
}
