import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeContext, core, detectClaims } from './detector';

// Fragments that steer random strings towards the detector's interesting paths.
const PIECES = [
  'Stem cell',
  ' injections',
  ' relieve',
  ' low back pain',
  '. ',
  '\n',
  '$7,000–$9,000',
  ' not',
  ' FDA approved',
  ' MSCs',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '\u2019',
  'Dr. ',
  'e.g. ',
  '0.9',
  '…',
  '👉 ',
  '1. ',
  '?',
  'It',
  ' disc',
  ' surgery',
  ' avoid',
  'células madre',
  ' hernia discal',
  '\uD800',
  '((((',
  '    ',
  'aaaaaaaaaa',
  '.......',
  '$$$$',
  '9999999999',
];
const pageText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
);

function checkInvariants(text: string, claims: ReturnType<typeof detectClaims>) {
  let lastEnd = 0;
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    for (const p of c.prices ?? []) {
      expect(p.start).toBeGreaterThanOrEqual(c.start);
      expect(p.end).toBeLessThanOrEqual(c.end);
      expect(p.min).toBeLessThanOrEqual(p.max);
    }
    lastEnd = c.end;
  }
}

describe('detectClaims properties', () => {
  it('never throws; claims are in bounds, equal their slice, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        checkInvariants(text, detectClaims(text));
      }),
      { numRuns: 400 },
    );
  });

  it('holds the same invariants with a borrowed page context', () => {
    const ctx = analyzeContext('Stem cell injections for low back pain and herniated discs.');
    fc.assert(
      fc.property(pageText, (text) => {
        checkInvariants(text, detectClaims(text, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it("is the content script's detector (core.ts) plus prices", () => {
    const ctx = analyzeContext('Stem cell injections for low back pain cost $5,000.');
    fc.assert(
      fc.property(pageText, (text) => {
        for (const context of [undefined, ctx]) {
          const claims = detectClaims(text, context);
          for (const c of claims) delete c.prices;
          expect(core.detectClaims(text, context)).toEqual(claims);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(detectClaims(text)).toEqual(detectClaims(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('linear time on pathological input', () => {
  // Inputs that break naive regexes: one endless sentence, endless digits, repeated cue
  // prefixes with no ending, thousands of abbreviations, all on a page that is on topic.
  const HEAD = 'Stem cell injections for low back pain. ';
  const PATTERNS: [string, (n: number) => string][] = [
    ['one endless sentence', (n) => HEAD + 'stem cells relieve disc pain and '.repeat(n / 32)],
    ['endless digits after a dollar', (n) => HEAD + '$' + '1'.repeat(n)],
    ['digit groups', (n) => HEAD + '1,000 '.repeat(n / 6)],
    ['repeated word prefix', (n) => HEAD + 'reduce the the the '.repeat(n / 19)],
    ['abbreviations', (n) => HEAD + 'Dr. e.g. vs. '.repeat(n / 13)],
    ['many short lines', (n) => HEAD + 'It works.\n'.repeat(n / 10)],
    ['spaces and soft hyphens', (n) => HEAD + ' \u00AD\u00A0'.repeat(n / 3)],
  ];

  function cost(text: string): number {
    detectClaims(text); // warm-up
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      detectClaims(text);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 0.05);
  }

  it.each(PATTERNS)('%s: 4x the input costs far less than 16x the time', (_name, make) => {
    const small = cost(make(20_000));
    const large = cost(make(80_000));
    // Linear would be ~4x; quadratic ~16x. The bound is generous for a busy machine.
    expect(large / small).toBeLessThan(10);
  });
});
