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
      'A cell or tissue product avoids premarket approval only if it meets every condition: minimally manipulated, used for the same basic function, not combined with another article, and either not reliant on living cells or used in the same person or a close relative.',
    sourceIds: ['cfr127110'],
  },
  {
    id: 'reg-351',
    term: '"351" biologic',
    meaning:
      'Cell products that fail those conditions are regulated as drugs or biologics: they need FDA-overseen trials and a licence before they can be marketed.',
    sourceIds: ['fdaConsumer', 'cfr127110'],
  },
  {
    id: 'reg-rmat',
    term: 'RMAT designation',
    meaning:
      'Regenerative Medicine Advanced Therapy designation gives a developer earlier and more frequent FDA interaction and possible faster review. It is not an approval.',
    sourceIds: ['fdaRmat'],
  },
  {
    id: 'reg-trial-listing',
    term: '"FDA-approved trial" or "listed on ClinicalTrials.gov"',
    meaning:
      'FDA allowing a trial to proceed does not approve the product, and a registry listing is not an evaluation by the government. FDA says being charged outside an FDA-overseen trial is a warning sign.',
    sourceIds: ['ctgovDisclaimer', 'fdaConsumer'],
  },
  {
    id: 'reg-eu-atmp',
    term: 'EU: advanced therapy medicinal product (ATMP)',
    meaning:
      'In the EU, engineered cell products are medicines under the ATMP regulation and need central authorisation. A "hospital exemption" lets a hospital make a non-routine product for an individual patient under national rules; it is not a marketing authorisation.',
    sourceIds: ['euAtmp'],
  },
];
