/**
 * Context for each claim category the detector emits (topic/categories.ts `CATEGORIES`).
 * Wording is ours; every figure is checked against the source named in sources.ts.
 */
import type { Category } from '../categories';
import type { CategoryContext } from './types';

/** Context card per category, keyed by category. */
export const categoryContexts: Readonly<Record<Category, CategoryContext>> = {
  efficacy: {
    category: 'efficacy',
    title: 'Does it relieve back pain?',
    summary: {
      text: 'The largest independent sham-controlled trials found cell injections no better than a sham for disc-related back pain.',
      sourceId: 'respine',
    },
    certainty: 'low',
    certaintyWhy:
      'Only a handful of small randomised trials exist, their results conflict, and the positive ones were mostly run by the companies making the product.',
    statements: [
      {
        id: 'efficacy-respine',
        // RESPINE abstract: 58 vs 56 randomised, responders 74% vs 69% at 12 months, p=0.77.
        text: 'In RESPINE, a European trial of 114 people, 74% improved after a donor stem-cell injection into the disc and 69% after a sham; the difference was not significant.',
        sourceIds: ['respine'],
      },
      {
        id: 'efficacy-levi',
        // Levi 2025 abstract: 45 BMC vs 18 sham; >=50% relief 40/33 (3 mo), 40/39 (6 mo), 44/56 (12 mo).
        text: 'In a US trial of 63 people, bone-marrow concentrate injected into the disc gave no more pain relief than a sham at 3, 6 or 12 months.',
        sourceIds: ['levi2025'],
      },
      {
        id: 'efficacy-industry',
        text: 'Trials reporting benefit were mostly run by the companies developing the cells, had small control groups, and some reported change from baseline only.',
        sourceIds: ['mesoblastPhase2', 'gornet2024'],
      },
      {
        id: 'efficacy-reviews-disagree',
        text: 'Reviews disagree: some pool before-and-after changes and report less pain, others find no convincing evidence in humans or call the trials methodologically weak.',
        sourceIds: ['zhang2023', 'xie2021', 'soufi2023', 'nassj2025'],
      },
      {
        id: 'efficacy-placebo',
        text: 'People given saline or a sham injection also improve markedly, so improvement after a cell injection alone does not show the cells caused it.',
        sourceIds: ['ju2022', 'levi2025', 'respine'],
      },
    ],
  },
  mechanism: {
    category: 'mechanism',
    title: 'Do the cells regrow the disc?',
    summary: {
      text: 'There is no convincing proof in people that injected cells rebuild disc tissue; imaging gains have not matched pain relief.',
      sourceId: 'nassj2025',
    },
    certainty: 'very low',
    certaintyWhy:
      'Repair is shown in animals, but human studies have not shown that injected cells survive, turn into disc tissue or explain any change in pain.',
    statements: [
      {
        id: 'mechanism-environment',
        text: 'The inner disc has no blood supply; reviewers describe it as a hostile setting that limits what injected cells can do.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'mechanism-animals-vs-humans',
        text: 'Animal studies consistently show disc regeneration; trials in people show modest changes in pain at best and no compelling imaging evidence of repair.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'mechanism-imaging',
        // DREAM: read only via an appraisal summary (secondary).
        text: 'In the DREAM trial, as summarised by a critical-appraisal service, disc height improved on MRI after cell injection, yet pain and disability were no better than after a sham at 6 months.',
        sourceIds: ['dream'],
      },
      {
        id: 'mechanism-signalling',
        text: 'Developers now mostly propose that cells calm inflammation through signals rather than replace tissue; this is based on laboratory and animal work.',
        sourceIds: ['gornet2024'],
      },
      {
        id: 'mechanism-degeneration-common',
        // Brinjikji 2015: 37% at age 20, 96% at age 80 in people without symptoms.
        text: 'Disc degeneration on MRI is common in people without back pain (37% at age 20, 96% at 80), so a "worn disc" is not always the cause of pain.',
        sourceIds: ['brinjikji2015'],
      },
    ],
  },
  safety: {
    category: 'safety',
    title: 'Is it safe?',
    summary: {
      text: 'Trials report few serious side effects in the short term, but they are small; unapproved products have caused infections.',
      sourceId: 'fdaConsumer',
    },
    certainty: 'low',
    certaintyWhy:
      'Trials are too small and short to detect rare or late harms, and products sold outside trials vary and are not checked by regulators.',
    statements: [
      {
        id: 'safety-trials',
        text: 'RESPINE reported no serious adverse events linked to the injection; small trials and registries report similar short-term findings.',
        sourceIds: ['respine', 'centeno2017', 'kumar2017'],
      },
      {
        id: 'safety-meta-analysis',
        // Xie 2021: treatment-related TEAE OR 3.05 (95% CI 1.11-8.40).
        text: 'A meta-analysis of randomised trials found treatment-related side effects more often after cell injections than after control injections.',
        sourceIds: ['xie2021'],
      },
      {
        id: 'safety-fda-harms',
        text: 'FDA has received reports of blindness, tumour formation and infections after unapproved regenerative products.',
        sourceIds: ['fdaConsumer'],
      },
      {
        id: 'safety-contamination',
        // Hartnett 2021: 20 patients, 8 states.
        text: 'Contaminated umbilical-cord-blood products sold as stem-cell treatments caused bacterial infections in 20 people in 8 US states.',
        sourceIds: ['hartnett2021', 'perkins2018'],
      },
      {
        id: 'safety-own-cells',
        text: 'Using your own cells does not remove risk: the cells are still harvested, processed and injected.',
        sourceIds: ['isscr'],
      },
    ],
  },
  cost: {
    category: 'cost',
    title: 'What does it cost?',
    summary: {
      text: 'US clinics quoted about $5,000 on average for one stem-cell injection (knee survey); insurers treat it as investigational.',
      sourceId: 'piuzzi2018',
    },
    certainty: 'low',
    certaintyWhy:
      'No published price survey covers back injections specifically; the best data are a US survey of knee-injection prices.',
    statements: [
      {
        id: 'cost-survey',
        // Piuzzi 2018 abstract: mean $5,156, SD $2,446, n=65 centres.
        text: 'When researchers posing as a patient contacted US clinics, 65 quoted a mean of $5,156 for one same-day knee injection.',
        sourceIds: ['piuzzi2018'],
      },
      {
        id: 'cost-back-extra',
        text: 'We found no published survey of prices for back injections, so the knee figures are only a rough guide.',
        sourceIds: ['piuzzi2018'],
      },
      {
        id: 'cost-insurance',
        text: 'US insurers we checked list stem-cell therapy as investigational for all orthopedic uses, which usually means they do not pay.',
        sourceIds: ['premeraPolicy', 'bcbsAlPolicy'],
      },
      {
        id: 'cost-claimed-efficacy',
        // Piuzzi 2018: claimed efficacy mean 82% (n=36).
        text: 'In the same survey, clinics claimed on average that 82% of patients improved, far above what controlled trials show.',
        sourceIds: ['piuzzi2018'],
      },
    ],
  },
  regulatory: {
    category: 'regulatory',
    title: 'Is it FDA-approved?',
    summary: {
      text: 'No stem-cell product is FDA-approved for back pain or disc disease. "FDA-registered" is a listing duty, not an approval.',
      sourceId: 'fdaConsumer',
    },
    certainty: 'high',
    certaintyWhy: 'This is stated directly by the FDA and in US regulations.',
    statements: [
      {
        id: 'regulatory-not-approved',
        text: 'FDA lists disc disease and back pain among orthopedic conditions for which no regenerative medicine therapy is approved.',
        sourceIds: ['fdaConsumer'],
      },
      {
        id: 'regulatory-registered',
        text: 'Firms making certain minimally processed tissue products must register and list them with FDA; that paperwork is not an approval.',
        sourceIds: ['cfr127110', 'fdaConsumer'],
      },
      {
        id: 'regulatory-trials-listing',
        text: 'A study listed on ClinicalTrials.gov has not been evaluated by the US government just because it is listed.',
        sourceIds: ['ctgovDisclaimer', 'fdaConsumer'],
      },
      {
        id: 'regulatory-charged',
        text: 'FDA says that if you are charged for such a product outside an FDA-overseen trial, you are likely being offered it illegally.',
        sourceIds: ['fdaConsumer'],
      },
      {
        id: 'regulatory-ryoncil',
        text: "FDA's first approval of a mesenchymal stromal cell product (December 2024) is for a transplant complication in children, not for backs.",
        sourceIds: ['fdaApprovedProducts'],
      },
    ],
  },
  research: {
    category: 'research',
    title: 'What does "backed by research" mean here?',
    summary: {
      text: 'Most positive studies have no control group; the few sham-controlled trials are mixed or negative. Larger trials are under way.',
      sourceId: 'nassj2025',
    },
    certainty: 'low',
    certaintyWhy:
      'Studies are small, short and varied in cells and doses, and many are run or funded by sellers or developers.',
    statements: [
      {
        id: 'research-uncontrolled',
        text: 'Many cited studies follow one treated group without a comparison, so natural recovery and placebo effects cannot be ruled out.',
        sourceIds: ['pettine2016', 'wolff2020', 'centeno2017'],
      },
      {
        id: 'research-quality',
        text: 'A 2025 systematic review rated the 13 clinical trials it found as low to moderate quality, with substantial weaknesses.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'research-terminated',
        text: 'Several industry trials of injections into the disc were stopped and never fully reported.',
        sourceIds: ['ju2022'],
      },
      {
        id: 'research-ongoing',
        // NCT06325566: 300 participants, estimated completion 2027-10-31.
        text: 'A 300-person placebo-controlled trial of a donor-cell product is recruiting in the US, with completion estimated for late 2027.',
        sourceIds: ['mesoblastConfirmatory'],
      },
      {
        id: 'research-fda-approved-trial',
        text: 'An "FDA-approved trial" means FDA allowed the study to go ahead; it does not mean the product is approved.',
        sourceIds: ['gornet2024', 'fdaConsumer'],
      },
    ],
  },
  testimonial: {
    category: 'testimonial',
    title: 'What can patient stories tell you?',
    summary: {
      text: "Stories can't show what caused an improvement: in one trial, 56% of people given only a sham had at least halved pain a year later.",
      sourceId: 'levi2025',
    },
    certainty: 'very low',
    certaintyWhy: 'Individual accounts are selected, unverified and have no comparison group.',
    statements: [
      {
        id: 'testimonial-placebo',
        // Levi 2025: 56% of sham patients had >=50% relief at 12 months.
        text: 'In one sham-controlled trial, 56% of people given only a sham had at least halved pain a year later.',
        sourceIds: ['levi2025'],
      },
      {
        id: 'testimonial-saline',
        text: 'People given saline in disc-injection trials also reported significantly less pain, for up to a year.',
        sourceIds: ['ju2022'],
      },
      {
        id: 'testimonial-isscr',
        text: 'The ISSCR says a stem-cell treatment needs clinical trials and rigorous peer review to show that it is safe and effective.',
        sourceIds: ['isscr'],
      },
    ],
  },
  'alternative-to-surgery': {
    category: 'alternative-to-surgery',
    title: 'Is it a way to avoid surgery?',
    summary: {
      text: '"Avoided surgery" figures come from studies without a control group; UK guidance does not offer spinal fusion for back pain outside trials.',
      sourceId: 'niceNg59',
    },
    certainty: 'very low',
    certaintyWhy:
      'No randomised trial has compared cell injections with surgery, and surgery-avoidance rates come from uncontrolled series.',
    statements: [
      {
        id: 'surgery-pettine',
        // Pettine 2016: 24/26 (92%) at 12 months, 21/26 (81%) at 2 years; no control group.
        text: 'One often-cited series reported that 81% of 26 surgical candidates had not had surgery 2 years after a marrow injection, but it had no comparison group.',
        sourceIds: ['pettine2016'],
      },
      {
        id: 'surgery-guidelines',
        text: 'NICE advises against spinal fusion for low back pain except within a randomised trial, so most people with chronic back pain are not facing surgery.',
        sourceIds: ['niceNg59'],
      },
      {
        id: 'surgery-first-line',
        text: 'US guidance recommends starting chronic low back pain care with exercise and other non-drug treatments.',
        sourceIds: ['acp2017'],
      },
    ],
  },
};
