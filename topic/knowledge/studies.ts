/**
 * Key studies, controlled trials first. `responders` is filled only where the source publishes
 * responder shares for both arms and we read them (see "checked:" notes in sources.ts); the
 * headline is the trial's registered primary time point where it has one.
 * Left out of the chart (chart-notes.ts says so under it): Mesoblast phase 2 responder shares
 * (only in company/trade-press reports, which disagree with each other), the Mesoblast phase 3
 * registry results (Bayesian estimates, figures not captured) and DiscGenics (change from baseline).
 */
import type { Study } from './types';

/** Studies shown in the popup's "key studies" list. */
export const studies: readonly Study[] = [
  {
    id: 'study-respine',
    name: 'RESPINE (EU-funded)',
    design: 'randomised sham/placebo-controlled trial',
    n: 114,
    population: 'Adults with chronic low back pain and a degenerated lumbar disc, 2018-2022',
    product: 'One injection of 20 million donor bone-marrow stromal cells into the disc',
    comparator: 'Sham procedure',
    sponsor: 'Academic consortium funded by the EU',
    result:
      'Responder shares at 12 months did not differ (74% vs 69%, p=0.77); no secondary outcome differed; no serious adverse events linked to the procedure.',
    outcome: 'no difference from control',
    year: 2024,
    sourceIds: ['respine'],
    // checked: search, PubMed abstract (58 vs 56 randomised; 74% vs 69%).
    responders: {
      treatment: { pct: 74, n: 58, label: 'Donor cells' },
      control: { pct: 69, n: 56, label: 'Sham' },
      definition:
        'Pain down at least 20% and 20 mm on a 100 mm scale, or disability (ODI) down 20%',
      timepoint: '12 months',
      isSignificant: false,
      isPrimary: true,
    },
  },
  {
    id: 'study-levi',
    name: 'Bone-marrow concentrate vs sham (Levi et al.)',
    design: 'randomised sham/placebo-controlled trial',
    n: 63,
    population: 'Adults with presumed disc-related chronic low back pain (US)',
    product: "One injection of the patient's own bone-marrow concentrate into the disc",
    comparator: 'Sham: saline injected into muscle beside the spine, not into the disc',
    // Author affiliations per the 2026-12 content audit (Virginia Beach; Stanford); funding not read.
    sponsor:
      'Clinician investigators in Virginia and at Stanford (funding not stated in the abstract)',
    result:
      'No significant difference in the share with at least 50% pain relief at 6 months, the registered primary time point (40% vs 39%), nor at 3 or 12 months, nor in function (ODI) responders.',
    outcome: 'no difference from control',
    year: 2025,
    sourceIds: ['levi2025', 'leviRegistry'],
    // checked: search, abstract (45 BMC, 18 sham; 40/33, 40/39, 44/56) and registry (primary = 6 months).
    responders: {
      treatment: { pct: 40, n: 45, label: 'Marrow concentrate' },
      control: { pct: 39, n: 18, label: 'Sham' },
      definition: 'Pain at least halved (0-10 scale) from baseline',
      timepoint: '6 months',
      isSignificant: false,
      isPrimary: true,
    },
    moreResponders: [
      {
        treatment: { pct: 44, n: 45, label: 'Marrow concentrate' },
        control: { pct: 56, n: 18, label: 'Sham' },
        definition: 'Pain at least halved (0-10 scale) from baseline',
        timepoint: '12 months',
        isSignificant: false,
        isCharted: true,
      },
      {
        treatment: { pct: 40, n: 45, label: 'Marrow concentrate' },
        control: { pct: 33, n: 18, label: 'Sham' },
        definition: 'Pain at least halved (0-10 scale) from baseline',
        timepoint: '3 months',
        isSignificant: false,
      },
    ],
  },
  {
    id: 'study-dream',
    name: 'DREAM (preliminary report)',
    design: 'randomised sham/placebo-controlled trial',
    n: 52,
    population: 'Adults with moderate-to-advanced degeneration at up to three lumbar discs (Italy)',
    product: "The patient's own cultured bone-marrow stromal cells injected into the discs",
    comparator: 'Sham procedure',
    sponsor: 'Campus Bio-Medico University of Rome (academic)',
    result:
      'Disc height rose on MRI after cell injection, but pain, disability and quality of life improved about as much with sham at 6 months (the sham group slightly more on disability); 46 of 52 completed 6 months.',
    outcome: 'no difference from control',
    year: 2025,
    sourceIds: ['dream', 'dreamRegistry'],
  },
  {
    id: 'study-mesoblast-phase2',
    name: 'Mesoblast phase 2 (rexlemestrocel-L)',
    design: 'randomised sham/placebo-controlled trial',
    n: 100,
    population:
      'Adults with chronic low back pain and moderate disc degeneration at one level, 13 sites',
    product:
      'Donor mesenchymal precursor cells (6 or 18 million) with hyaluronic acid, into the disc',
    comparator: 'Hyaluronic acid alone or saline (20 people each)',
    sponsor: 'Mesoblast (developer)',
    result:
      'The authors report more improvement in pain and function with cells than with the control injections over 36 months; each control group had 20 people.',
    outcome: 'favours treatment',
    year: 2021,
    sourceIds: ['mesoblastPhase2'],
  },
  {
    id: 'study-mesoblast-phase3',
    name: 'Mesoblast phase 3 (MSB-DR003)',
    design: 'randomised sham/placebo-controlled trial',
    n: 404,
    population:
      'Adults with chronic low back pain and moderate disc degeneration (US and Australia)',
    product: '6 million donor mesenchymal precursor cells, with or without hyaluronic acid',
    comparator: 'Saline',
    sponsor: 'Mesoblast (developer)',
    result:
      'The primary endpoint combined pain, function and no further treatment at both 12 and 24 months; results are posted on ClinicalTrials.gov. The company has highlighted pain results with cells plus hyaluronic acid and in subgroups; we could not confirm the exact primary-endpoint figures.',
    outcome: 'mixed or unclear',
    year: 2022,
    sourceIds: ['mesoblastPhase3'],
  },
  {
    id: 'study-noriega',
    name: 'Noriega et al. (allogeneic marrow cells)',
    design: 'randomised controlled trial',
    n: 24,
    population: 'Adults with chronic low back pain from disc degeneration (Spain)',
    // checked: registry, "25 millions in 2 ml" into the disc.
    product: '25 million donor bone-marrow stromal cells in 2 mL, into the disc',
    comparator: 'Local anaesthetic (1% mepivacaine) injected into the back muscles',
    sponsor:
      'Red de Terapia Celular (a Spanish cell-therapy research network), with Citospin, a University of Valladolid spin-off company, and the University of Valladolid as collaborators',
    result:
      'A very small trial; its outcomes are not summarised here. A 2021 meta-analysis pooled it with the Mesoblast phase 2 trial.',
    outcome: 'mixed or unclear',
    year: 2017,
    sourceIds: ['noriegaRegistry', 'xie2021'],
  },
  {
    id: 'study-discgenics',
    name: 'DiscGenics IDCT phase 1/2 (rebonuputemcel)',
    design: 'randomised sham/placebo-controlled trial',
    n: 60,
    population: 'Adults (mean age 38) with symptomatic degeneration of one lumbar disc, 13 sites',
    product: 'Donor disc-derived progenitor cells, low or high dose, into the disc',
    comparator: 'Vehicle alone (10) or saline (10)',
    sponsor: 'DiscGenics (developer)',
    result:
      'At 52 weeks, pain in the high-dose group was 62.8% lower than at baseline (P=0.0005), meeting the trial’s endpoint of more than 30% improvement; that is a change from baseline, not a comparison with the control groups. A 162-person sham-controlled phase 3 trial began in December 2025.',
    outcome: 'mixed or unclear',
    year: 2024,
    sourceIds: ['gornet2024', 'discgenicsPhase3'],
  },
  {
    id: 'study-ju',
    name: 'Pooled single-site data from 4 stopped, unreported trials (Ju et al.)',
    design: 'post hoc pooled trial data',
    n: 50,
    population: 'Adults with symptomatic lumbar disc disease at one US site',
    product: 'Growth factor, fibrin sealant or stem cells injected into the disc',
    comparator: 'Saline injection (12 people)',
    sponsor: 'Academic re-analysis (the abstract does not say who ran the trials)',
    result: 'Pain fell significantly in both the biologic and the saline groups.',
    outcome: 'no difference from control',
    year: 2022,
    sourceIds: ['ju2022'],
  },
  {
    id: 'study-pettine',
    name: 'Pettine et al. (bone-marrow concentrate)',
    design: 'uncontrolled case series',
    n: 26,
    population: 'Surgical candidates with disc-related low back pain',
    product: "The patient's own bone-marrow concentrate, into one or two discs",
    sponsor: 'Clinic-based investigators',
    result:
      'Pain and disability scores fell from baseline, and 21 of 26 had not had surgery at 2 years; without a control group, these changes cannot be credited to the injection.',
    outcome: 'no control group',
    year: 2016,
    sourceIds: ['pettine2016'],
  },
  {
    id: 'study-centeno',
    name: 'Centeno et al. (cultured marrow cells, registry)',
    design: 'registry',
    n: 33,
    population: 'People with disc degeneration and leg symptoms treated at a clinic network',
    product: "The patient's own cultured bone-marrow stromal cells, into the disc",
    sponsor: 'Clinic-based investigators (their disclosures were not checked for this pack)',
    result:
      'Pain scores were lower than baseline at several but not all time points up to 6 years; no serious adverse events were recorded.',
    outcome: 'no control group',
    year: 2017,
    sourceIds: ['centeno2017'],
  },
];
