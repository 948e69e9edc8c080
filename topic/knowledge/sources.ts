/**
 * Source table keyed by id. Statements elsewhere reference these ids.
 * Each entry notes how it was checked ("checked:"): "search" means the abstract, registry record
 * or regulator text was read through the search tool on the review date; "reference [V]" means
 * the team's reference file marked it verified in the primary source.
 */
import type { Source } from './types';

/** Every source the pack cites, by id. */
export const sources: Readonly<Record<string, Source>> = {
  // checked: search (PubMed abstract mirror): 114 randomised 58/56, 74% vs 69%, p=0.77, no related SAEs.
  respine: {
    id: 'respine',
    title:
      'Allogenic bone marrow-derived mesenchymal stromal cell-based therapy for patients with chronic low back pain: a prospective, multicentre, randomised placebo controlled trial (RESPINE study)',
    publisher: 'Annals of the Rheumatic Diseases',
    year: 2024,
    url: 'https://pubmed.ncbi.nlm.nih.gov/39393844/',
    kind: 'study',
  },
  // checked: search (abstract, PMID 40704141): 63 patients 45/18; >=50% NRS relief 40/33, 40/39, 44/56%.
  levi2025: {
    id: 'levi2025',
    title:
      'Bone marrow concentrate intradiscal injection for chronic discogenic low back pain: a double-blind randomized sham-controlled trial',
    publisher: 'Interventional Pain Medicine',
    year: 2025,
    url: 'https://doi.org/10.1016/j.inpm.2025.100611',
    kind: 'study',
  },
  // checked: search (registry summary): sham = intramuscular saline beside the spine, not in the disc.
  leviRegistry: {
    id: 'leviRegistry',
    title:
      'Bone Marrow Concentrate Intradiscal Injection for Chronic Discogenic Low Back Pain (NCT03340818)',
    publisher: 'ClinicalTrials.gov',
    year: 2024,
    url: 'https://clinicaltrials.gov/study/NCT03340818',
    kind: 'registry',
  },
  // checked: search, but only a critical-appraisal summary (OrthoEvidence) of the paper; the
  // journal text itself was not read. Title and citation (JOR Spine 2025;8(2):e70086) as reproduced
  // there; the DOI follows the journal's article-number pattern. Secondary.
  dream: {
    id: 'dream',
    title:
      'Intradiscal mesenchymal stromal cell therapy for the treatment of low back pain due to moderate-to-advanced multilevel disc degeneration: a preliminary report of a double-blind, phase IIB randomized clinical trial (DREAM study)',
    publisher: 'JOR Spine',
    year: 2025,
    url: 'https://doi.org/10.1002/jsp2.70086',
    kind: 'secondary',
  },
  // checked: search (abstract): 100 patients, 13 sites, 3:3:2:2 to 6M or 18M MPC+HA, HA, saline; 36 months.
  mesoblastPhase2: {
    id: 'mesoblastPhase2',
    title:
      'Allogeneic mesenchymal precursor cells treatment for chronic low back pain associated with degenerative disc disease: a prospective randomized, placebo-controlled 36-month study of safety and efficacy',
    publisher: 'The Spine Journal',
    year: 2021,
    url: 'https://doi.org/10.1016/j.spinee.2020.10.004',
    kind: 'study',
  },
  // checked: search (registry results view): 404 enrolled, started 143/129/132, composite primary
  // endpoint at 12 and 24 months; results posted as Bayesian estimates (figures not captured).
  mesoblastPhase3: {
    id: 'mesoblastPhase3',
    title:
      'Placebo-controlled study to evaluate rexlemestrocel-L alone or combined with hyaluronic acid in participants with chronic low back pain (MSB-DR003, NCT02412735)',
    publisher: 'ClinicalTrials.gov',
    year: 2022,
    url: 'https://clinicaltrials.gov/study/NCT02412735',
    kind: 'registry',
  },
  // checked: search (registry copy): 300 participants, 12-month pain primary, LBP 6-60 months,
  // start 2024-07-03, estimated completion 2027-10-31, recruiting.
  mesoblastConfirmatory: {
    id: 'mesoblastConfirmatory',
    title:
      'Efficacy and safety of rexlemestrocel-L combined with HA in participants with moderate to severe chronic low back pain (NCT06325566)',
    publisher: 'ClinicalTrials.gov',
    year: 2024,
    url: 'https://clinicaltrials.gov/study/NCT06325566',
    kind: 'registry',
  },
  // checked: reference [V] (registry) plus search (a review table lists Noriega: RCT, n=24,
  // 25 million allogeneic BM cells per disc). Outcomes not re-checked.
  noriegaRegistry: {
    id: 'noriegaRegistry',
    title: 'Allogeneic mesenchymal stromal cells for degenerative disc disease (NCT01860417)',
    publisher: 'ClinicalTrials.gov',
    year: 2017,
    url: 'https://clinicaltrials.gov/study/NCT01860417',
    kind: 'registry',
  },
  // checked: search (abstract): 60 patients, 13 sites, 20/20/10/10; high dose -62.8% VAS at 52 weeks
  // from baseline (p=0.0005); "FDA-approved" in the title refers to the trial.
  gornet2024: {
    id: 'gornet2024',
    title:
      'Allogeneic disc progenitor cells safely increase disc volume and improve pain, disability, and quality of life in patients with lumbar disc degeneration: results of an FDA-approved biologic therapy randomized clinical trial',
    publisher: 'International Journal of Spine Surgery',
    year: 2024,
    url: 'https://doi.org/10.14444/8609',
    kind: 'study',
  },
  // checked: search (PubMed abstract, PMID 33047622): 38 biologic vs 12 saline; VAS fell in both groups.
  ju2022: {
    id: 'ju2022',
    title:
      'Is there clinical improvement associated with intradiscal therapies? A comparison across randomized controlled studies',
    publisher: 'Global Spine Journal',
    year: 2022,
    url: 'https://doi.org/10.1177/2192568220963058',
    kind: 'study',
  },
  // checked: search (abstract): SMD VAS -0.50, ODI -0.27; treatment-related TEAE OR 3.05 (1.11-8.40).
  xie2021: {
    id: 'xie2021',
    title:
      'Clinical efficacy and safety of human mesenchymal stem cell therapy for degenerative disc disease: a systematic review and meta-analysis of randomized controlled trials',
    publisher: 'Stem Cells International',
    year: 2021,
    url: 'https://doi.org/10.1155/2021/9149315',
    kind: 'review',
  },
  // checked: search (abstract): 9 studies, 245 patients, Newcastle-Ottawa cohort scale.
  zhang2023: {
    id: 'zhang2023',
    title:
      'Mesenchymal stem cells can improve discogenic pain in patients with intervertebral disc degeneration: a systematic review and meta-analysis',
    publisher: 'Frontiers in Bioengineering and Biotechnology',
    year: 2023,
    url: 'https://doi.org/10.3389/fbioe.2023.1155357',
    kind: 'review',
  },
  // checked: search (abstract): 11 clinical studies (1 RCT) + 10 abstracts; "no evidence to support its use in humans".
  soufi2023: {
    id: 'soufi2023',
    title:
      'Potential role for stem cell regenerative therapy as a treatment for degenerative disc disease and low back pain: a systematic review',
    publisher: 'International Journal of Molecular Sciences',
    year: 2023,
    url: 'https://doi.org/10.3390/ijms24108893',
    kind: 'review',
  },
  // checked: search (abstract): 13 low- to moderate-quality trials, modest gains, no compelling imaging
  // proof of repair, hostile avascular disc, preclinical models look better, methodological weaknesses.
  nassj2025: {
    id: 'nassj2025',
    title:
      'Stem cell therapy for degenerative disc disease: a systematic review of preclinical evidence, clinical translation, and future directions',
    publisher: 'North American Spine Society Journal',
    year: 2025,
    url: 'https://doi.org/10.1016/j.xnsj.2025.100841',
    kind: 'review',
  },
  // checked: search (abstract): 26 patients, no control group; 92% avoided surgery at 12 months, 81% at 2 years.
  pettine2016: {
    id: 'pettine2016',
    title:
      'Treatment of discogenic back pain with autologous bone marrow concentrate injection with minimum two year follow-up',
    publisher: 'International Orthopaedics',
    year: 2016,
    url: 'https://doi.org/10.1007/s00264-015-2886-4',
    kind: 'study',
  },
  // checked: search (abstract): registry, 33 patients, 3 had procedure pain that resolved, no serious AEs.
  centeno2017: {
    id: 'centeno2017',
    title:
      'Treatment of lumbar degenerative disc disease-associated radicular pain with culture-expanded autologous mesenchymal stem cells: a pilot study on safety and efficacy',
    publisher: 'Journal of Translational Medicine',
    year: 2017,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5610473/',
    kind: 'study',
  },
  // checked: search (abstract): 33 patients, retrospective; >=50% NRS improvement 13.8-45.8% across visits.
  wolff2020: {
    id: 'wolff2020',
    title:
      'Injections of concentrated bone marrow aspirate as treatment for discogenic pain: a retrospective analysis',
    publisher: 'BMC Musculoskeletal Disorders',
    year: 2020,
    url: 'https://doi.org/10.1186/s12891-020-3126-7',
    kind: 'study',
  },
  // checked: search (abstract): mean $5,156, SD $2,446, n=65 centres; claimed efficacy mean 82% (n=36).
  piuzzi2018: {
    id: 'piuzzi2018',
    title: 'The stem-cell market for the treatment of knee osteoarthritis: a patient perspective',
    publisher: 'Journal of Knee Surgery',
    year: 2018,
    url: 'https://doi.org/10.1055/s-0037-1604443',
    kind: 'study',
  },
  // checked: search (policy text, 2015 revision): MSC therapy investigational for all orthopedic uses.
  premeraPolicy: {
    id: 'premeraPolicy',
    title:
      'Orthopedic applications of stem-cell therapy (including allograft and bone substitute products used with autologous bone marrow), medical policy 8.01.52',
    publisher: 'Premera Blue Cross',
    year: 2015,
    url: 'https://www.premera.com/medicalpolicies/cmi_127488.htm',
    kind: 'payer',
  },
  // checked: search (policy text, reviewed January 2024): same wording, investigational.
  bcbsAlPolicy: {
    id: 'bcbsAlPolicy',
    title:
      'Orthopedic applications of stem cell therapy (including allograft and bone substitutes used with autologous bone marrow), policy MP-430',
    publisher: 'Blue Cross and Blue Shield of Alabama',
    year: 2024,
    url: 'https://al-policies.exploremyplan.com/portal/web/medical-policies/-/mp-430',
    kind: 'payer',
  },
  // checked: search (CDC summary record): 12 patients in Texas, Florida, Arizona; products from Genetech/Liveyon.
  perkins2018: {
    id: 'perkins2018',
    title:
      'Infections after receipt of bacterially contaminated umbilical cord blood-derived stem cell products for other than hematopoietic or immunologic reconstitution - United States, 2018',
    publisher: 'CDC, Morbidity and Mortality Weekly Report',
    year: 2018,
    url: 'https://www.cdc.gov/mmwr/volumes/67/wr/mm6750a5.htm',
    kind: 'regulator',
  },
  // checked: search (key points, PMID 34618037): 20 patients in 8 states; widespread contamination.
  hartnett2021: {
    id: 'hartnett2021',
    title:
      'Investigation of bacterial infections among patients treated with umbilical cord blood-derived products marketed as stem cell therapies',
    publisher: 'JAMA Network Open',
    year: 2021,
    url: 'https://doi.org/10.1001/jamanetworkopen.2021.28615',
    kind: 'study',
  },
  // checked: search (PMC abstract): 74-year-old, intrathecal cells in Moscow, glial/lymphocytic mass;
  // the authors note other reports of central nervous system neoplasms after such treatment.
  stemCellTourismCase: {
    id: 'stemCellTourismCase',
    title:
      'Case report of cauda equina glial and lymphocytic proliferation after intrathecal stem cell therapy abroad',
    publisher: 'PubMed Central (case report)',
    year: 2020,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7140295/',
    kind: 'study',
  },
  // checked: search (Spine meeting abstract page): progression p=0.03, new herniations p=0.0003, puncture side.
  carragee2009: {
    id: 'carragee2009',
    title:
      'Does discography cause accelerated progression of degeneration changes in the lumbar disc: a ten-year cohort-controlled study',
    publisher: 'Spine (meeting abstracts)',
    year: 2009,
    url: 'https://journals.lww.com/spinejournalabstracts/Fulltext/2009/11001/DOES_DISCOGRAPHY_CAUSE_ACCELERATED_PROGRESSION_OF.22.aspx',
    kind: 'study',
  },
  // checked: search (abstract): symptomatic LBP, 77 punctured discs vs 260 controls, >7 years.
  mccormick2019: {
    id: 'mccormick2019',
    title:
      'Low-pressure lumbar provocation discography according to Spine Intervention Society/IASP standards does not cause acceleration of disc degeneration in patients with symptomatic low back pain: a 7-year matched cohort study',
    publisher: 'Spine',
    year: 2019,
    url: 'https://doi.org/10.1097/BRS.0000000000003085',
    kind: 'study',
  },
  // checked: search (FDA page, 3 June 2021): unapproved product list, harms reported, "likely being
  // deceived", clinics cite ClinicalTrials.gov or FDA registration; orthopedic list incl. disc disease, back pain.
  fdaConsumer: {
    id: 'fdaConsumer',
    title: 'Important patient and consumer information about regenerative medicine therapies',
    publisher: 'U.S. Food and Drug Administration',
    year: 2021,
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
    kind: 'regulator',
  },
  // checked: search (regulation text): 361 criteria (a)(1)-(4); register and list with FDA (b).
  cfr127110: {
    id: 'cfr127110',
    title:
      "21 CFR 1271.10: Are my HCT/P's regulated solely under section 361 of the PHS Act and the regulations in this part, and if so what must I do?",
    publisher: 'Electronic Code of Federal Regulations',
    year: 2026,
    url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271/subpart-A/section-1271.10',
    kind: 'regulator',
  },
  // checked: search (guidance summary): RMAT designation under section 506(g), expedited development and review.
  fdaRmat: {
    id: 'fdaRmat',
    title:
      'Expedited programs for regenerative medicine therapies for serious conditions (guidance)',
    publisher: 'U.S. Food and Drug Administration',
    year: 2019,
    url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/expedited-programs-regenerative-medicine-therapies-serious-conditions',
    kind: 'regulator',
  },
  // checked: search (several reports quoting FDA's December 2024 release): Ryoncil is the first
  // FDA-approved MSC product, for paediatric steroid-refractory acute GVHD only. We cite FDA's list
  // of approved cell and gene therapy products, where licensed products are listed with indications.
  fdaApprovedProducts: {
    id: 'fdaApprovedProducts',
    title: 'Approved cellular and gene therapy products',
    publisher: 'U.S. Food and Drug Administration',
    year: 2024,
    url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/approved-cellular-and-gene-therapy-products',
    kind: 'regulator',
  },
  // checked: search: the sentence "Listing a study does not mean it has been evaluated by the U.S.
  // Federal Government" was read on a ClinicalTrials.gov study page; NLM's FAQ says the same.
  ctgovDisclaimer: {
    id: 'ctgovDisclaimer',
    title: 'ClinicalTrials.gov disclaimer',
    publisher: 'U.S. National Library of Medicine',
    year: 2024,
    url: 'https://clinicaltrials.gov/about-site/disclaimer',
    kind: 'regulator',
  },
  // checked: search (EUR-Lex consolidated text; Article 28 hospital exemption as summarised by
  // EuropaBio and a 2017 review): ATMP rules; non-routine hospital use under national rules.
  euAtmp: {
    id: 'euAtmp',
    title: 'Regulation (EC) No 1394/2007 on advanced therapy medicinal products',
    publisher: 'European Parliament and Council (EUR-Lex)',
    year: 2007,
    url: 'https://eur-lex.europa.eu/eli/reg/2007/1394/oj',
    kind: 'regulator',
  },
  // checked: search (ISSCR patient site): few proven uses (mainly blood stem cell transplants);
  // others experimental; physical and financial risk even with one's own cells.
  isscr: {
    id: 'isscr',
    title: 'Truth about stem cell "treatments"',
    publisher: 'International Society for Stem Cell Research (A Closer Look at Stem Cells)',
    year: 2024,
    url: 'https://www.closerlookatstemcells.org/patient-resources/truth-about-stem-cell-treatments/',
    kind: 'organisation',
  },
  // checked: search (guideline abstract): chronic LBP - non-drug care first; NSAIDs then tramadol or
  // duloxetine; opioids last.
  acp2017: {
    id: 'acp2017',
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    publisher: 'Annals of Internal Medicine',
    year: 2017,
    url: 'https://doi.org/10.7326/M16-2367',
    kind: 'guideline',
  },
  // checked: search (recommendations page, published 2016, updated 2020) + reference [V] for the
  // injection and fusion recommendations.
  niceNg59: {
    id: 'niceNg59',
    title:
      'Low back pain and sciatica in over 16s: assessment and management (NG59), recommendations',
    publisher: 'National Institute for Health and Care Excellence',
    year: 2020,
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
    kind: 'guideline',
  },
  // checked: search (abstract): disc degeneration in 37% of asymptomatic 20-year-olds, 96% at 80.
  brinjikji2015: {
    id: 'brinjikji2015',
    title:
      'Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    publisher: 'American Journal of Neuroradiology',
    year: 2015,
    url: 'https://doi.org/10.3174/ajnr.A4173',
    kind: 'review',
  },
  // checked: search (abstract): single-arm phase I, 10 patients, 2 doses; no dose difference.
  kumar2017: {
    id: 'kumar2017',
    title:
      'Safety and tolerability of intradiscal implantation of combined autologous adipose-derived mesenchymal stem cells and hyaluronic acid in patients with chronic discogenic low back pain: 1-year follow-up of a phase I study',
    publisher: 'Stem Cell Research & Therapy',
    year: 2017,
    url: 'https://doi.org/10.1186/s13287-017-0710-3',
    kind: 'study',
  },
};
