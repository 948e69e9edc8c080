/** Regulatory terms a page may use, explained (US first, then EU). */
import type { RegulationTerm } from './types';

/** Terms shown in the popup's regulation section. */
export const regulation: readonly RegulationTerm[] = [
  {
    id: 'reg-approved',
    term: 'FDA-approved',
    meaning:
      'FDA has licensed the product for a stated use after reviewing trial evidence. No regenerative product is approved for back pain or disc disease; the first approved stromal-cell product (2024) treats a transplant complication in children.',
    sourceIds: ['fdaConsumer', 'fdaApprovedProducts'],
  },
  {
    id: 'reg-registered',
    term: 'FDA-registered or FDA-listed',
    meaning:
      'Firms that make certain tissue products must register with FDA and list what they make. This is a paperwork duty, not a review of safety or effectiveness; FDA warns that clinics use it to suggest legitimacy.',
    sourceIds: ['cfr127110', 'fdaConsumer'],
  },
  {
    id: 'reg-361',
    term: '"361" tissue product (HCT/P)',
    meaning:
      'A cell or tissue product avoids premarket approval only if it meets every condition: minimally manipulated, used for the same basic function, not combined with another article, and either has no systemic effect and does not depend on living cells’ activity, or is used in the same person, a first- or second-degree blood relative, or for reproduction.',
    sourceIds: ['cfr127110'],
  },
  {
    id: 'reg-351',
    term: '"351" biologic',
    meaning:
      'Cell products that fail those conditions are regulated as drugs or biologics: they need FDA-overseen trials and a licence before they can be marketed. Courts have applied this to fat-derived cells processed at a clinic (2024; the Supreme Court declined review in 2025), and FDA enforces it with warning letters, such as one in February 2026 to a seller of an umbilical-cord-derived product.',
    sourceIds: [
      'fdaConsumer',
      'cfr127110',
      'ninthCircuit2024',
      'scotusDenial2025',
      'fdaWarningLetter2026',
    ],
  },
  {
    id: 'reg-rmat',
    term: 'RMAT designation',
    meaning:
      'Regenerative Medicine Advanced Therapy designation is for a product aimed at a serious condition with preliminary clinical evidence; it gives the developer earlier and more frequent FDA interaction and possible faster review. It is a designation, not an approval.',
    sourceIds: ['fdaRmat'],
  },
  {
    id: 'reg-trial-listing',
    term: '"FDA-approved trial" or "listed on ClinicalTrials.gov"',
    meaning:
      'FDA oversight of a trial comes before any approval and does not approve the product, and a registry listing is not an evaluation by the government. FDA says being charged outside an FDA-overseen trial is a warning sign.',
    sourceIds: ['ctgovDisclaimer', 'fdaConsumer'],
  },
  {
    id: 'reg-eu-atmp',
    term: 'EU: advanced therapy medicinal product (ATMP)',
    meaning:
      'In the EU, engineered cell products are medicines under the ATMP regulation and need central authorisation. A "hospital exemption" lets a hospital make a non-routine product for an individual patient under national rules; it is not a marketing authorisation.',
    sourceIds: ['euAtmp'],
  },
  {
    id: 'reg-disc-allograft',
    term: '"Disc allograft" or "viable disc matrix" (e.g. VIA Disc NP)',
    meaning:
      'A nucleus pulposus allograft: tissue from the centre of donated discs, injected to supplement a degenerated disc. Its first randomised trial (VAST) compared it with saline and non-surgical care, and everyone in the non-surgical group later crossed over to it; a sham-controlled trial is registered (NCT06778447).',
    sourceIds: ['viaDiscVast', 'viaDiscShamRegistry'],
  },
];
