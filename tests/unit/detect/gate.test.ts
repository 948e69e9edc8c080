import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGate } from '../../../content/detect/gate';
import {
  hoistWordStarts,
  KeyFilter,
  Matcher,
  topLevelAlternatives,
} from '../../../content/detect/compile';
import { normalize } from '../../../content/detect/normalize';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { STEM_CELL_BACK_PAIN_GATE } from '../../../topic/detect/gate';

const gate = createGate(STEM_CELL_BACK_PAIN_GATE.languages);

/** The gate as the detector had it before it moved here: the raw text, then the normalised. */
const terms = new Matcher(STEM_CELL_BACK_PAIN.languages.flatMap((l) => l.treatment));
const keys = new KeyFilter(STEM_CELL_BACK_PAIN.languages.flatMap((l) => l.treatmentKeys));
const HIDING = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u2018\u2019\u2010\u2011]/;
const throughNormalizer = (text: string) => {
  if (keys.test(text) && terms.test(text)) return true;
  if (!HIDING.test(text)) return false;
  const t = normalize(text).text;
  return keys.test(t) && terms.test(t);
};

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
    ])('%s', (text) => {
      expect(gate(text)).toBe(true);
    });
  });

  describe('does not flag', () => {
    it.each(['Stretch your back', 'stems from a cell phone', 'msc degree', 'mesoderm'])(
      '%s',
      (text) => {
        expect(gate(text)).toBe(false);
      },
    );
  });

  it('answers as the detector normaliser would, on text full of hiding characters', () => {
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
      'bone',
      'c\u00E9lulas',
      'madre',
      '\u00AD',
      '\u00A0',
      '\u200B',
      '\u2019',
      '\u2010',
      '\u2011',
      '\u2003',
      '\t',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(gate(text)).toBe(throughNormalizer(text));
      }),
      { numRuns: 5000 },
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
