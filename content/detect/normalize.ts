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

// Anything that may need work; when absent the text is returned as is.
const NEEDS_WORK =
  /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2010\u2011\t\r\f\v]| {2}/;
// The same characters, found one stretch at a time; plain text between them is copied in bulk.
const SPECIAL =
  /[ \t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]|[\u00AD\u200B-\u200D\u2060\uFEFF]+|[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2010\u2011]|\r\n?/g;
const DROP = /^[\u00AD\u200B-\u200D\u2060\uFEFF]/;

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
  let last = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    out.push(input.slice(from, to));
    for (let i = from; i < to; i++) map[n++] = i;
  };
  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(input)) !== null) {
    copy(last, m.index);
    const found = m[0];
    last = m.index + found.length;
    if (DROP.test(found)) continue;
    if (found[0] === '\r') {
      out.push('\n');
      map[n++] = m.index + found.length - 1; // the \n of \r\n, or the lone \r
    } else if (found in REPLACE) {
      out.push(REPLACE[found]!);
      map[n++] = m.index;
    } else {
      out.push(' ');
      map[n++] = m.index;
    }
  }
  copy(last, input.length);
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
