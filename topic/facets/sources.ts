/**
 * Sources the facet answers cite beyond the knowledge pack's (topic/knowledge/sources.ts): same
 * shape, same rules, one table keyed by id. An id here must not repeat one of the pack's
 * (tests/unit/topic/facets/facets.test.ts checks). Each entry notes how it was checked
 * ("checked:"); "search" means the text was read through the search tool on 2026-12-05.
 */
import type { Source } from '../knowledge/types';

/** The day these sources were read (the facets' review date). */
const CHECKED_ON = '2026-12-05';

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
    checkedOn: CHECKED_ON,
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
    checkedOn: CHECKED_ON,
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
    checkedOn: CHECKED_ON,
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
    checkedOn: CHECKED_ON,
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
    checkedOn: CHECKED_ON,
  },
};
