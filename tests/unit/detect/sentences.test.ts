import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../content/detect/sentences';

const ABBR = new Set(['dr', 'drs', 'e.g', 'i.e', 'vs', 'u.s', 'mr', 'no', 'ph.d']);
const split = (t: string) => splitSentences(t, ABBR).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'One here. Two there! Three?', ['One here.', 'Two there!', 'Three?']],
    [
      'titles',
      'Dr. Smith met Drs. Lee and Ray. They agreed.',
      ['Dr. Smith met Drs. Lee and Ray.', 'They agreed.'],
    ],
    [
      'e.g. and vs.',
      'Cells, e.g. MSCs, vs. surgery. Next one.',
      ['Cells, e.g. MSCs, vs. surgery.', 'Next one.'],
    ],
    [
      'U.S. before a name',
      'It is not approved in the U.S. Food and Drug rules apply.',
      ['It is not approved in the U.S. Food and Drug rules apply.'],
    ],
    [
      'decimals',
      'The canal grew from 0.9cm to 1.1 cm. Good.',
      ['The canal grew from 0.9cm to 1.1 cm.', 'Good.'],
    ],
    [
      'prices',
      'It costs $7,500.00 per disc. Insurance pays $0.',
      ['It costs $7,500.00 per disc.', 'Insurance pays $0.'],
    ],
    [
      'initials',
      'Jeffrey C. Wang, MD, spoke. Then left.',
      ['Jeffrey C. Wang, MD, spoke.', 'Then left.'],
    ],
    [
      'run together',
      'The first sentence ends.Second one starts.',
      ['The first sentence ends.', 'Second one starts.'],
    ],
    [
      'headings without stops',
      'Stem Cell Therapy\nWhat it costs\nBody text here.',
      ['Stem Cell Therapy', 'What it costs', 'Body text here.'],
    ],
    [
      'bullets',
      '• First item\n- Second item\n👉 Third item\n1. Fourth item\n2) Fifth',
      ['First item', 'Second item', 'Third item', 'Fourth item', 'Fifth'],
    ],
    [
      'quotes after stop',
      'He said "it works." Then he left.',
      ['He said "it works."', 'Then he left.'],
    ],
    [
      'lower case after stop',
      'Approx. five patients improved.',
      ['Approx. five patients improved.'],
    ],
    [
      'No. before number',
      'See trial No. 5 for details. No. The answer is no.',
      ['See trial No. 5 for details.', 'No.', 'The answer is no.'],
    ],
    ['ellipsis', 'Select... Then choose.', ['Select...', 'Then choose.']],
    ['blank lines and spaces', '  \n\nA.  \n\n  B.  ', ['A.', 'B.']],
    [
      'Spanish',
      '¿Funciona? Sí. Dr. Pérez lo confirma.',
      ['¿Funciona?', 'Sí.', 'Dr. Pérez lo confirma.'],
    ],
  ])('%s', (_name, text, want) => {
    expect(split(text)).toEqual(want);
  });

  it('returns no span for empty or blank text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n \n')).toEqual([]);
  });
});
