import { describe, expect, it } from 'vitest';
import type { Category } from '../../../topic/categories';
import { analyzeContext, detectClaims } from './detector';

/**
 * Sentences written for this project in the style of pages the detector has never seen (clinic
 * service pages, news items, patient blogs). They check that cue families generalise beyond
 * the development corpus; none is copied from it.
 */

type Case = [string, Category | null, string?];

const STANDALONE: Case[] = [
  // clinic pages
  [
    'Our stem cell injections help patients with herniated discs get back to the activities they love.',
    'efficacy',
    'promotional',
  ],
  [
    'Bone marrow concentrate (BMAC) injections can repair torn annular fibers and restore disc hydration.',
    'mechanism',
    'promotional',
  ],
  [
    'Most patients with sciatica report significant pain relief within six weeks of their stem cell procedure.',
    'efficacy',
    'promotional',
  ],
  [
    'Treatment with umbilical cord MSCs for lumbar degenerative disc disease starts at $4,500 per injection.',
    'cost',
    'neutral',
  ],
  [
    'Stem cell therapy for back pain is not covered by most insurance plans, so patients pay out of pocket.',
    'cost',
  ],
  [
    'Adipose-derived stem cell therapy offers a non-surgical alternative to spinal fusion for chronic low back pain.',
    'alternative-to-surgery',
    'promotional',
  ],
  [
    'Many of our patients with degenerative disc disease have been able to avoid back surgery thanks to stem cell injections.',
    'alternative-to-surgery',
    'promotional',
  ],
  [
    'Our regenerative cell therapy for neck pain is performed under the FDA guidelines for minimally manipulated tissue.',
    'regulatory',
  ],
  [
    'The injection of stem cells into the disc is a safe outpatient procedure with minimal side effects.',
    'safety',
    'promotional',
  ],
  // news
  [
    'A new clinical trial will test whether mesenchymal precursor cells can reduce chronic low back pain caused by disc degeneration.',
    'research',
    'neutral',
  ],
  [
    'The FDA has warned clinics that market unapproved stem cell products for back and neck pain.',
    'regulatory',
    'cautionary',
  ],
  [
    'Researchers found no evidence that stem cell injections improve sciatica more than placebo.',
    'research',
    'cautionary',
  ],
  [
    'Experts say there is little evidence that exosome injections regenerate spinal discs.',
    'research',
    'cautionary',
  ],
  [
    'A patient in Florida developed a spinal tumour after receiving stem cell injections for back pain abroad.',
    'safety',
    'cautionary',
  ],
  [
    'Clinics in Mexico charge between $10,000 and $25,000 for stem cell packages for back pain.',
    'cost',
  ],
  // patient blogs
  [
    'I had my stem cell injection for my herniated L5-S1 disc three months ago and my sciatica is almost gone.',
    'testimonial',
    'promotional',
  ],
  [
    'After the BMAC procedure my back pain got worse for two weeks, and I regret spending $8,000 on it.',
    'testimonial',
  ],
  // must stay NONE
  ['Stem cell transplants are used to treat leukemia and lymphoma.', null],
  ['Her back pain stems from years of poor posture at her desk.', null],
  ['Keep your cell phone at eye level to avoid neck pain.', null],
  ['Our apple stem cell serum firms the skin and reduces fine lines.', null],
  ['Scientists grew heart muscle from stem cells in the lab.', null],
  ['Platelet-rich plasma (PRP) injections may relieve low back pain in some patients.', null],
  ['Our backend engineers deployed the new stem-cell database.', null],
  ['Physical therapy is the first-line treatment for chronic low back pain.', null],
  ['Does stem cell therapy work for back pain?', null],
  ['Call us today to book your stem cell consultation for back pain.', null],
  ['We offer stem cell therapy for back pain at our three locations.', null],
  ['Stem cells can turn into many different kinds of cells.', null],
];

describe('generalisation: standalone sentences', () => {
  it.each(STANDALONE)('%s -> %s', (s, category, stance) => {
    const [claim] = detectClaims(s);
    expect(claim?.category ?? null).toBe(category);
    if (stance && claim) expect(claim.stance).toBe(stance);
  });
});

describe('generalisation: a patient blog read passage by passage', () => {
  const page = [
    'My stem cell journey',
    'Two years of sciatica from a bulging L4-L5 disc wore me down.',
    'In March I received bone marrow stem cells into the disc at a clinic in Colorado.',
    'Six weeks later I was able to walk my dog again without pain.',
    'My surgeon had wanted to fuse the segment, and I am glad I skipped the operation.',
    'The weather in Denver was lovely that week.',
  ];
  const ctx = analyzeContext(page.join('\n'));
  const found = page.map((p) => detectClaims(p, ctx)[0]?.category ?? null);

  it('recognises the page as a patient story about the therapy', () => {
    expect(ctx).toMatchObject({ isTopical: true, isStory: true });
  });

  it('flags the treatment and its result as testimonial, not the title or the weather', () => {
    expect(found).toEqual([null, null, 'testimonial', 'testimonial', 'testimonial', null]);
  });
});

describe('generalisation: a cautionary news item', () => {
  const page = [
    'Regulators warn about stem cell clinics selling back pain cures',
    'Dozens of clinics advertise stem cell injections for herniated discs and sciatica.',
    'These treatments are not approved by the FDA for any spine condition.',
    'Some patients paid more than $15,000 out of pocket.',
    'Stem cells are found in bone marrow and fat.',
  ];
  const ctx = analyzeContext(page.join('\n'));

  it.each([
    [page[2]!, 'regulatory', 'cautionary'],
    [page[3]!, 'cost', undefined],
  ] as const)('%s', (s, category, stance) => {
    const [claim] = detectClaims(s, ctx);
    expect(claim?.category).toBe(category);
    if (stance) expect(claim?.stance).toBe(stance);
  });

  it('leaves availability and textbook biology alone', () => {
    expect(detectClaims(page[1]!, ctx)).toEqual([]);
    expect(detectClaims(page[4]!, ctx)).toEqual([]);
  });
});
