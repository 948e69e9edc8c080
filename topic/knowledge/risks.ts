/** Documented harms, with how often where known. Disputed harms are flagged. */
import type { Risk } from './types';

/** Risks shown in the popup's risk section. */
export const risks: readonly Risk[] = [
  {
    id: 'risk-contaminated-cord-blood',
    title: 'Infections from contaminated cord-blood products',
    text: 'Umbilical-cord-blood products sold as stem-cell treatments for pain and joint conditions were contaminated with bacteria; people developed bloodstream and joint infections and the products were recalled.',
    // checked: Hartnett 2021 (20 patients, 8 states, products given August 2017 to September 2018);
    // MMWR 2018 (first 12 patients, 3 states, cluster detected from 17 September 2018).
    frequency:
      '20 people in 8 US states, treated between August 2017 and September 2018; how many received the products in total is not reported.',
    isDisputed: false,
    sourceIds: ['hartnett2021', 'perkins2018'],
  },
  {
    id: 'risk-tumour-like-growth',
    title: 'Tumour-like growths after "stem-cell tourism"',
    text: 'Case reports describe abnormal growths in the spinal canal after stem cells were injected into the spinal fluid at clinics abroad for other conditions (not injections into a disc); in one, a 74-year-old treated in Moscow developed a mass of immune and nerve-support cells.',
    frequency: 'Rare case reports; no rate is known.',
    isDisputed: false,
    sourceIds: ['stemCellTourismCase', 'fdaConsumer'],
  },
  {
    id: 'risk-fda-reports',
    title: 'Serious harms reported to FDA',
    text: 'FDA has received reports of blindness, tumour formation and infections after unapproved regenerative medicine products.',
    frequency: 'Counts not published on the page; reporting is voluntary.',
    isDisputed: false,
    sourceIds: ['fdaConsumer'],
  },
  {
    id: 'risk-disc-puncture',
    title: 'Damage from puncturing the disc (disputed)',
    text: 'In a 10-year study of people without serious back pain, discs that had been punctured for a diagnostic test degenerated faster and herniated more often, mostly on the side of the needle. A later study of people with back pain using a low-pressure technique found no faster degeneration.',
    // checked: Carragee 2009 abstract (p=0.03 progression, p=0.0003 herniation); McCormick 2019 abstract.
    frequency: 'Unknown for cell injections; the two cohort studies disagree.',
    isDisputed: true,
    sourceIds: ['carragee2009', 'mccormick2019'],
  },
  {
    id: 'risk-trial-side-effects',
    title: 'Side effects in trials',
    text: 'Controlled trials report few serious side effects, and a 2025 review judged short- to mid-term safety acceptable; a 2021 meta-analysis of two small trials found treatment-related side effects more often with cells, though side effects overall did not differ. Longer-term safety is not known.',
    // checked: Xie 2021 abstract (treatment-related TEAE OR 3.05, 95% CI 1.11-8.40; TEAE overall
    // not significant); NASSJ 2025 ("short to mid-term safety appears acceptable").
    frequency:
      'Odds of a treatment-related side effect about 3 times higher with cells in two pooled trials (odds ratio 3.05).',
    isDisputed: false,
    sourceIds: ['xie2021', 'respine', 'nassj2025'],
  },
];
