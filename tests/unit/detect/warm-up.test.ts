import { describe, expect, it } from 'vitest';
import { analyzeContext, detectClaims, warmUp } from './detector';

describe('warmUp', () => {
  it('compiles in several steps a caller can pause between, and changes no result', () => {
    const text =
      'Stem cell injections regenerate damaged discs in the lower back. The procedure costs $5,000.';
    const context = analyzeContext(text);
    const before = detectClaims(text, context);
    let steps = 0;
    for (const _ of warmUp()) steps++;
    // One step per large RegExp run at least: the pack has more than a dozen families.
    expect(steps).toBeGreaterThan(8);
    expect(detectClaims(text, context)).toEqual(before);
    expect(before.map((c) => c.category)).toEqual(['mechanism', 'cost']);
  });
});
