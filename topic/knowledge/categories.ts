/**
 * Context for each claim category the detector emits (topic/categories.ts `CATEGORIES`).
 * Wording is ours; every figure is checked against the source named in sources.ts. A category's
 * certainty level is this product's own reading of the evidence, with the sources it rests on.
 */
import type { Category } from '../categories';
import type { CategoryContext } from './types';

/** Context card per category, keyed by category. */
export const categoryContexts: Readonly<Record<Category, CategoryContext>> = {
  efficacy: {
    category: 'efficacy',
    title: 'Does it relieve back pain?',
    summary: {
      // RESPINE abstract: 74% vs 69% responders at 12 months, p=0.77.
      text: 'In the largest independent sham-controlled trial (114 people), 74% improved after a cell injection and 69% after a sham: no significant difference.',
      sourceIds: ['respine'],
    },
    certainty: {
      level: 'low',
      why: 'There are few randomised trials, all small, and their results differ; the ones reporting benefit were run by the companies developing the cells.',
      sourceIds: ['respine', 'levi2025', 'mesoblastPhase2', 'gornet2024'],
    },
    statements: [
      {
        id: 'efficacy-respine',
        // RESPINE abstract: 58 vs 56 randomised, responders 74% vs 69% at 12 months, p=0.77.
        text: 'In RESPINE, a European trial of 114 people, 74% improved after a donor stem-cell injection into the disc and 69% after a sham; the difference was not significant.',
        sourceIds: ['respine'],
      },
      {
        id: 'efficacy-levi',
        // Levi 2025 abstract: 45 BMC vs 18 sham; >=50% relief 40/33 (3 mo), 40/39 (6 mo), 44/56
        // (12 mo). Registry: the primary outcome is at 6 months.
        text: 'In a US trial of 63 people, 40% after a bone-marrow concentrate injection and 39% after a sham had at least halved pain at 6 months, the time point registered as primary; 3 and 12 months showed no significant difference either.',
        sourceIds: ['levi2025', 'leviRegistry'],
      },
      {
        id: 'efficacy-industry',
        // Mesoblast phase 2: controls of 20 each; DiscGenics: controls of 10 each, result reported
        // as change from baseline.
        text: 'The trials reporting benefit were run by the companies developing the cells and had small control groups (10 to 20 people each); one reported its main result as change from baseline.',
        sourceIds: ['mesoblastPhase2', 'gornet2024'],
      },
      {
        id: 'efficacy-reviews-disagree',
        // NASSJ 2025 abstract: 13 low-to-moderate-quality trials, modest statistically significant
        // improvements, significant methodological weaknesses. Soufi 2023: "no evidence to support
        // its use in humans". Zhang 2023, Xie 2021: pooled reductions in pain.
        text: 'Reviews differ: a 2025 review of 13 low- to moderate-quality trials found modest, statistically significant improvements in pain and disability but serious weaknesses in the trials; a 2023 review found no evidence to support use in people; two meta-analyses report less pain.',
        sourceIds: ['nassj2025', 'soufi2023', 'zhang2023', 'xie2021'],
      },
      {
        id: 'efficacy-placebo',
        text: 'People given saline or a sham also improve markedly (69% of the sham group in RESPINE), so improvement after a cell injection alone does not show the cells caused it.',
        sourceIds: ['respine', 'ju2022', 'levi2025'],
      },
    ],
  },
  mechanism: {
    category: 'mechanism',
    title: 'Do the cells regrow the disc?',
    summary: {
      text: 'A 2025 review of 13 human trials found no compelling imaging proof that injected cells repair the disc, although animal studies look better.',
      sourceIds: ['nassj2025'],
    },
    certainty: {
      level: 'very low',
      why: 'Regeneration is seen consistently in animal models, but a 2025 review found no compelling imaging proof of repair in human trials.',
      sourceIds: ['nassj2025'],
    },
    statements: [
      {
        id: 'mechanism-environment',
        text: 'The inner disc has no blood supply; reviewers describe it as a hostile setting that limits what injected cells can do.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'mechanism-animals-vs-humans',
        // NASSJ 2025 abstract, both halves.
        text: 'Animal models consistently show disc regeneration; in 13 human trials a 2025 review found modest, statistically significant improvements in pain and disability, but no compelling imaging proof of repair.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'mechanism-imaging',
        // DREAM abstract: 52 enrolled; disc height index up; VAS, ODI, SF-36 improved similarly, the
        // sham group slightly more on ODI and SF-36 physical score.
        text: 'In the DREAM trial (52 people), disc height on MRI increased after cell injection, yet pain, disability and quality of life improved about as much after a sham at 6 months, the sham group slightly more on disability.',
        sourceIds: ['dream'],
      },
      {
        id: 'mechanism-signalling',
        // Gornet 2024 abstract: "immunomodulatory and regenerative properties in preclinical studies".
        text: 'One developer describes its disc-derived cells as immunomodulatory and regenerative in preclinical (laboratory and animal) studies; repair has not been shown in people.',
        sourceIds: ['gornet2024', 'nassj2025'],
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
      // NASSJ: short- to mid-term safety acceptable; RESPINE: no related SAE; Hartnett: 20 infected.
      text: 'Small trials report few serious side effects in the short term; unapproved cord-blood products sold as stem cells infected 20 people.',
      sourceIds: ['nassj2025', 'respine', 'hartnett2021'],
    },
    certainty: {
      level: 'low',
      why: 'Trial safety data are small and cover the short to medium term; products sold outside trials are not held to the checks FDA requires before approval.',
      sourceIds: ['nassj2025', 'fdaConsumer'],
    },
    statements: [
      {
        id: 'safety-trials',
        text: 'RESPINE (114 people) recorded no serious adverse event linked to the injection; a registry of 33 people and a phase 1 study of 10 also reported none.',
        sourceIds: ['respine', 'centeno2017', 'kumar2017'],
      },
      {
        id: 'safety-meta-analysis',
        // Xie 2021: TEAE overall not different; treatment-related TEAE OR 3.05 (95% CI 1.11-8.40).
        text: 'A 2021 meta-analysis pooling two small trials found treatment-related side effects about 3 times as often with cells as with control injections, though side effects overall did not differ.',
        sourceIds: ['xie2021'],
      },
      {
        id: 'safety-fda-harms',
        text: 'FDA has received reports of blindness, tumour formation and infections after unapproved regenerative products.',
        sourceIds: ['fdaConsumer'],
      },
      {
        id: 'safety-contamination',
        // Hartnett 2021: 20 patients, 8 states, products given August 2017 to September 2018.
        text: 'Contaminated umbilical-cord-blood products sold as stem-cell treatments caused bacterial infections in 20 people in 8 US states, treated between August 2017 and September 2018.',
        sourceIds: ['hartnett2021', 'perkins2018'],
      },
      {
        id: 'safety-own-cells',
        text: "FDA's warning about unapproved products and the harms reported covers cells taken from your own body as well as donor cells.",
        sourceIds: ['fdaConsumer'],
      },
    ],
  },
  cost: {
    category: 'cost',
    title: 'What does it cost?',
    summary: {
      // Piuzzi 2018 abstract: mean $5,156 (n=65), published online July 2017.
      text: 'In a US survey published in 2017, 65 clinics quoted a mean of $5,156 for one stem-cell knee injection; back procedures were not surveyed.',
      sourceIds: ['piuzzi2018'],
    },
    certainty: {
      level: 'low',
      why: 'The published price surveys are of knee injections (national, 2017; Miami, 2019), not back injections.',
      sourceIds: ['piuzzi2018', 'alcerro2019'],
    },
    statements: [
      {
        id: 'cost-survey',
        // Piuzzi 2018 abstract: mean $5,156, SD $2,446, n=65 centres.
        text: 'When researchers posing as a patient contacted US clinics (survey published in 2017), 65 quoted a mean of $5,156 for one same-day knee injection.',
        sourceIds: ['piuzzi2018'],
      },
      {
        id: 'cost-miami',
        // Alcerro 2019 abstract: mean $3,100, range $1,200-$6,000; 42% of offices offering it gave a price.
        text: 'A 2019 survey of orthopaedic offices in Miami-Dade County found stem-cell knee injections quoted at $1,200 to $6,000 (mean $3,100); fewer than half of the offices offering them gave a price.',
        sourceIds: ['alcerro2019'],
      },
      {
        id: 'cost-court',
        // Ninth Circuit opinion, 2024: $8,900 per treatment, $41,500 for twelve, not covered by insurance.
        text: 'A 2024 US appeals-court ruling records that a California clinic network charged $8,900 for one fat-derived cell treatment and $41,500 for twelve, not covered by insurance.',
        sourceIds: ['ninthCircuit2024'],
      },
      {
        id: 'cost-insurance',
        text: 'A US insurer’s policy (Blue Cross and Blue Shield of Alabama, reviewed January 2024) lists mesenchymal stem-cell therapy as investigational for all orthopedic uses, which usually means it does not pay.',
        sourceIds: ['bcbsAlPolicy'],
      },
      {
        id: 'cost-claimed-efficacy',
        // Piuzzi 2018: claimed efficacy mean 82% (n=36). RESPINE: 74% vs 69%.
        text: 'In the 2017 knee survey, 36 clinics claimed on average that 82% of patients improved; in a sham-controlled back trial, similar shares improved with or without cells (74% vs 69%).',
        sourceIds: ['piuzzi2018', 'respine'],
      },
    ],
  },
  regulatory: {
    category: 'regulatory',
    title: 'Is it FDA-approved?',
    summary: {
      text: 'No stem-cell product is FDA-approved for back pain or disc disease. "FDA-registered" is a listing duty, not an approval.',
      sourceIds: ['fdaConsumer', 'cfr127110'],
    },
    certainty: {
      level: 'high',
      why: 'FDA states this directly, and the registration duty is written in US regulations.',
      sourceIds: ['fdaConsumer', 'cfr127110'],
    },
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
      {
        id: 'regulatory-svf-ruling',
        // Ninth Circuit 2024; certiorari denied 14 October 2025 (No. 24-1189).
        text: 'A US appeals court held in 2024 that fat-derived cells processed at a clinic (SVF) are a drug FDA regulates; in October 2025 the Supreme Court declined to review it, so the ruling stands.',
        sourceIds: ['ninthCircuit2024', 'scotusDenial2025'],
      },
    ],
  },
  research: {
    category: 'research',
    title: 'What does "backed by research" mean here?',
    summary: {
      text: 'Many cited studies have no control group; sham-controlled trials so far are mixed or negative, and larger ones by developers are under way.',
      sourceIds: ['pettine2016', 'respine', 'mesoblastConfirmatory'],
    },
    certainty: {
      level: 'low',
      why: 'Trials are small and of low to moderate quality, and those reporting benefit were run by the developers (see each study’s sponsor).',
      sourceIds: ['nassj2025', 'mesoblastPhase2', 'gornet2024'],
    },
    statements: [
      {
        id: 'research-uncontrolled',
        text: 'Many cited studies follow one treated group without a comparison, so natural recovery and placebo effects cannot be ruled out.',
        sourceIds: ['pettine2016', 'wolff2020', 'centeno2017'],
      },
      {
        id: 'research-quality',
        text: 'A 2025 systematic review rated the 13 clinical trials it found as low to moderate quality: modest, statistically significant improvements, but significant methodological weaknesses.',
        sourceIds: ['nassj2025'],
      },
      {
        id: 'research-terminated',
        // Ju 2022 abstract: "Several terminated, unreported randomized controlled trials".
        text: 'Several randomised trials of injections into the disc were stopped and never reported; one site’s data from four of them showed pain falling with saline as well as with the products.',
        sourceIds: ['ju2022'],
      },
      {
        id: 'research-ongoing',
        // NCT06325566 (mirror updated 2026-01-27): recruiting, 300, completion 2027-10-31.
        text: 'Mesoblast’s 300-person placebo-controlled trial of its donor-cell product (NCT06325566) was listed as recruiting at its January 2026 registry update, with completion estimated for October 2027.',
        sourceIds: ['mesoblastConfirmatory'],
      },
      {
        id: 'research-discgenics',
        // NCT07254806: 162, 2:1 IDCT vs sham needle to the annulus, start 2025-12-23.
        text: 'DiscGenics began a 162-person phase 3 trial in December 2025 (NCT07254806) comparing its disc-cell injection with a sham in which the needle stops at the disc’s outer wall.',
        sourceIds: ['discgenicsPhase3'],
      },
      {
        id: 'research-fda-approved-trial',
        text: 'An "FDA-approved trial" means FDA oversees the study, as it requires before any approval; it does not mean the product is approved.',
        sourceIds: ['fdaConsumer', 'gornet2024'],
      },
    ],
  },
  testimonial: {
    category: 'testimonial',
    title: 'What can patient stories tell you?',
    summary: {
      text: "Stories can't show what caused an improvement: in a 114-person trial, 69% given a sham improved, nearly as many as with cells (74%).",
      sourceIds: ['respine'],
    },
    certainty: {
      level: 'very low',
      why: 'A single account has no comparison group, and sham-controlled trials show many people improving without the active treatment.',
      sourceIds: ['respine', 'levi2025'],
    },
    statements: [
      {
        id: 'testimonial-placebo',
        // Levi 2025: 44% (of 45) vs 56% (of 18) at 12 months; 40% vs 39% at 6 months (registered primary).
        text: 'In a 63-person US trial, 44% of the 45 given marrow concentrate and 56% of the 18 given a sham had at least halved pain at 12 months; at the registered 6-month time point it was 40% and 39%.',
        sourceIds: ['levi2025', 'leviRegistry'],
      },
      {
        id: 'testimonial-saline',
        // Ju 2022 abstract: VAS fell significantly in both groups up to 12 months.
        text: 'People given saline in disc-injection trials also reported significantly less pain, up to a year later.',
        sourceIds: ['ju2022'],
      },
      {
        id: 'testimonial-isscr',
        text: 'ISSCR guidelines say cells that are substantially manipulated, or used for a different function, must be proven safe and effective before being marketed to patients.',
        sourceIds: ['isscr'],
      },
    ],
  },
  'alternative-to-surgery': {
    category: 'alternative-to-surgery',
    title: 'Is it a way to avoid surgery?',
    summary: {
      text: '"Avoided surgery" figures come from studies without a control group; UK guidance does not offer spinal fusion for back pain outside trials.',
      sourceIds: ['pettine2016', 'niceNg59'],
    },
    certainty: {
      level: 'very low',
      why: 'The surgery-avoidance figures come from an uncontrolled series of 26 people; the controlled trials compared cells with a sham, not with surgery.',
      sourceIds: ['pettine2016', 'respine', 'levi2025'],
    },
    statements: [
      {
        id: 'surgery-pettine',
        // Pettine 2016: 24/26 (92%) at 12 months, 21/26 (81%) at 2 years; no control group.
        text: 'One often-cited series reported that 81% of 26 surgical candidates had not had surgery 2 years after a marrow injection, but it had no comparison group.',
        sourceIds: ['pettine2016'],
      },
      {
        id: 'surgery-guidelines',
        text: 'NICE advises against spinal fusion for low back pain except within a randomised controlled trial.',
        sourceIds: ['niceNg59'],
      },
      {
        id: 'surgery-first-line',
        text: 'A 2017 US guideline, now past its publisher’s five-year validity, recommended starting chronic low back pain care with exercise and other non-drug treatments.',
        sourceIds: ['acp2017'],
      },
    ],
  },
};
