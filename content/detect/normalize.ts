/**
 * Text extracted from HTML carries invisible and look-alike characters: non-breaking spaces,
 * soft hyphens inside words ("regen\u00ADerate"), zero-width joiners, curly quotes, runs of
 * spaces. Patterns are written for plain text, so the detector matches against a normalised
 * copy and maps every offset back to the input through `map` (claims must slice the original).
 */

/** A normalised copy of a text and the way back to the original offsets. */
export interface Normalized {
  /** The normalised text the patterns run on. */
  text: string;
  /**
   * `map[i]` is the offset in the original of `text[i]`; `map[text.length]` is the original
   * length. `null` when nothing changed (the common case), meaning offsets are identical.
   */
  map: Int32Array | null;
}

// Characters that are dropped: soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM.
const DROP = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
// Anything that may need work; when absent the text is returned as is.
const NEEDS_WORK = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2010\u2011\t\r\f\v]| {2}/;

const REPLACE: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
};

function isFoldedSpace(c: string): boolean {
  return (
    c === ' ' ||
    c === '\t' ||
    c === '\f' ||
    c === '\v' ||
    c === '\u00A0' ||
    c === '\u202F' ||
    c === '\u205F' ||
    c === '\u3000' ||
    (c >= '\u2000' && c <= '\u200A')
  );
}

/**
 * Normalises `input` in one pass: spaces of every kind fold to one ASCII space, `\r\n` and `\r`
 * become `\n`, invisible characters disappear, curly quotes and Unicode hyphens become ASCII.
 * Never throws; linear time.
 */
export function normalize(input: string): Normalized {
  if (!NEEDS_WORK.test(input)) return { text: input, map: null };
  const out: string[] = [];
  const map = new Int32Array(input.length + 1);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (DROP.test(c)) continue;
    if (isFoldedSpace(c)) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
      out.push(' ');
      map[n++] = i;
      continue;
    }
    lastWasSpace = false;
    if (c === '\r') {
      if (input[i + 1] === '\n') continue; // the \n that follows stands for both
      out.push('\n');
    } else {
      out.push(REPLACE[c] ?? c);
    }
    map[n++] = i;
  }
  map[n] = input.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** Maps a half-open span of the normalised text back to the original input. */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  const map = norm.map;
  if (!map) return [start, end];
  if (end <= start) return [map[start]!, map[start]!];
  // End maps through the last character kept, so dropped characters inside the span stay in it.
  return [map[start]!, map[end - 1]! + 1];
}
