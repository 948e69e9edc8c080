import { describe, expect, it } from 'vitest';
import { createDetectionService, detectionHandlers } from '../../../utils/detection-service';
import { createDetector, type Detector } from '../../../content/detect/core';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import { MAX_BATCH_CLAIMS, MAX_CLAIM_CUES } from '../../../utils/messages';
import type { Claim } from '../../../content/detect/types';

const core = createDetector(STEM_CELL_BACK_PAIN);
const PAGE = [
  'Stem cell therapy for back pain',
  'Stem cell injections regenerate damaged discs and end back pain for good.',
  'Our clinic is open on Saturdays.',
  'Stem cell shots helped my sciatica, and the clinic says they rebuild the disc.',
];

/** A detector that finds `perText` claims in every text, each with `cues` cues. */
function flooding(perText: number, cues = 1): Detector {
  const claim = (i: number): Claim => ({
    start: i,
    end: i + 1,
    text: 'x',
    category: 'efficacy',
    stance: 'neutral',
    cues: Array.from({ length: cues }, (_, k) => `cue-${k}`),
    confidence: 0.5,
  });
  return {
    ...core,
    detectClaims: () => Array.from({ length: perText }, (_, i) => claim(i)),
  };
}

describe('detection service', () => {
  it("answers a batch with the detector's claims, offsets relative to each text", () => {
    const service = createDetectionService(core);
    const context = service.analyzePage(PAGE.join('\n'));
    expect(context).toEqual({ ok: true, value: core.analyzeContext(PAGE.join('\n')) });
    if (!context.ok) return;
    const reply = service.detectClaims(PAGE, context.value);
    expect(reply.ok && reply.value.done).toBe(PAGE.length);
    const expected = PAGE.flatMap((text, index) =>
      core.detectClaims(text, context.value).map((c) => ({
        index,
        text: c.text,
        category: c.category,
        stance: c.stance,
      })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(
      reply.ok &&
        reply.value.claims.map((c) => ({
          index: c.index,
          text: PAGE[c.index]!.slice(c.start, c.end),
          category: c.category,
          stance: c.stance,
        })),
    ).toEqual(expected);
  });

  it('stops taking texts once a reply holds MAX_BATCH_CLAIMS claims, but always answers one', () => {
    const context = core.analyzeContext('');
    const texts = Array.from({ length: 10 }, () => 'text');
    const some = createDetectionService(flooding(MAX_BATCH_CLAIMS / 4)).detectClaims(
      texts,
      context,
    );
    expect(some.ok && some.value.done).toBe(4);
    expect(some.ok && some.value.claims.length).toBe(MAX_BATCH_CLAIMS);
    const one = createDetectionService(flooding(MAX_BATCH_CLAIMS + 5)).detectClaims(texts, context);
    expect(one.ok && one.value.done).toBe(1);
    expect(one.ok && one.value.claims.every((c) => c.index === 0)).toBe(true);
  });

  it('lists at most MAX_CLAIM_CUES cues per claim', () => {
    const reply = createDetectionService(flooding(1, 50)).detectClaims(
      ['text'],
      core.analyzeContext(''),
    );
    expect(reply.ok && reply.value.claims[0]!.cues).toHaveLength(MAX_CLAIM_CUES);
  });

  it('warms the detector up once, a step per task', () => {
    let steps = 0;
    const tasks: (() => void)[] = [];
    const counting: Detector = {
      ...core,
      *warmUp() {
        for (let i = 0; i < 3; i++) {
          steps++;
          yield;
        }
      },
    };
    const service = createDetectionService(counting, (step) => void tasks.push(step));
    service.prepare();
    service.prepare();
    expect(steps).toBe(1);
    while (tasks.length > 0) tasks.shift()!();
    expect(steps).toBe(3);
    service.prepare();
    expect(steps).toBe(3);
  });
});

describe('detection handlers', () => {
  const ORIGIN = 'chrome-extension://abc/';
  const handlers = detectionHandlers(createDetectionService(core), ORIGIN);
  const page = { tabId: 3, frameId: 0, url: 'https://clinic.example/' };
  const context = core.analyzeContext(PAGE.join('\n'));

  it('answer content scripts (a page in a tab)', async () => {
    const reply = await handlers.detectClaims!({ texts: PAGE, context }, page);
    expect(reply.ok).toBe(true);
    // The first batch of a page comes with its sample: the context is computed and returned.
    const first = await handlers.detectClaims!({ texts: PAGE, sample: PAGE.join('\n') }, page);
    expect(first).toEqual({
      ok: true,
      value: { ...(reply.ok ? reply.value : {}), context },
    });
  });

  it.each([
    ['outside a tab', { url: 'https://clinic.example/' }],
    ['an extension page in a tab', { tabId: 3, url: `${ORIGIN}popup.html?tabId=2` }],
    ['a tab without a known document', { tabId: 3 }],
  ])('refuse senders %s', async (_name, sender) => {
    expect(await handlers.detectClaims!({ texts: PAGE, context }, sender)).toMatchObject({
      ok: false,
    });
    expect(await handlers.detectClaims!({ texts: PAGE, sample: 'x' }, sender)).toMatchObject({
      ok: false,
    });
  });
});
