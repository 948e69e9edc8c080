/**
 * Key studies, controlled trials first. `responders` is filled only where the source publishes
 * responder shares for both arms and we read them (see "checked:" notes in sources.ts).
 * Left out of the chart: Mesoblast phase 2 responder shares (only in company/trade-press reports,
 * which disagree with each other) and the Mesoblast phase 3 registry results (figures not captured).
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
    sponsor: 'Academic investigators',
    result:
      'No significant difference in the share with at least 50% pain relief at 3, 6 or 12 months, nor in function (ODI) responders.',
    outcome: 'no difference from control',
    year: 2025,
    sourceIds: ['levi2025', 'leviRegistry'],
    // checked: search, abstract (45 BMC, 18 sham; 40/33, 40/39, 44/56).
    responders: {
      treatment: { pct: 44, n: 45, label: 'Marrow concentrate' },
      control: { pct: 56, n: 18, label: 'Sham' },
      definition: 'Pain at least halved (0-10 scale) from baseline',
      timepoint: '12 months',
      isSignificant: false,
    },
    moreResponders: [
      {
        treatment: { pct: 40, n: 45, label: 'Marrow concentrate' },
        control: { pct: 33, n: 18, label: 'Sham' },
        definition: 'Pain at least halved (0-10 scale) from baseline',
        timepoint: '3 months',
        isSignificant: false,
      },
      {
        treatment: { pct: 40, n: 45, label: 'Marrow concentrate' },
        control: { pct: 39, n: 18, label: 'Sham' },
        definition: 'Pain at least halved (0-10 scale) from baseline',
        timepoint: '6 months',
        isSignificant: false,
      },
    ],
  },
  {
    id: 'study-dream',
    name: 'DREAM (preliminary report)',
    design: 'randomised sham/placebo-controlled trial',
    n: 52,
    population: 'Adults with moderate-to-advanced degeneration at several lumbar discs',
    product: "The patient's own cultured bone-marrow stromal cells injected into the discs",
    comparator: 'Sham',
    sponsor: 'Not captured',
    result:
      'As summarised by a critical-appraisal service: disc height improved on MRI, but pain, disability and quality of life were no better than with sham at 6 months.',
    outcome: 'no difference from control',
    year: 2025,
    sourceIds: ['dream'],
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
      'The authors report more improvement in pain and function with cells than with the control injections over 36 months; the higher dose did no better than the lower one.',
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
    product: 'About 25 million donor bone-marrow stromal cells per disc',
    comparator: 'Control injection',
    sponsor: 'Academic investigators',
    result:
      'A very small trial pooled with the Mesoblast phase 2 trial in a 2021 meta-analysis; its own outcomes were not re-checked for this pack.',
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
      'At 52 weeks, pain in the high-dose group was 62.8% lower than at baseline; this is a change from baseline, and a clear comparison against placebo was not given in the abstract.',
    outcome: 'mixed or unclear',
    year: 2024,
    sourceIds: ['gornet2024'],
  },
  {
    id: 'study-ju',
    name: 'Pooled single-site data from 4 stopped industry trials (Ju et al.)',
    design: 'post hoc pooled trial data',
    n: 50,
    population: 'Adults with symptomatic lumbar disc disease at one US site',
    product: 'Growth factor, fibrin sealant or stem cells injected into the disc',
    comparator: 'Saline injection (12 people)',
    sponsor: 'Academic re-analysis of industry trials',
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
    sponsor: 'Clinic network that offers the procedure',
    result:
      'Pain scores were lower than baseline at several but not all time points up to 6 years; no serious adverse events were recorded.',
    outcome: 'no control group',
    year: 2017,
    sourceIds: ['centeno2017'],
  },
];
