import { describe, expect, it } from 'vitest';
import { remoteDetector, type SendDetection } from '../../../content/remote-detector';
import { localDetector } from '../../../content/local-detector';
import { createDetector } from '../../../content/detect/core';
import { STEM_CELL_BACK_PAIN } from '../../../topic/detect';
import type { BatchClaims, PageContext } from '../../../utils/messages';

const core = createDetector(STEM_CELL_BACK_PAIN);
const context: PageContext = core.analyzeContext('');
/** A page whose context the background has already returned. */
const known = () => ({ sample: '', context });

/** A `send` that answers every detectClaims with `reply` and records what was sent. */
function answering(reply: unknown) {
  const sent: { name: string; data: unknown }[] = [];
  const send = (async (name: string, data: unknown) => {
    sent.push({ name, data });
    return reply;
  }) as SendDetection;
  return { send, sent };
}

const batch = (claims: BatchClaims['claims'], done: number) => ({
  ok: true,
  value: { claims, done },
});
const claim = (index: number, start: number, end: number) => ({
  index,
  start,
  end,
  category: 'cost' as const,
  stance: 'neutral' as const,
  cues: ['price'],
  confidence: 0.9,
});

describe('remote detector', () => {
  it('keeps the gate in the page and sends nothing for it', () => {
    const { send, sent } = answering(undefined);
    const detector = remoteDetector((t) => t.includes('stem'), send);
    expect(detector.hasTreatmentTerms('stem cells')).toBe(true);
    expect(detector.hasTreatmentTerms('knees')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends one message per batch and slices each claim from its own text', async () => {
    const { send, sent } = answering(batch([claim(1, 0, 4), claim(1, 5, 9)], 2));
    const detector = remoteDetector(() => true, send);
    const claims = await detector.detectClaims(['aaaa', 'cost more'], known());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      name: 'detectClaims',
      data: { texts: ['aaaa', 'cost more'], context },
    });
    expect(claims).toEqual([
      [],
      [
        {
          start: 0,
          end: 4,
          text: 'cost',
          category: 'cost',
          stance: 'neutral',
          cues: ['price'],
          confidence: 0.9,
        },
        {
          start: 5,
          end: 9,
          text: 'more',
          category: 'cost',
          stance: 'neutral',
          cues: ['price'],
          confidence: 0.9,
        },
      ],
    ]);
  });

  it('returns only the texts the reply covers, and drops claims of others', async () => {
    const { send } = answering(batch([claim(0, 0, 1), claim(2, 0, 1)], 1));
    const claims = await remoteDetector(() => true, send).detectClaims(['a', 'b', 'c'], known());
    expect(claims).toEqual([[expect.objectContaining({ text: 'a' })]]);
  });

  it.each([
    ['a refusal', { ok: false, error: 'no' }],
    ['no answer', undefined],
  ])('rejects on %s', async (_name, reply) => {
    const { send } = answering(reply);
    await expect(remoteDetector(() => true, send).detectClaims(['a'], known())).rejects.toThrow();
    await expect(
      remoteDetector(() => true, send).detectClaims(['a'], { sample: 'a', context: null }),
    ).rejects.toThrow();
  });

  it('sends the first batch with the page sample, then the context the reply returned', async () => {
    const { send, sent } = answering({ ok: true, value: { claims: [], done: 1, context } });
    const detector = remoteDetector(() => true, send);
    const page = await detector.analyzeContext('Stem cells: the page opening.');
    expect(sent).toEqual([]);
    await detector.detectClaims(['a'], page);
    await detector.detectClaims(['b'], page);
    expect(sent.map((m) => m.data)).toEqual([
      { texts: ['a'], sample: 'Stem cells: the page opening.' },
      { texts: ['b'], context },
    ]);
  });

  it('prepares without waiting for, or failing on, the reply', () => {
    const send = (() => Promise.reject(new Error('asleep'))) as SendDetection;
    expect(() => remoteDetector(() => true, send).prepare?.()).not.toThrow();
  });

  it('asks nothing of the background to prepare where it is warming up already', () => {
    const sent: string[] = [];
    const send = ((name: string) => {
      sent.push(name);
      return Promise.resolve(undefined);
    }) as SendDetection;
    remoteDetector(() => true, send, true).prepare?.();
    expect(sent).toEqual([]);
    remoteDetector(() => true, send).prepare?.();
    expect(sent).toEqual(['prepareDetector']);
  });

  it('finds through the local detector what the detector finds itself', async () => {
    const text =
      'Stem cell injections regenerate damaged discs and end back pain for good. Call us today.';
    const local = localDetector(core);
    const page = await local.analyzeContext(text);
    const expected = core.analyzeContext(text);
    expect(await local.detectClaims([text], page)).toEqual([core.detectClaims(text, expected)]);
    expect(page.context).toEqual(expected);
  });
});
