import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGate, foldForGate } from '../../../content/detect/gate';
import { hoistWordStarts, Matcher, topLevelAlternatives } from '../../../content/detect/compile';
import { normalize } from '../../../content/detect/normalize';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { STEM_CELL_BACK_PAIN_GATE } from '../../../topic/detect/gate';

const gate = createGate(STEM_CELL_BACK_PAIN_GATE.languages);

const terms = new Matcher(STEM_CELL_BACK_PAIN.languages.flatMap((l) => l.treatment));

/**
 * What the detector reads of a page's raw text: a passage turns line breaks and tabs into spaces
 * (content/scan/passages.ts), then the normaliser folds the rest.
 */
const detectorView = (raw: string) => normalize(raw.replace(/[\n\r\t\f]/g, ' ')).text;

/** The gate's folding written another way, one character at a time, as the reference. */
function foldByHand(raw: string): string {
  let out = '';
  for (const c of raw) {
    if (/[\u00AD\u200B-\u200D\u2060\uFEFF]/.test(c)) continue;
    const ch = /\s/.test(c)
      ? ' '
      : /[\u2018\u2019\u201A\u201B\u2032]/.test(c)
        ? "'"
        : /[\u2010\u2011]/.test(c)
          ? '-'
          : c;
    if (ch === ' ' && out.endsWith(' ')) continue;
    out += ch;
  }
  return out;
}

const piece = fc.constantFrom(
  'stem',
  'cell',
  's',
  ' ',
  '-',
  "'",
  'wharton',
  'jelly',
  'MSC',
  'marrow',
  'derived',
  'fat',
  'cord',
  'blood',
  'bone',
  'c\u00E9lulas',
  'madre',
  'm\u00E9dula',
  '\u00F3sea',
  'terapia',
  'celular',
  '\u00AD',
  '\u00A0',
  '\u200B',
  '\u2019',
  '\u2010',
  '\u2011',
  '\u2003',
  '\t',
  '\n',
  '\n      ',
);

describe('page gate', () => {
  it('takes its words from the packs: one copy of the treatment terms', () => {
    STEM_CELL_BACK_PAIN.languages.forEach((lang, i) => {
      expect(lang.treatment).toBe(STEM_CELL_BACK_PAIN_GATE.languages[i]!.treatment);
      expect(lang.treatmentKeys).toBe(STEM_CELL_BACK_PAIN_GATE.languages[i]!.treatmentKeys);
    });
  });

  describe('flags', () => {
    it.each([
      'Stem cells for the back',
      'células madre para la espalda',
      'stem\u00ADcell shots',
      'stem\u00A0cells',
      'stem  \u00A0 cells',
      'Wharton\u2019s jelly',
      'bone marrow\u2010derived cells',
      'MSC injections',
      // Source line breaks and indentation inside a phrase, as a Range or textContent reads them.
      'Our stem\n      cells are harvested',
      'Our stem  cells',
      'umbilical\n  cord tissue',
      'cord\tblood banking',
      'fat\u00A0\u00A0derived cells',
      'm\u00E9dula\n   \u00F3sea',
      'c\u00E9lulas\nmadre',
    ])('%j', (text) => {
      expect(gate(text)).toBe(true);
    });
  });

  describe('does not flag', () => {
    it.each([
      'Stretch your back',
      'stems from a cell phone',
      'msc degree',
      'mesoderm',
      'a system\n  of\u00A0cells\u2019 walls',
    ])('%j', (text) => {
      expect(gate(text)).toBe(false);
    });
  });

  it('never misses a term the detector would see, on text full of hiding characters', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (terms.test(detectorView(text))) expect(gate(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('says yes exactly where the folded text names the therapy', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(gate(text), JSON.stringify(text)).toBe(terms.test(foldByHand(text)));
      }),
      { numRuns: 5000 },
    );
    // A match only the raw text shows is none: the detector reads the folded text.
    expect(terms.test('MSC\u00ADstem')).toBe(true);
    expect(gate('MSC\u00ADstem')).toBe(false);
  });

  it('folds as the hand-written reference does', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(foldForGate(text)).toBe(foldByHand(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('key filter: word-start keys merged across languages', () => {
  const ci = STEM_CELL_BACK_PAIN_GATE.languages
    .flatMap((l) => l.treatmentKeys)
    .filter((k): k is string => typeof k === 'string');
  const plain = new RegExp(ci.join('|'), 'i');
  const hoisted = new RegExp(hoistWordStarts(ci), 'i');

  it('puts every language word-start key under one (?:\\b|_) prefix', () => {
    const source = hoistWordStarts(ci);
    expect(source.match(/\(\?:\\b\|_\)/g)).toHaveLength(1);
    expect(source).toContain('cell|');
    expect(source).toContain('|mesenquimal|');
  });

  it('matches exactly what the plain alternation matches', () => {
    const samples = [
      'Our STEM cells',
      'x_cell therapy',
      'a cord blood bank',
      'células madre',
      'médula ósea',
      'Exosomes',
      'excellent',
      'the system',
      '5stem',
      'ástem',
      'tejido adiposo',
      'MESENQUIMALES',
      'cancel the order',
    ];
    for (const s of samples) expect(hoisted.test(s), s).toBe(plain.test(s));
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'stem',
            'cell',
            'ex',
            'sy',
            ' ',
            '_',
            'á',
            'lulas ',
            'dula ósea',
            'x',
            '5',
          ),
          {
            maxLength: 8,
          },
        ),
        (parts) => {
          const s = parts.join('');
          return hoisted.test(s) === plain.test(s);
        },
      ),
    );
  });

  it('leaves alternatives that only start like a word-start key, and groups and classes, alone', () => {
    expect(topLevelAlternatives('a(b|c)|[|)]d|\\|e')).toEqual(['a(b|c)', '[|)]d', '\\|e']);
    expect(hoistWordStarts(['(?:\\b|_)(?:a)|(b)', '(?:\\b|_)(?:c)(?:d)'])).toBe(
      '(?:\\b|_)(?:a)|(b)|(?:\\b|_)(?:c)(?:d)',
    );
    expect(hoistWordStarts(['(?:\\b|_)(?:a|b)', 'x', '(?:\\b|_)(?:c)'])).toBe(
      '(?:\\b|_)(?:a|b|c)|x',
    );
  });
});
