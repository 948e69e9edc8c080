import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkMessage,
  MAX_BATCH_CHARS,
  MAX_BATCH_TEXTS,
  MAX_SAMPLE_CHARS,
} from '../../../utils/messages';

/**
 * Issue 6: messages between contexts are validated. tests/unit/utils/messages.test.ts covers each
 * kind of bad message by example; this adds arbitrary input, which must never be accepted or
 * make the check throw, and the edges of the size limit.
 */

const NAMES = [
  'claimsChanged',
  'openFullContext',
  'getTabSummary',
  'getFrameReport',
  'revealClaim',
  'stepClaim',
  'prepareDetector',
  'detectClaims',
  'tabSummaryChanged',
];

describe('checkMessage on arbitrary input', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never accepts and never throws on random values from this extension', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(checkMessage(value, fakeBrowser.runtime.id)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a known name with random data only when the data has the right shape', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.anything(), (name, data) => {
        const accepted = checkMessage(
          { tag: 'claim-context/1', name, data },
          fakeBrowser.runtime.id,
        );
        if (accepted === null) return;
        // fc.anything() can produce a valid shape (null, or {id: 3}); then it must be exactly that.
        const ok =
          (data === null &&
            (name === 'openFullContext' ||
              name === 'getFrameReport' ||
              name === 'prepareDetector')) ||
          (typeof data === 'object' && data !== null && !Array.isArray(data));
        expect(ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores a well-formed message with any sender other than this extension', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }).filter((id) => id !== fakeBrowser.runtime.id),
        (sender) => {
          expect(
            checkMessage(
              { tag: 'claim-context/1', name: 'stepClaim', data: { direction: 1 } },
              sender,
            ),
          ).toBeNull();
        },
      ),
    );
  });

  it('refuses a claims report listing more than 500 claims, or a total below the list', () => {
    const claim = { id: 1, text: 't', category: 'efficacy', stance: 'promotional' };
    const report = (n: number, total: unknown = n) => ({
      tag: 'claim-context/1',
      name: 'claimsChanged',
      data: {
        url: 'https://a.example/',
        highlightsOn: true,
        total,
        claims: Array.from({ length: n }, () => claim),
      },
    });
    const id = fakeBrowser.runtime.id;
    expect(checkMessage(report(500), id)).not.toBeNull();
    expect(checkMessage(report(500, 20_000), id)).not.toBeNull();
    expect(checkMessage(report(501), id)).toBeNull();
    expect(checkMessage(report(5, 4), id)).toBeNull();
    expect(checkMessage(report(5, '5'), id)).toBeNull();
    expect(checkMessage(report(5, 5.5), id)).toBeNull();
  });

  it('refuses a detection batch over its bounds, or with a context that is not small data', () => {
    const id = fakeBrowser.runtime.id;
    const context = { hasTreatment: true, hasCondition: true, isTopical: true, isStory: false };
    const detect = (texts: unknown, ctx: unknown = context) =>
      checkMessage(
        { tag: 'claim-context/1', name: 'detectClaims', data: { texts, context: ctx } },
        id,
      );
    expect(detect(['a', 'b'])).not.toBeNull();
    expect(detect(Array.from({ length: MAX_BATCH_TEXTS }, () => 'a'))).not.toBeNull();
    expect(detect(Array.from({ length: MAX_BATCH_TEXTS + 1 }, () => 'a'))).toBeNull();
    expect(detect(['x'.repeat(MAX_BATCH_CHARS)])).not.toBeNull();
    expect(detect(['x'.repeat(MAX_BATCH_CHARS), 'y'])).toBeNull();
    expect(detect([])).toBeNull();
    expect(detect(['a', 3])).toBeNull();
    expect(detect('a')).toBeNull();
    expect(detect(['a'], null)).toBeNull();
    expect(detect(['a'], { deep: { deeper: { deepest: { too: true } } } })).toBeNull();
    expect(detect(['a'], { long: 'x'.repeat(1000) })).toBeNull();
    // The first batch carries the page's sample instead of its context: bounded, never both.
    const sample = (s: unknown, extra: object = {}) =>
      checkMessage(
        {
          tag: 'claim-context/1',
          name: 'detectClaims',
          data: { texts: ['a'], sample: s, ...extra },
        },
        id,
      );
    expect(sample('x'.repeat(MAX_SAMPLE_CHARS))).not.toBeNull();
    expect(sample('x'.repeat(MAX_SAMPLE_CHARS + 1))).toBeNull();
    expect(sample(5)).toBeNull();
    expect(sample('x', { context })).toBeNull();
  });

  it.each([['__proto__'], ['constructor'], ['hasOwnProperty'], ['valueOf']])(
    'ignores the inherited name %s',
    (name) => {
      expect(
        checkMessage({ tag: 'claim-context/1', name, data: null }, fakeBrowser.runtime.id),
      ).toBeNull();
    },
  );
});
