import { describe, expect, it } from 'vitest';
import type { Category } from '../../../topic/categories';
import { analyzeContext, detectClaims, hasTreatmentTerms } from './detector';

/** The one claim found in `s` (used on single sentences), or undefined. */
function only(s: string, context = analyzeContext(s)) {
  const claims = detectClaims(s, context);
  expect(claims.length).toBeLessThanOrEqual(1);
  return claims[0];
}

// Sentences written for these tests in the style of clinic pages, news and patient blogs.
const FLAGS: [Category, string][] = [
  ['efficacy', 'Stem cell injections give lasting relief from chronic low back pain.'],
  ['efficacy', 'In our experience, 85% of patients reported less sciatica pain after MSC therapy.'],
  ['efficacy', 'Stem cell treatment is not effective for severe spinal stenosis.'],
  ['mechanism', 'Mesenchymal stem cells can regenerate worn lumbar discs and calm inflammation.'],
  [
    'mechanism',
    'Injected stem cells release growth factors that help the damaged disc heal itself.',
  ],
  ['safety', 'Stem cell injections for herniated discs are safe and have no serious side effects.'],
  [
    'safety',
    'Infections and nerve damage are possible complications of disc stem cell injections.',
  ],
  ['cost', 'Stem cell therapy for back pain costs between $5,000 and $12,000.'],
  ['cost', 'Insurance rarely covers BMAC injections for degenerative disc disease.'],
  ['regulatory', 'No stem cell product is FDA approved for treating back pain.'],
  [
    'regulatory',
    'The agency granted RMAT designation to the cell therapy for chronic low back pain.',
  ],
  ['research', 'A randomized controlled trial of MSCs for discogenic back pain is now enrolling.'],
  ['research', 'More research is needed before stem cell therapy for sciatica can be recommended.'],
  [
    'testimonial',
    'I had stem cells injected into my L4-L5 disc last spring and my back pain is gone.',
  ],
  [
    'alternative-to-surgery',
    'Stem cell therapy lets many patients with herniated discs avoid spinal fusion surgery.',
  ],
  ['alternative-to-surgery', 'BMAC injections are a non-surgical option for chronic neck pain.'],
];

const DOES_NOT_FLAG: [string, string][] = [
  ['blood transplant', 'Stem cell transplants can cure some patients with leukaemia.'],
  ['back pain without cell therapy', 'Gentle stretching and walking relieve most low back pain.'],
  ['"stems from"', 'His back pain stems from a car accident and relief came from physiotherapy.'],
  [
    '"cell phone"',
    'Looking down at a cell phone all day strains the neck and may cause neck pain.',
  ],
  ['plant stem cells', 'Grape stem cell extract repairs the skin and restores its glow.'],
  [
    'stem cell news, no back',
    'Researchers used stem cells to grow insulin-producing cells for diabetes.',
  ],
  ['PRP alone', 'PRP injections relieve pain from a torn disc in many patients.'],
  ['"backend"', 'The backend service stores stem cell inventory records safely.'],
  ['back of the knee', 'Stem cell injections may relieve pain at the back of the knee.'],
  ['knee', 'MSC injections are safe and effective for knee osteoarthritis.'],
  ['neutral question', 'Is stem cell therapy for back pain covered by insurance?'],
  ['offer', 'We offer stem cell therapy for back pain.'],
  ['label heading', 'Stem Cell Therapy for Lumbar Disc Herniation'],
  ['generic biology', 'Stem cells are undifferentiated cells that can become any cell type.'],
  ['call to action', 'Contact us to learn whether stem cell therapy can help your back pain.'],
];

describe('detectClaims: flags', () => {
  it.each(FLAGS)('%s: %s', (category, s) => {
    expect(only(s)?.category).toBe(category);
  });
});

describe('detectClaims: does not flag', () => {
  it.each(DOES_NOT_FLAG)('%s: %s', (_why, s) => {
    expect(detectClaims(s)).toEqual([]);
  });
});

describe('stance and negation', () => {
  it.each([
    ['Stem cell therapy for back pain is FDA approved.', 'promotional'],
    ['Stem cell therapy for back pain is not FDA approved.', 'cautionary'],
    ['There is no evidence that stem cells regenerate spinal discs.', 'cautionary'],
    ['Studies show that stem cells regenerate spinal discs.', 'promotional'],
    ['Disc stem cell injections carry a risk of serious infection.', 'cautionary'],
    ['Disc stem cell injections carry minimal risk.', 'promotional'],
    ['A phase 2 trial is testing MSC injections for chronic low back pain.', 'neutral'],
    ['Stem cell therapy for sciatica is expensive and still experimental.', 'cautionary'],
  ] as const)('%s -> %s', (s, stance) => {
    expect(only(s)?.stance).toBe(stance);
  });

  it('keeps hedged statements as claims ("may help")', () => {
    expect(only('Stem cell injections may help some people with disc pain.')?.category).toBe(
      'efficacy',
    );
  });
});

describe('page context', () => {
  const page = [
    'Stem cell therapy for herniated discs',
    'Our clinic uses mesenchymal stem cells for lumbar disc herniation.',
    'The procedure is far less risky than spinal surgery.',
    'These injections cost about $6,000 per level.',
    'Stem cells can become many types of cells.',
  ].join('\n');
  const ctx = analyzeContext(page);

  it('builds a plain, serialisable context', () => {
    expect(ctx.isTopical).toBe(true);
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
  });

  it('resolves "the procedure" and "these injections" from the page', () => {
    expect(only('The procedure is far less risky than spinal surgery.', ctx)?.category).toBe(
      'alternative-to-surgery',
    );
    const cost = only('These injections cost about $6,000 per level.', ctx);
    expect(cost?.category).toBe('cost');
    expect(cost?.prices?.[0]).toMatchObject({ min: 6000, currency: 'USD', per: 'level' });
  });

  it('gives the same claims on the whole page as passage by passage', () => {
    const whole = detectClaims(page).map((c) => c.text);
    const parts = page.split('\n').flatMap((p) => detectClaims(p, ctx).map((c) => c.text));
    expect(parts).toEqual(whole);
  });

  it('keeps generic biology NONE on a topical page', () => {
    expect(detectClaims('Stem cells can become many types of cells.', ctx)).toEqual([]);
  });

  it('does not resolve pronouns on a page that is not about the therapy', () => {
    const other = analyzeContext('Lower back pain exercises. Bridges strengthen the core.');
    expect(detectClaims('It relieves pain in most patients.', other)).toEqual([]);
  });
});

describe('hasTreatmentTerms', () => {
  it.each([
    ['stem cells', true],
    ['MSCs', true],
    ['bone marrow aspirate concentrate', true],
    ["Wharton's jelly", true],
    ['células madre', true],
    ['stems from', false],
    ['cell phone', false],
    ['backend', false],
  ] as const)('%s -> %s', (s, want) => {
    expect(hasTreatmentTerms(`Some text about ${s} here.`)).toBe(want);
  });
});
