/**
 * Source table keyed by id. Statements elsewhere cite these ids.
 * Each entry says how it was checked ("checked:") and carries the date (`checkedOn`). "search"
 * means the abstract, registry record, regulator page or court record was read through the
 * project's search tool on that date (stored copies: abstract mirrors, registry mirrors); "audit"
 * means the 2026-12 content audit (../shared/reference/content-audit-2026-12.md) read it then.
 * A URL is given only where it was confirmed to exist; the allowed hosts and kinds are in
 * validate.ts (`SOURCE_RULES`).
 */
import type { Source } from './types';

/** The date of the 2026-12 review. */
const DEC_2026 = '2026-12-05';

/** Every source the pack cites, by id. */
export const sources: Readonly<Record<string, Source>> = {
  // checked: search (PubMed abstract, PMID 39393844): 114 randomised 58/56; responders 74% vs 69%
  // at 12 months, p=0.77; no secondary outcome differed; no SAE related to the intervention.
  respine: {
    id: 'respine',
    title:
      'Allogenic bone marrow-derived mesenchymal stromal cell-based therapy for patients with chronic low back pain: a prospective, multicentre, randomised placebo controlled trial (RESPINE study)',
    publisher: 'Annals of the Rheumatic Diseases',
    year: 2024,
    url: 'https://pubmed.ncbi.nlm.nih.gov/39393844/',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract, doi 10.1016/j.inpm.2025.100611): 63 patients, 45 BMC / 18 sham;
  // >=50% NRS relief 40/33 (3 mo), 40/39 (6 mo), 44/56 (12 mo); ODI >=30% responders no different.
  levi2025: {
    id: 'levi2025',
    title:
      'Bone marrow concentrate intradiscal injection for chronic discogenic low back pain: a double-blind randomized sham-controlled trial',
    publisher: 'Interventional Pain Medicine',
    year: 2025,
    url: 'https://doi.org/10.1016/j.inpm.2025.100611',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (registry text, two mirrors of NCT03340818): the registered primary outcome is
  // the share with >=50% pain relief at 6 months; 3 and 12 months are secondary; sham = intramuscular
  // saline beside the spine, not in the disc.
  leviRegistry: {
    id: 'leviRegistry',
    title:
      'Bone Marrow Concentrate Intradiscal Injection for Chronic Discogenic Low Back Pain (NCT03340818)',
    publisher: 'ClinicalTrials.gov',
    year: 2024,
    url: 'https://clinicaltrials.gov/study/NCT03340818',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract in the university repository and a mirror listing the DOI): 52
  // enrolled, 46 completed 6 months (21 cells, 25 sham); disc height index up; VAS, ODI and SF-36
  // improved similarly, the sham group slightly more on ODI and SF-36 physical score.
  dream: {
    id: 'dream',
    title:
      'Intradiscal mesenchymal stromal cell therapy for the treatment of low back pain due to moderate-to-advanced multilevel disc degeneration: a preliminary report of a double-blind, phase IIB randomized clinical trial (DREAM study)',
    publisher: 'JOR Spine',
    year: 2025,
    url: 'https://doi.org/10.1002/jsp2.70086',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (registry mirrors of NCT05066334): lead sponsor Campus Bio-Medico University
  // (Rome); single-centre phase IIB, autologous BM-MSC vs sham.
  dreamRegistry: {
    id: 'dreamRegistry',
    title:
      'Efficacy of Intradiscal Injection of Autologous BM-MSC in Subjects With Chronic LBP Due to Multilevel Lumbar IDD (DREAM, NCT05066334)',
    publisher: 'ClinicalTrials.gov',
    year: 2021,
    url: 'https://clinicaltrials.gov/study/NCT05066334',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 100 patients, 13 sites (12 US, 1 Australia), 3:3:2:2 to 6M or 18M
  // MPC+HA, HA, saline; 36 months; the authors conclude the injection could be safe and effective.
  mesoblastPhase2: {
    id: 'mesoblastPhase2',
    title:
      'Allogeneic mesenchymal precursor cells treatment for chronic low back pain associated with degenerative disc disease: a prospective randomized, placebo-controlled 36-month study of safety and efficacy',
    publisher: 'The Spine Journal',
    year: 2021,
    url: 'https://doi.org/10.1016/j.spinee.2020.10.004',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (registry results view, mirror last updated 2022-10-19): 404 enrolled, started
  // 143/129/132; composite primary endpoint at both 12 and 24 months; results posted as Bayesian
  // estimates (figures not captured).
  mesoblastPhase3: {
    id: 'mesoblastPhase3',
    title:
      'Placebo-controlled study to evaluate rexlemestrocel-L alone or combined with hyaluronic acid in participants with chronic low back pain (MSB-DR003, NCT02412735)',
    publisher: 'ClinicalTrials.gov',
    year: 2022,
    url: 'https://clinicaltrials.gov/study/NCT02412735',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (registry mirror last updated 2026-01-27): status RECRUITING, 300 participants,
  // 12-month pain primary outcome, LBP 6-60 months, start 2024-07-03, completion 2027-10-31.
  // The developer's January 2026 account of an FDA meeting and of enrolment is not cited: it was
  // found only in syndicated copies of a press release (see topic/knowledge/README.md).
  mesoblastConfirmatory: {
    id: 'mesoblastConfirmatory',
    title:
      'Efficacy and safety of rexlemestrocel-L combined with HA in participants with moderate to severe chronic low back pain (MSB-DR004, NCT06325566)',
    publisher: 'ClinicalTrials.gov',
    year: 2026,
    url: 'https://clinicaltrials.gov/study/NCT06325566',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (the registry's classic record and two mirrors): 25 million MSC in 2 mL into
  // the disc; control 2 mL 1% mepivacaine into the paravertebral muscles; 12 per arm planned (24
  // enrolled per the current record); lead sponsor Red de Terapia Celular; collaborators Citospin
  // (a University of Valladolid spin-off) and the University of Valladolid; funder types include Industry.
  noriegaRegistry: {
    id: 'noriegaRegistry',
    title:
      'Treatment of Degenerative Disc Disease With Allogenic Mesenchymal Stem Cells (MSV) (Disc_allo, NCT01860417)',
    publisher: 'ClinicalTrials.gov',
    year: 2017,
    url: 'https://clinicaltrials.gov/study/NCT01860417',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (journal abstract): 60 patients, mean age 37.9, 13 sites, 20/20/10/10; primary
  // endpoint >30% VAS improvement at 52 weeks; high dose -62.8% from baseline (P=0.0005), meeting it.
  // "FDA-approved" in the title refers to the trial.
  gornet2024: {
    id: 'gornet2024',
    title:
      'Allogeneic disc progenitor cells safely increase disc volume and improve pain, disability, and quality of life in patients with lumbar disc degeneration: results of an FDA-approved biologic therapy randomized clinical trial',
    publisher: 'International Journal of Spine Surgery',
    year: 2024,
    url: 'https://doi.org/10.14444/8609',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (registry mirrors, last updated 2026-02-05): phase 3, recruiting, 162
  // participants randomised 2:1 (108 IDCT, 54 sham); IDCT 1 mL of 9,000,000 cells/mL; sham needle
  // inserted up to the annulus; start 2025-12-23, completion 2028-11-24.
  discgenicsPhase3: {
    id: 'discgenicsPhase3',
    title:
      'A Study to Evaluate the Effectiveness of IDCT (Intradiscal Cell Therapy) in Subjects With One Level, Symptomatic Mild to Moderate Lumbar Degenerative Disc Disease (NCT07254806)',
    publisher: 'ClinicalTrials.gov',
    year: 2025,
    url: 'https://clinicaltrials.gov/study/NCT07254806',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (journal citation record with abstract, doi 10.14444/7033; NCT03709901):
  // randomised to allograft or saline at 1 or 2 levels or continued non-surgical management; all
  // non-surgical subjects crossed over to allograft; results reported as changes from baseline.
  viaDiscVast: {
    id: 'viaDiscVast',
    title: 'VAST clinical trial: safely supplementing tissue lost to degenerative disc disease',
    publisher: 'International Journal of Spine Surgery',
    year: 2020,
    url: 'https://doi.org/10.14444/7033',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (registry mirror of NCT06778447): VIA Disc NP, a nucleus pulposus allograft
  // intended to supplement degenerated discs; randomised 2:1 to VIA Disc NP or a sham procedure,
  // double-blind; sham participants may cross over at 12 months.
  viaDiscShamRegistry: {
    id: 'viaDiscShamRegistry',
    title:
      'Clinical Trial Evaluating the Safety and Efficacy of Nucleus Pulposus Allograft in Participants With Degenerative Disc Disease (NCT06778447)',
    publisher: 'ClinicalTrials.gov',
    year: 2025,
    url: 'https://clinicaltrials.gov/study/NCT06778447',
    kind: 'registry',
    checkedOn: DEC_2026,
  },
  // checked: search (PubMed abstract, PMID 33047622): post hoc single-site data from 4 terminated,
  // unreported multicentre RCTs (the abstract does not say who ran them); 38 biologic, 12 saline;
  // VAS fell significantly in both groups up to 12 months.
  ju2022: {
    id: 'ju2022',
    title:
      'Is there clinical improvement associated with intradiscal therapies? A comparison across randomized controlled studies',
    publisher: 'Global Spine Journal',
    year: 2022,
    url: 'https://doi.org/10.1177/2192568220963058',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): SMD VAS -0.50, ODI -0.27; TEAE overall not significantly different;
  // treatment-related TEAE more frequent with MSC (OR 3.05, 1.11-8.40). The included trials are two
  // (Amirdelfan; Noriega) per the reference file's reading of the paper's table.
  xie2021: {
    id: 'xie2021',
    title:
      'Clinical efficacy and safety of human mesenchymal stem cell therapy for degenerative disc disease: a systematic review and meta-analysis of randomized controlled trials',
    publisher: 'Stem Cells International',
    year: 2021,
    url: 'https://doi.org/10.1155/2021/9149315',
    kind: 'review',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 9 studies, 245 patients, Newcastle-Ottawa scale for cohort
  // studies; VAS lower after MSC than before.
  zhang2023: {
    id: 'zhang2023',
    title:
      'Mesenchymal stem cells can improve discogenic pain in patients with intervertebral disc degeneration: a systematic review and meta-analysis',
    publisher: 'Frontiers in Bioengineering and Biotechnology',
    year: 2023,
    url: 'https://doi.org/10.3389/fbioe.2023.1155357',
    kind: 'review',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 11 clinical studies (1 RCT) + 10 abstracts; "no evidence to support
  // its use in humans".
  soufi2023: {
    id: 'soufi2023',
    title:
      'Potential role for stem cell regenerative therapy as a treatment for degenerative disc disease and low back pain: a systematic review',
    publisher: 'International Journal of Molecular Sciences',
    year: 2023,
    url: 'https://doi.org/10.3390/ijms24108893',
    kind: 'review',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract, PMC12835428 and a mirror giving the title and DOI): searched to May
  // 2025; preclinical models uniformly show regeneration; 13 low- to moderate-quality trials show
  // modest, statistically significant improvements in pain and disability without compelling
  // imaging proof of repair; short- to mid-term safety acceptable; hostile, avascular disc; trials
  // have significant methodological weaknesses.
  nassj2025: {
    id: 'nassj2025',
    title:
      'Stem cell therapy for degenerative disc disease: a systematic review of preclinical evidence, clinical translation, and future directions',
    publisher: 'North American Spine Society Journal',
    year: 2025,
    url: 'https://doi.org/10.1016/j.xnsj.2025.100841',
    kind: 'review',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 26 patients, no control group; 24 (92%) avoided surgery to 12
  // months, 21 (81%) to 2 years.
  pettine2016: {
    id: 'pettine2016',
    title:
      'Treatment of discogenic back pain with autologous bone marrow concentrate injection with minimum two year follow-up',
    publisher: 'International Orthopaedics',
    year: 2016,
    url: 'https://doi.org/10.1007/s00264-015-2886-4',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (PMC abstract): registry, 33 patients; 3 had procedure pain that resolved; no
  // serious adverse events; pain change significant at 3, 36, 48, 60 and 72 months only.
  centeno2017: {
    id: 'centeno2017',
    title:
      'Treatment of lumbar degenerative disc disease-associated radicular pain with culture-expanded autologous mesenchymal stem cells: a pilot study on safety and efficacy',
    publisher: 'Journal of Translational Medicine',
    year: 2017,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5610473/',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (PMC abstract): 33 patients, retrospective; >=50% NRS improvement in 13.8,
  // 45.8, 41.1, 23.5 and 38.9% across five visits to 1 year.
  wolff2020: {
    id: 'wolff2020',
    title:
      'Injections of concentrated bone marrow aspirate as treatment for discogenic pain: a retrospective analysis',
    publisher: 'BMC Musculoskeletal Disorders',
    year: 2020,
    url: 'https://doi.org/10.1186/s12891-020-3126-7',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (publisher's abstract page for the DOI): 273 of 317 US centres reached by a
  // simulated patient; mean price of one same-day knee injection $5,156 (SD $2,446, n=65); mean
  // claimed efficacy 82% (n=36). The abstract gives no dates of data collection (received May 2017,
  // published online July 2017) and no low or high price, so the pack quotes only the mean.
  piuzzi2018: {
    id: 'piuzzi2018',
    title: 'The stem-cell market for the treatment of knee osteoarthritis: a patient perspective',
    publisher: 'Journal of Knee Surgery',
    year: 2018,
    url: 'https://doi.org/10.1055/s-0037-1604443',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 91 of 96 board-certified orthopaedic offices in Miami-Dade County
  // contacted by a simulated patient; 24.5% offered stem-cell therapy and 42% of those gave a
  // price; mean $3,100 (range $1,200-$6,000) per knee injection.
  alcerro2019: {
    id: 'alcerro2019',
    title:
      'Stem cells and platelet-rich plasma for knee osteoarthritis: prevalence and cost in South Florida',
    publisher: 'Journal of the American Academy of Orthopaedic Surgeons',
    year: 2019,
    url: 'https://doi.org/10.5435/JAAOS-D-18-00343',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (policy print view, latest review January 2024): mesenchymal stem-cell therapy
  // investigational for all orthopedic applications; the description names intervertebral discs.
  bcbsAlPolicy: {
    id: 'bcbsAlPolicy',
    title:
      'Orthopedic applications of stem cell therapy (including allograft and bone substitutes used with autologous bone marrow), policy MP-430',
    publisher: 'Blue Cross and Blue Shield of Alabama',
    year: 2024,
    url: 'https://al-policies.exploremyplan.com/portal/web/medical-policies/-/mp-430',
    kind: 'payer',
    checkedOn: DEC_2026,
  },
  // checked: search (CDC page): cluster reported from 17 Sep 2018; 12 patients in Texas, Florida
  // and Arizona; products processed by Genetech and distributed by Liveyon; recall 28 Sep 2018.
  perkins2018: {
    id: 'perkins2018',
    title:
      'Infections after receipt of bacterially contaminated umbilical cord blood-derived stem cell products for other than hematopoietic or immunologic reconstitution - United States, 2018',
    publisher: 'CDC, Morbidity and Mortality Weekly Report',
    year: 2018,
    url: 'https://www.cdc.gov/mmwr/volumes/67/wr/mm6750a5.htm',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (PMC8498849 abstract): 20 patients in 8 states infected after products given
  // during August 2017 to September 2018, marketed for chronic pain and degenerative joint
  // conditions; widespread contamination of products from multiple donors.
  hartnett2021: {
    id: 'hartnett2021',
    title:
      'Investigation of bacterial infections among patients treated with umbilical cord blood-derived products marketed as stem cell therapies',
    publisher: 'JAMA Network Open',
    year: 2021,
    url: 'https://doi.org/10.1001/jamanetworkopen.2021.28615',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract via the authors' institution, Neuroradiol J 2020;33(2):174-178): a
  // 74-year-old given intrathecal stem cells in Moscow developed mass-like soft tissue in the thecal
  // sac, with polyclonal lymphocytic and glial proliferation; the authors note CNS neoplasms after
  // such treatments in other reports.
  stemCellTourismCase: {
    id: 'stemCellTourismCase',
    title:
      'Polyclonal lymphocytic infiltrate with arachnoiditis resulting from intrathecal stem cell transplantation (Madhavan et al.)',
    publisher: 'The Neuroradiology Journal',
    year: 2020,
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7140295/',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (Spine meeting abstract page): 50 discography vs 52 control subjects; more
  // progression (p=0.03), new herniations (p=0.0003), mostly on the puncture side (p=0.0006).
  carragee2009: {
    id: 'carragee2009',
    title:
      'Does discography cause accelerated progression of degeneration changes in the lumbar disc: a ten-year cohort-controlled study',
    publisher: 'Spine (meeting abstracts)',
    year: 2009,
    url: 'https://journals.lww.com/spinejournalabstracts/Fulltext/2009/11001/DOES_DISCOGRAPHY_CAUSE_ACCELERATED_PROGRESSION_OF.22.aspx',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (journal page): symptomatic LBP; 77 punctured discs vs 260 controls; repeat MRI
  // more than 7 years later; no difference in progression of Pfirrmann category.
  mccormick2019: {
    id: 'mccormick2019',
    title:
      'Low-pressure lumbar provocation discography according to Spine Intervention Society/IASP standards does not cause acceleration of disc degeneration in patients with symptomatic low back pain: a 7-year matched cohort study',
    publisher: 'Spine',
    year: 2019,
    url: 'https://doi.org/10.1097/BRS.0000000000003085',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (FDA page dated 3 June 2021): unapproved products "whether recovered from your
  // own body or another person's body"; reports of blindness, tumor formation, infections; before
  // approval, FDA oversight in a clinical trial; charged outside a trial = "likely being deceived";
  // clinics cite ClinicalTrials.gov or FDA registration; orthopedic list incl. disc disease, back pain.
  fdaConsumer: {
    id: 'fdaConsumer',
    title: 'Important patient and consumer information about regenerative medicine therapies',
    publisher: 'U.S. Food and Drug Administration',
    year: 2021,
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (warning letter text, CBER 25-712579, 11 February 2026): an umbilical
  // cord-derived stem cell product marketed for sports injuries is a drug and biological product;
  // unapproved new drug and unlicensed biological product violations; misbranding. URL in FDA's
  // warning-letter pattern, confirmed in public material.
  fdaWarningLetter2026: {
    id: 'fdaWarningLetter2026',
    title: 'Warning letter to Dynamic Stem Cell Therapy (CBER 25-712579), 11 February 2026',
    publisher: 'U.S. Food and Drug Administration',
    year: 2026,
    url: 'https://www.fda.gov/inspections-compliance-enforcement-and-criminal-investigations/warning-letters/dynamic-stem-cell-therapy-712579-02112026',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (regulation text): 361 criteria (a)(1)-(4), including (4)(i) no systemic effect
  // and not dependent on living cells, or (4)(ii) autologous, first- or second-degree blood
  // relative, or reproductive use; register and list with FDA (b).
  cfr127110: {
    id: 'cfr127110',
    title:
      "21 CFR 1271.10: Are my HCT/P's regulated solely under section 361 of the PHS Act and the regulations in this part, and if so what must I do?",
    publisher: 'Electronic Code of Federal Regulations',
    year: 2026,
    url: 'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271/subpart-A/section-1271.10',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (the URL appears in many independent projects; reports quoting the page):
  // eligibility needs a serious condition and preliminary clinical evidence; benefits include early,
  // more frequent FDA interaction and possible priority review. Replaces the 2019 guidance URL,
  // which could not be confirmed. FDA published a draft revision of the RMAT guidance in September
  // 2025 (not final); its own page could not be confirmed, so no statement cites it.
  fdaRmat: {
    id: 'fdaRmat',
    title: 'Regenerative Medicine Advanced Therapy designation',
    publisher: 'U.S. Food and Drug Administration',
    year: 2026,
    url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/regenerative-medicine-advanced-therapy-designation',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (reports quoting FDA's 18 December 2024 release; the list's URL confirmed in
  // public material): Ryoncil, the first FDA-approved MSC product, for steroid-refractory acute GVHD
  // in patients 2 months and older.
  fdaApprovedProducts: {
    id: 'fdaApprovedProducts',
    title: 'Approved cellular and gene therapy products',
    publisher: 'U.S. Food and Drug Administration',
    year: 2024,
    url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/approved-cellular-and-gene-therapy-products',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search: the URL is in several independent projects, one recording "Last updated on
  // August 03, 2023"; the sentence "Listing a study does not mean it has been evaluated by the U.S.
  // Federal Government" was read on ClinicalTrials.gov record pages.
  ctgovDisclaimer: {
    id: 'ctgovDisclaimer',
    title: 'ClinicalTrials.gov disclaimer',
    publisher: 'U.S. National Library of Medicine',
    year: 2023,
    url: 'https://clinicaltrials.gov/about-site/disclaimer',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: audit (consolidated text at this CELEX URL): ATMP rules, central authorisation; the
  // hospital exemption for non-routine, individual use under national rules. Replaces an ELI URL
  // that could not be confirmed.
  euAtmp: {
    id: 'euAtmp',
    title:
      'Regulation (EC) No 1394/2007 on advanced therapy medicinal products (consolidated text)',
    publisher: 'European Parliament and Council (EUR-Lex)',
    year: 2019,
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:02007R1394-20190726',
    kind: 'regulator',
    checkedOn: DEC_2026,
  },
  // checked: search (ISSCR page): Recommendation 3.1.1, substantially manipulated cells or cells
  // used in a non-homologous manner must be proven safe and effective for the intended use before
  // being marketed to patients; such uses are speculative and have been shown to carry risks.
  // Replaces a "closer look at stem cells" URL that could not be confirmed.
  isscr: {
    id: 'isscr',
    title:
      'Guidelines for stem cell research and clinical translation: unproven cell products (Recommendation 3.1.1)',
    publisher: 'International Society for Stem Cell Research',
    year: 2021,
    url: 'https://www.isscr.org/policy/guidelines-for-stem-cell-research-and-clinical-translation/key-topics/unproven-cell-products',
    kind: 'organisation',
    checkedOn: DEC_2026,
  },
  // checked: search (guideline abstract and the journal's article page): chronic LBP, non-drug care
  // first; NSAIDs, then tramadol or duloxetine; opioids last. The article page also says "All ACP
  // clinical practice guidelines are considered automatically withdrawn or invalid 5 years after
  // publication or once an update has been issued": published April 2017, so past that date; no
  // update was found.
  acp2017: {
    id: 'acp2017',
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    publisher: 'Annals of Internal Medicine',
    year: 2017,
    url: 'https://doi.org/10.7326/M16-2367',
    kind: 'guideline',
    checkedOn: DEC_2026,
  },
  // checked: audit (recommendations page, last updated 11 December 2020): "Consider a group exercise
  // programme"; manual and psychological therapies only as part of a package including exercise;
  // do not offer spinal injections for low back pain; do not offer spinal fusion except within an
  // RCT. Search confirmed the 2020 partial update (NICE's evidence reviews on NCBI Bookshelf).
  niceNg59: {
    id: 'niceNg59',
    title:
      'Low back pain and sciatica in over 16s: assessment and management (NG59), recommendations',
    publisher: 'National Institute for Health and Care Excellence',
    year: 2020,
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
    kind: 'guideline',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): 33 studies, 3,110 asymptomatic people; disc degeneration in 37% at
  // age 20 and 96% at age 80.
  brinjikji2015: {
    id: 'brinjikji2015',
    title:
      'Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    publisher: 'American Journal of Neuroradiology',
    year: 2015,
    url: 'https://doi.org/10.3174/ajnr.A4173',
    kind: 'review',
    checkedOn: DEC_2026,
  },
  // checked: search (abstract): single-arm phase I, 10 patients, 2x10^7 or 4x10^7 cells per disc;
  // no procedure- or cell-related adverse events; the two doses did not differ.
  kumar2017: {
    id: 'kumar2017',
    title:
      'Safety and tolerability of intradiscal implantation of combined autologous adipose-derived mesenchymal stem cells and hyaluronic acid in patients with chronic discogenic low back pain: 1-year follow-up of a phase I study',
    publisher: 'Stem Cell Research & Therapy',
    year: 2017,
    url: 'https://doi.org/10.1186/s13287-017-0710-3',
    kind: 'study',
    checkedOn: DEC_2026,
  },
  // checked: search (the opinion as reproduced by a case-law service, and reports quoting it):
  // No. 22-56014, 27 September 2024; SVF is a drug and the same-surgical-procedure exception does
  // not apply; reversed the district court; a single treatment typically $8,900, twelve $41,500,
  // not covered by insurance. URL in the court's published-opinion pattern.
  ninthCircuit2024: {
    id: 'ninthCircuit2024',
    title:
      'United States v. California Stem Cell Treatment Center, No. 22-56014 (opinion of 27 September 2024)',
    publisher: 'U.S. Court of Appeals for the Ninth Circuit',
    year: 2024,
    url: 'https://cdn.ca9.uscourts.gov/datastore/opinions/2024/09/27/22-56014.pdf',
    kind: 'court',
    checkedOn: DEC_2026,
  },
  // checked: search (docket as reproduced by SCOTUSblog; news of the order): No. 24-1189, petition
  // for a writ of certiorari denied 14 October 2025, leaving the Ninth Circuit ruling in place. URL
  // in the Court's docket pattern.
  scotusDenial2025: {
    id: 'scotusDenial2025',
    title:
      'California Stem Cell Treatment Center, Inc. v. United States, No. 24-1189 (certiorari denied 14 October 2025)',
    publisher: 'Supreme Court of the United States',
    year: 2025,
    url: 'https://www.supremecourt.gov/docket/docketfiles/html/public/24-1189.html',
    kind: 'court',
    checkedOn: DEC_2026,
  },
};
