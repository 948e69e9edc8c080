import { describe, expect, it } from 'vitest';
import { detectClaims } from './detector';
import { normalize, toOriginal } from '../../../content/detect/normalize';

describe('normalize', () => {
  it('returns the text untouched (no map) when nothing needs work', () => {
    expect(normalize('Plain text.')).toEqual({ text: 'Plain text.', map: null });
  });

  it.each([
    ['non-breaking space', 'stem\u00A0cells', 'stem cells'],
    ['narrow no-break space', 'stem\u202Fcells', 'stem cells'],
    ['soft hyphen', 'regen\u00ADerate', 'regenerate'],
    ['zero-width space and joiner', 'st\u200Bem ce\u200Dlls\uFEFF', 'stem cells'],
    ['curly quotes', '\u201CWharton\u2019s jelly\u201D', '"Wharton\'s jelly"'],
    ['unicode hyphen', 'stem\u2011cell', 'stem-cell'],
    ['space runs and tabs', 'stem \t  cells', 'stem cells'],
    ['CRLF', 'a\r\nb\rc', 'a\nb\nc'],
  ])('%s', (_name, input, want) => {
    expect(normalize(input).text).toBe(want);
  });

  it('maps every normalised offset back to the original character', () => {
    const input = 'A\u00AD\u00A0 b\u200B\u2019c';
    const n = normalize(input);
    expect(n.text).toBe("A b'c");
    const [s, e] = toOriginal(n, 2, 5);
    expect(input.slice(s, e)).toBe('b\u200B\u2019c');
  });
});

describe('detectClaims on text extracted from HTML', () => {
  it('finds claims through NBSP, soft hyphens, zero-width characters and curly quotes', () => {
    const text =
      'Stem\u00A0cell in\u00ADjections re\u200Blieve chronic low\u00A0back pain \u2014 \u201Cit\u2019s life\u2011changing\u201D.';
    const [claim] = detectClaims(text);
    expect(claim?.category).toBe('efficacy');
    expect(claim?.text).toBe(text.slice(claim!.start, claim!.end));
    expect(claim?.start).toBe(0);
    expect(claim?.end).toBe(text.length);
  });
});
