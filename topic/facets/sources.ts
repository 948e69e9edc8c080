/**
 * Sources the facet answers cite beyond the knowledge pack's (topic/knowledge/sources.ts): same
 * shape, same rules, one table keyed by id. An id here must not repeat one of the pack's
 * (tests/unit/topic/facets/facets.test.ts checks). Each entry notes how it was checked
 * ("checked:"); "search" means the text was read through the search tool on 2026-12-05.
 */
import type { Source } from '../knowledge/types';

/** Every source only the facets cite, by id. */
export const facetSources: Readonly<Record<string, Source>> = {
  // checked: search (the FDA page itself, posted 12/09/2019): serious adverse events in patients in
  // Nebraska treated with unapproved products marketed as containing exosomes; "There are currently
  // no FDA-approved exosome products"; exosomes used to treat disease are regulated as drugs and
  // biological products subject to premarket review.
  fdaExosomeAlert: {
    id: 'fdaExosomeAlert',
    title: 'Public safety alert due to marketing of unapproved stem cell and exosome products',
    publisher: 'U.S. Food and Drug Administration',
    year: 2019,
    url: 'https://www.fda.gov/safety/medical-product-safety-information/public-safety-alert-due-marketing-unapproved-stem-cell-and-exosome-products',
    kind: 'regulator',
  },
  // checked: search (the FDA page, dated July 22, 2020): the only FDA-approved stem cell products
  // are blood-forming stem cells from umbilical cord blood, approved for disorders of blood
  // production only; products from fat (SVF), cord blood, Wharton's jelly or amniotic fluid have
  // not been FDA approved for other uses; no exosome product is approved.
  fdaConsumerAlert2020: {
    id: 'fdaConsumerAlert2020',
    title: 'Consumer alert on regenerative medicine products including stem cells and exosomes',
    publisher: 'U.S. Food and Drug Administration',
    year: 2020,
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes',
    kind: 'regulator',
  },
  // checked: search (FDA's text as reproduced by several sites; the URL is the one FDA's pages and
  // many public projects link): Fast Track facilitates the development and expedites the review of
  // drugs for serious conditions that fill an unmet medical need; it is requested by the company.
  fdaFastTrack: {
    id: 'fdaFastTrack',
    title: 'Fast Track',
    publisher: 'U.S. Food and Drug Administration',
    year: 2018,
    url: 'https://www.fda.gov/patients/fast-track-breakthrough-therapy-accelerated-approval-priority-review/fast-track',
    kind: 'regulator',
  },
  // checked: search (PubMed abstract, PMID 28296617; N Engl J Med 2017;376(11):1047-1053): three
  // patients had severe bilateral vision loss after intravitreal injections of their own
  // (autologous) adipose tissue-derived "stem cells" at a US clinic; acuity 20/200 to no light
  // perception after a year.
  kuriyan2017: {
    id: 'kuriyan2017',
    title: 'Vision loss after intravitreal injection of autologous "stem cells" for AMD',
    publisher: 'New England Journal of Medicine',
    year: 2017,
    url: 'https://doi.org/10.1056/NEJMoa1609583',
    kind: 'study',
  },
  // checked: search (abstract, Stem Cell Res Ther 2021;12:189): structured searches in March-April
  // 2019 found 110 websites of regenerative medicine clinics in Tijuana (76 confirmed locations);
  // 13 clinics claimed licensing, and only 1 matched available licensing information.
  chavez2021: {
    id: 'chavez2021',
    title:
      'Online marketing practices of regenerative medicine clinics in US-Mexico border region: a web surveillance study',
    publisher: 'Stem Cell Research & Therapy',
    year: 2021,
    url: 'https://doi.org/10.1186/s13287-021-02254-4',
    kind: 'study',
  },
  // checked: search (the opinion's text, No. 22-56014, 27 Sep 2024, in a stored copy at this URL
  // and quoted by a law news site): SVF made from a patient's fat is a drug under the FDCA and the
  // same-surgical-procedure exception does not apply; the clinics' treatments "are not covered by
  // insurance, so patients pay out of pocket. A single treatment typically costs $8,900, and a
  // twelve-treatment option costs $41,500."
  ninthCircuit2024: {
    id: 'ninthCircuit2024',
    title: 'United States v. California Stem Cell Treatment Center, No. 22-56014 (opinion)',
    publisher: 'U.S. Court of Appeals for the Ninth Circuit',
    year: 2024,
    url: 'https://print.casetext.com/case/united-states-v-cal-stem-cell-treatment-ctr-1',
  },
  // checked: search (docket as reproduced by SCOTUSblog, No. 24-1189): petition for certiorari
  // from the Ninth Circuit filed 19 May 2025, denied 14 October 2025.
  scotusDenial2025: {
    id: 'scotusDenial2025',
    title: 'California Stem Cell Treatment Center, Inc. v. United States, No. 24-1189 (docket)',
    publisher: 'Supreme Court of the United States (docket via SCOTUSblog)',
    year: 2025,
    url: 'https://www.scotusblog.com/cases/case-files/california-stem-cell-treatment-center-inc-v-united-states',
  },
  // checked: search (the ISSCR page itself): Recommendation 3.1.1, substantially manipulated or
  // non-homologous cells must be proven safe and effective before marketing; a clinician claiming
  // minimal manipulation and exemption should invite independent scrutiny of the process.
  isscrUnproven: {
    id: 'isscrUnproven',
    title: 'Guidelines for stem cell research and clinical translation: unproven cell products',
    publisher: 'International Society for Stem Cell Research',
    year: 2021,
    url: 'https://www.isscr.org/policy/guidelines-for-stem-cell-research-and-clinical-translation/key-topics/unproven-cell-products',
    kind: 'guideline',
  },
};
