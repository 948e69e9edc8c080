import type { Facet } from './types';
import { ABROAD } from './places';
import { FACETS_REVIEWED_ON } from './reviewed';

/**
 * Facets about regulatory status: each answer says what the status does and does not mean.
 * "Approved" and "registered" are kept apart: registration is a listing duty, not a review.
 */

/** "FDA approved", "FDA-approved trial", "not approved by the FDA". */
export const FDA_APPROVED: Facet = {
  id: 'fda-approved',
  wording: {
    en: {
      any: [
        'FDA[- ]approv\\p{L}*',
        'approved by (?:the )?(?:U\\.?S\\.? )?(?:FDA|Food and Drug Administration)',
        '(?:FDA|Food and Drug Administration) (?:has |have |had )?(?:not )?(?:yet )?approv\\p{L}*',
        '(?:FDA|Food and Drug Administration) approval',
        'approved (?:in|for use in) the (?:US|U\\.S\\.|United States)',
      ],
    },
    es: {
      any: [
        'aprobad\\p{L}* (?:por|ante) la (?:FDA|Administración de Alimentos y Medicamentos)',
        'aprobación de la FDA',
        'FDA (?:ha |no ha |lo ha |la ha |los ha )?aprob\\p{L}*',
        'avalad\\p{L}* por la FDA',
        'aprobad\\p{L}* en (?:los )?(?:Estados Unidos|EE\\.? ?UU)',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Our stem cell injections are FDA approved for back pain.',
        'This is the first FDA-approved stem cell treatment for discs.',
        'No stem cell product has been approved by the FDA for disc disease.',
      ],
      nearMiss: [
        'Our laboratory is registered with the FDA.',
        'The FDA regulates drugs and medical devices in the United States.',
      ],
    },
    es: {
      match: [
        'Este tratamiento está aprobado por la FDA.',
        'La FDA no ha aprobado ningún producto de células madre para la espalda.',
      ],
      nearMiss: [
        'Nuestro laboratorio está registrado ante la FDA.',
        'La FDA regula los medicamentos en Estados Unidos.',
      ],
    },
  },
  answer: [
    {
      text: 'FDA lists disc disease and back pain among the conditions for which no regenerative medicine product, stem cells included, has been approved.',
      sourceIds: ['fdaConsumer'],
    },
    {
      text: 'The stem-cell products FDA has approved are cord-blood cells for disorders of blood formation; in December 2024 it approved one donor-cell product for a transplant complication in children.',
      sourceIds: ['fdaConsumerAlert2020', 'fdaApprovedProducts'],
    },
    {
      text: 'Before approval, such products are tested in clinical trials under FDA oversight: a trial FDA allows to go ahead is not an approval of the product.',
      sourceIds: ['fdaConsumer'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "FDA-registered lab", "FDA compliant", "FDA-cleared device". */
export const FDA_REGISTERED: Facet = {
  id: 'fda-registered',
  wording: {
    en: {
      any: [
        'FDA[- ](?:registered|compliant|listed|cleared|inspected|regulated|certified)',
        'registered (?:with|by) (?:the )?(?:U\\.?S\\.? )?(?:FDA|Food and Drug Administration)',
        '(?:complies|comply|compliant|compliance) with (?:[\\p{L}-]+ ){0,2}(?:FDA|Food and Drug Administration)',
        '(?:cleared|inspected|regulated) by (?:the )?(?:FDA|Food and Drug Administration)',
        '(?:FDA|Food and Drug Administration) registration',
      ],
    },
    es: {
      any: [
        'registrad\\p{L}* (?:ante|en|con) la (?:FDA|Administración de Alimentos y Medicamentos)',
        'registro (?:ante|en|de) la FDA',
        'cumpl\\p{L}* (?:con )?(?:[\\p{L}-]+ ){0,3}(?:de )?la FDA',
        '(?:regulad|inspeccionad|certificad)\\p{L}* por la FDA',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'All cells are processed in an FDA-registered laboratory.',
        'Our clinic is fully compliant with FDA guidelines.',
        'The centrifuge we use is FDA cleared.',
      ],
      nearMiss: [
        'Our injections are FDA approved for back pain.',
        'Register online for a free consultation.',
      ],
    },
    es: {
      match: [
        'Las células se procesan en un laboratorio registrado ante la FDA.',
        'Nuestra clínica cumple con las normas de la FDA.',
      ],
      nearMiss: [
        'Este tratamiento está aprobado por la FDA.',
        'Regístrese en línea para una consulta gratuita.',
      ],
    },
  },
  answer: [
    {
      text: 'Firms that make cell and tissue products must register with FDA and list their products; registering is a paperwork duty, not a review of whether a treatment is safe or works.',
      sourceIds: ['cfr127110'],
    },
    {
      text: 'FDA warns that patients are told a product is registered with FDA, or are pointed to ClinicalTrials.gov, as a way to suggest the product complies with the law.',
      sourceIds: ['fdaConsumer'],
    },
    {
      text: 'ClinicalTrials.gov states that listing a study there does not mean the US government has evaluated it.',
      sourceIds: ['ctgovDisclaimer'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "361 HCT/P", "minimally manipulated", "homologous use": the claim that no approval is needed. */
export const HCT_361: Facet = {
  id: 'hct-361',
  wording: {
    en: {
      any: [
        '361 (?:HCT/Ps?|products?|tissues?|exempt\\p{L}*|rules?|regulations?|pathway)',
        'section 361',
        'HCT/?Ps?',
        'minimally manipulated',
        'minimal(?:ly)? manipulation',
        'homologous use',
        'same surgical procedure',
        '21 CFR (?:part )?1271',
        '(?:exempt|exemption) from (?:[\\p{L}-]+ ){0,2}(?:FDA|premarket|approval)',
      ],
    },
    es: {
      any: [
        'mínimamente manipulad\\p{L}*',
        'manipulación mínima',
        'uso homólogo',
        '(?:artículo|sección) 361',
        'HCT/?Ps?',
        'exent\\p{L}* de (?:la )?(?:aprobación|regulación|FDA)',
        'mismo procedimiento quirúrgico',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Our cells are minimally manipulated, so they are exempt from FDA approval.',
        'These tissue products are regulated under section 361 as HCT/Ps.',
        'Because the tissue is for homologous use, no approval is needed.',
      ],
      nearMiss: [
        'The 361 patients in the registry were followed for a year.',
        'Cells are handled carefully in a sterile room.',
      ],
    },
    es: {
      match: [
        'Las células son mínimamente manipuladas y de uso homólogo.',
        'Al ser un producto de la sección 361, está exento de aprobación.',
      ],
      nearMiss: [
        'Los 361 pacientes del registro fueron seguidos durante un año.',
        'Las células se manipulan en una sala estéril.',
      ],
    },
  },
  answer: [
    {
      text: 'US rules let a cell or tissue product skip premarket approval only if it is minimally manipulated, meant for the same basic function, not combined with other articles, and either has no systemic effect and does not rely on living cells, or is used in the same person, a close relative or for reproduction.',
      sourceIds: ['cfr127110'],
    },
    {
      text: 'In 2024 a US appeals court ruled that a fat-derived cell mixture (SVF) made and injected on the same day is a drug under federal law; in October 2025 the Supreme Court declined to review the case.',
      sourceIds: ['ninthCircuit2024', 'scotusDenial2025'],
    },
    {
      text: 'The ISSCR says a clinic that calls its cells minimally manipulated and exempt should invite independent scrutiny of how it processes them.',
      sourceIds: ['isscr'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "RMAT designation", "Fast Track", "breakthrough": FDA programmes that speed development. */
export const RMAT_FAST_TRACK: Facet = {
  id: 'rmat-fast-track',
  wording: {
    en: {
      any: [
        'RMAT',
        'regenerative medicine advanced therapy',
        'fast[- ]track\\p{L}*',
        'breakthrough (?:therapy |device )?designation',
        'breakthrough therapy',
        'priority review',
        'accelerated approval',
      ],
      with: ['FDA', 'Food and Drug Administration', 'designat\\p{L}*', 'RMAT', 'status'],
    },
    es: {
      any: [
        'RMAT',
        'terapia avanzada de medicina regenerativa',
        'designación de terapia avanzada',
        'vía rápida',
        'fast[- ]track',
        'terapia innovadora',
        'revisión prioritaria',
        'aprobación acelerada',
      ],
      with: ['FDA', 'designa\\p{L}*', 'RMAT', 'estatus'],
    },
  },
  examples: {
    en: {
      match: [
        'The FDA granted RMAT designation to this cell therapy for back pain.',
        "Our partner's product received Fast Track status from the FDA.",
        'The product holds regenerative medicine advanced therapy designation.',
      ],
      nearMiss: [
        'Book today for a fast-track appointment with our team.',
        'The FDA reviews applications from drug companies.',
      ],
    },
    es: {
      match: [
        'La FDA otorgó la designación RMAT a esta terapia celular.',
        'El producto recibió la vía rápida (Fast Track) de la FDA.',
      ],
      nearMiss: [
        'Reserve hoy una cita por la vía rápida.',
        'La FDA revisa las solicitudes de las empresas.',
      ],
    },
  },
  answer: [
    {
      text: 'RMAT is an FDA designation for regenerative therapies in development for a serious condition, with early clinical evidence of promise; it brings more FDA advice and possibly faster review, not approval.',
      sourceIds: ['fdaRmat'],
    },
    {
      text: 'Fast Track likewise speeds the development and review of a drug for a serious condition with an unmet need; the product still has to be approved before it is sold.',
      sourceIds: ['fdaFastTrack'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Approved in Mexico", "licensed by the Ministry of Health of Panama": status abroad. */
export const APPROVED_ABROAD: Facet = {
  id: 'approved-abroad',
  wording: {
    en: {
      any: [
        'approv\\p{L}*',
        'licen[cs]\\p{L}*',
        'authori[sz]\\p{L}*',
        'certifi\\p{L}*',
        'regulat\\p{L}*',
        'permit\\p{L}*',
        'accredit\\p{L}*',
        'legal(?:ly)?',
        'sanctioned',
      ],
      with: ABROAD.en,
    },
    es: {
      any: [
        'aprobad\\p{L}*',
        'autorizad\\p{L}*',
        'licencias?',
        'certificad\\p{L}*',
        'regulad\\p{L}*',
        'legal(?:es|mente)?',
        'permisos?',
        'avalad\\p{L}*',
      ],
      with: ABROAD.es,
    },
  },
  examples: {
    en: {
      match: [
        'Stem cell therapy is fully approved and regulated in Mexico.',
        'Our clinic in Panama is licensed by the Ministry of Health.',
        'The treatment is legal in Colombia, so patients travel there.',
      ],
      nearMiss: [
        'Our Mexico City office is open on Saturdays.',
        'No stem cell product is approved by the FDA for back pain.',
      ],
    },
    es: {
      match: [
        'La terapia con células madre está aprobada por la COFEPRIS en México.',
        'Nuestra clínica en Panamá cuenta con licencia del Ministerio de Salud.',
      ],
      nearMiss: [
        'Nuestra oficina en Ciudad de México abre los sábados.',
        'Ningún producto de células madre está aprobado por la FDA para la espalda.',
      ],
    },
  },
  answer: [
    {
      text: 'An approval or licence abroad is granted under that country’s rules; it is not FDA approval, and FDA has approved no regenerative medicine product for back pain or disc disease.',
      sourceIds: ['fdaConsumer'],
    },
    {
      text: 'A 2019 study of 110 websites of regenerative medicine clinics in Tijuana, Mexico, found 13 clinics claiming a licence; only 1 of those claims matched available licensing records.',
      sourceIds: ['chavez2021'],
    },
    {
      text: 'Harms after treatment abroad are documented: a 74-year-old man developed leg weakness and a mass of immune and glial cells around his lower spinal nerves after stem cells were injected into his spinal fluid in Moscow.',
      sourceIds: ['stemCellTourismCase'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};
