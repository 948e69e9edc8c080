import type { GateWords } from '../../topic/schema';
import { KeyFilter, Matcher } from './compile';

/**
 * The page gate: does a text name the therapy, in any language of the topic? Pure and small on
 * purpose: the content script runs it on every page (entrypoints/content.ts, with
 * topic/detect/gate.ts) and carries nothing else of the detector, and `createDetector` (core.ts)
 * answers `hasTreatmentTerms` with the same function, so both sides agree.
 */

/** Characters that can hide a term from the raw test. */
const HIDING = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2018\u2019\u2010\u2011]/;
/** What folding rewrites: space runs and odd spaces, invisibles, apostrophes, hyphens. */
const FOLD =
  /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]|[\u00AD\u200B-\u200D\u2060\uFEFF]+|[\u2018\u2019\u201A\u201B\u2032]|[\u2010\u2011]/g;
const INVISIBLE = /^[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const APOSTROPHE = /^[\u2018\u2019\u201A\u201B\u2032]/;

/**
 * `text` as the detector's normaliser (normalize.ts) gives it, as far as a treatment term can
 * tell: invisible characters dropped, space runs and odd spaces folded to one space, curly
 * apostrophes and Unicode hyphens made ASCII. No offset map: the gate only answers yes or no.
 */
function fold(text: string): string {
  return text.replace(FOLD, (found) =>
    INVISIBLE.test(found)
      ? ''
      : APOSTROPHE.test(found)
        ? "'"
        : found === '\u2010' || found === '\u2011'
          ? '-'
          : ' ',
  );
}

/**
 * The gate for `languages`: true when `text` contains any of their treatment terms (a prefilter
 * of key fragments, then one RegExp of the terms only where a key occurs). The keys' RegExps are
 * built now, the terms' on first use. False for the vast majority of pages, which are then never
 * read further. Never throws.
 */
export function createGate(languages: readonly GateWords[]): (text: string) => boolean {
  const keys = new KeyFilter(languages.flatMap((l) => l.treatmentKeys));
  // The terms' RegExps are built where a key first occurs: most pages never need them.
  let matcher: Matcher | undefined;
  const terms = (s: string) =>
    (matcher ??= new Matcher(languages.flatMap((l) => l.treatment))).test(s);
  return (text) => {
    if (keys.test(text) && terms(text)) return true;
    // Folding costs a copy of the text, so only text holding a character that can hide a term
    // from the raw test pays it: on the common claim-free page the gate is two fast passes.
    if (!HIDING.test(text)) return false;
    const folded = fold(text);
    return keys.test(folded) && terms(folded);
  };
}
