/**
 * Sentence splitter for page text (RUBRIC.md section 1: headings, list items and captions are
 * sentences too; "first.Second" run together is two sentences). One linear pass, no regex
 * backtracking. Spans exclude bullet markers and surrounding whitespace.
 */

/** A sentence span in the searched text: `[start, end)`. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;
// Emoji used as bullets (👉, ✅, ➡️): pictographs plus the variation selector that follows them.
const PICTO = /[\p{Extended_Pictographic}\uFE0F\u20E3]/u;
const BULLET_CHARS = new Set('•·▪◦‣●○■□►▸▹▶➢➤→✓✔✗*-–—>»'.split(''));
const TERMINAL = new Set(['.', '!', '?', '…']);
const TERMINAL_RE = /[.!?…]/g;
const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’']);
// Abbreviations that are only abbreviations before a number ("No. 5", "Fig. 2").
const BEFORE_NUMBER = new Set(['no', 'fig', 'figs', 'vol', 'pp', 'ca', 'est', 'p']);

/**
 * Splits `text` into sentences. Lines always end a sentence (headings and bullets often have no
 * full stop). `abbreviations` are lower-case words without their final dot ("dr", "e.g").
 */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, abbreviations, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(
  text: string,
  start: number,
  end: number,
  abbreviations: ReadonlySet<string>,
  out: SentenceSpan[],
): void {
  let s = skipBullets(text, start, end);
  TERMINAL_RE.lastIndex = s;
  for (;;) {
    const found = TERMINAL_RE.exec(text);
    if (!found || found.index >= end) break;
    const i = found.index;
    let j = i + 1;
    while (j < end && (TERMINAL.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    if (j >= end || isBoundary(text, i, j, end, abbreviations)) {
      push(text, s, j, out);
      s = j;
    }
    TERMINAL_RE.lastIndex = j;
  }
  push(text, s, end, out);
}

/** Whether the terminal run `text[i..j)` ends a sentence. */
function isBoundary(
  text: string,
  i: number,
  j: number,
  end: number,
  abbreviations: ReadonlySet<string>,
): boolean {
  const next = text[j]!;
  const isSingleDot = text[i] === '.' && j - i === 1;
  if (next !== ' ') {
    // Run-together sentences: "first.Second". Requires a lower-case word before and a
    // capitalised word after, so "e.g.", "U.S.A", "Node.js" and "0.9cm" stay whole.
    return (
      UPPER.test(next) &&
      j + 1 < end &&
      LOWER.test(text[j + 1]!) &&
      i >= 2 &&
      LOWER.test(text[i - 1]!) &&
      LOWER.test(text[i - 2]!)
    );
  }
  let k = j;
  while (k < end && text[k] === ' ') k++;
  if (k >= end) return true;
  const after = text[k]!;
  if (!isSingleDot) return true;
  if (LOWER.test(after)) return false;
  const word = wordBefore(text, i);
  if (word.length === 1 && UPPER.test(word)) return false; // initial: "Jeffrey C. Wang"
  const lower = word.toLowerCase();
  if (BEFORE_NUMBER.has(lower)) return !DIGIT.test(after);
  return !abbreviations.has(lower);
}

/** The letters and inner dots just before offset `i` ("e.g" for "e.g.", "Dr" for "Dr."). */
function wordBefore(text: string, i: number): string {
  let k = i;
  while (k > 0 && (LETTER.test(text[k - 1]!) || (text[k - 1] === '.' && k - 1 > 0))) k--;
  while (text[k] === '.') k++;
  return text.slice(k, i);
}

function skipBullets(text: string, start: number, end: number): number {
  let i = start;
  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    const c = text[i];
    if (c === undefined || i >= end) return i;
    if (BULLET_CHARS.has(c) && text[i + 1] === ' ') {
      i += 2;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (PICTO.test(String.fromCodePoint(cp))) {
      i += width;
      continue;
    }
    // "1. " or "2) " list numbers
    let d = i;
    while (d < end && d - i < 3 && DIGIT.test(text[d]!)) d++;
    if (d > i && (text[d] === '.' || text[d] === ')') && text[d + 1] === ' ') {
      i = d + 2;
      continue;
    }
    return i;
  }
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
