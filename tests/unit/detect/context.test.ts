import { describe, expect, it } from 'vitest';
import { analyzeContext } from './detector';

/**
 * The page context the model reads beside each sentence (content/detect/context.ts): what the
 * page's title names and how much of the page is told in a personal voice. Pages written for
 * these tests.
 */

describe('page context: the title', () => {
  it('is the first non-empty line, and says what it names', () => {
    const ctx = analyzeContext(
      '\n  \nStem Cell Injections for Herniated Discs\nOur clinic offers bone marrow concentrate.',
    );
    expect(ctx.title).toEqual({ therapy: true, condition: true, other: false });
  });

  it('names another condition on a page about the knee that mentions the spine later', () => {
    const ctx = analyzeContext(
      'Stem cells for knee arthritis\nSome patients also ask about stem cells for spine pain.',
    );
    expect(ctx.title).toEqual({ therapy: true, condition: false, other: true });
  });

  it('names neither on a page whose first line is the site name', () => {
    const ctx = analyzeContext(
      'Valley Health Weekly\nStem cell injections for low back pain are not FDA approved.',
    );
    expect(ctx.title).toEqual({ therapy: false, condition: false, other: false });
  });

  it('reads at most the first 300 characters of a one-line page', () => {
    const ctx = analyzeContext(`${'word '.repeat(80)}stem cells for sciatica`);
    expect(ctx.title).toEqual({ therapy: false, condition: false, other: false });
    expect(ctx.isTopical).toBe(true);
  });
});

describe('page context: the personal voice', () => {
  it('is high on a patient telling their own story', () => {
    const ctx = analyzeContext(
      [
        'My stem cell injection for a bulging disc',
        'I had back pain for six years before I tried stem cells.',
        'My doctor injected cells from my hip into the disc in March.',
        'By summer I could walk my dog again without stopping.',
        'The clinic charged me more than my insurance would cover.',
      ].join('\n'),
    );
    expect(ctx.personalShare).toBeGreaterThan(0.5);
  });

  it('is none on an article that tells no one’s story', () => {
    const ctx = analyzeContext(
      [
        'Stem cell therapy for low back pain: the evidence',
        'Trials of mesenchymal cells for disc pain have been small.',
        'Regulators have not approved any stem cell product for back pain.',
        'Prices at private clinics range from a few thousand dollars upward.',
      ].join('\n'),
    );
    expect(ctx.personalShare).toBe(0);
  });

  it('is not measured on a page that is not about the therapy for the back', () => {
    expect(analyzeContext('I love my stem cell research job in the lab.').personalShare).toBe(0);
  });
});
