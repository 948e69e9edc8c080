import type { Facet } from './types';
import { FACETS_REVIEWED_ON } from './reviewed';

/**
 * Facets about what is injected: the patient's own cells, exosomes, and products from birth
 * tissue (umbilical cord blood and tissue, Wharton's jelly, amniotic fluid and membrane, placenta),
 * each answered with its regulatory status and documented harms.
 */

/** "Your own cells, so there is no risk of rejection": safety claimed from the cells' origin. */
export const OWN_CELLS: Facet = {
  id: 'own-cells',
  wording: {
    en: {
      any: [
        "(?:your|their|his|her|patients?'?s?'?) own (?:[\\p{L}-]+ ){0,2}(?:cells|tissue|fat|bone marrow|blood)",
        'autologous',
        'from your (?:own )?(?:body|hip|belly|fat|bone marrow)',
      ],
      with: [
        'risks?',
        'risk-free',
        'safe\\p{L}*',
        'reject\\p{L}*',
        'side[- ]effects?',
        'complications?',
        'reactions?',
        'natural\\p{L}*',
        'harm\\p{L}*',
        'danger\\p{L}*',
      ],
    },
    es: {
      any: [
        '(?:sus|tus) propi(?:as|os) (?:[\\p{L}-]+ ){0,2}(?:células|tejidos?|grasa|médula)',
        'células (?:madre )?propias',
        'autólog\\p{L}*',
        'de (?:su|tu) propio (?:cuerpo|organismo)',
      ],
      with: [
        'riesgos?',
        'segur\\p{L}*',
        'rechazo',
        'efectos? (?:secundarios|adversos)',
        'complicacion\\p{L}*',
        'reaccion\\p{L}*',
        'natural\\p{L}*',
        'peligro\\p{L}*',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Because we use your own cells, there is no risk of rejection.',
        'Autologous treatment is completely safe and natural.',
        "Using the patient's own fat means no side effects.",
      ],
      nearMiss: [
        'Your own cells are collected from the hip bone in a short procedure.',
        'Donor cells from screened tissue carry a small risk of reaction.',
      ],
    },
    es: {
      match: [
        'Al usar sus propias células, no hay riesgo de rechazo.',
        'El tratamiento autólogo es completamente seguro y natural.',
      ],
      nearMiss: [
        'Sus propias células se extraen de la cadera en un procedimiento corto.',
        'Las células de donante tienen un pequeño riesgo de reacción.',
      ],
    },
  },
  answer: [
    {
      text: 'Treatments with a person’s own cells have caused serious harm: three patients lost most or all of their sight after a US clinic injected their own fat-derived cells into their eyes.',
      sourceIds: ['kuriyan2017'],
    },
    {
      text: 'FDA has received reports of blindness, tumour formation and infections after unapproved cell products, whether made from the patient’s own body or a donor’s.',
      sourceIds: ['fdaConsumer'],
    },
    {
      text: 'Whether puncturing a disc speeds its wear is disputed: one 10-year study found faster degeneration and more herniations after a needle puncture, another found no acceleration after 7 years.',
      sourceIds: ['carragee2009', 'mccormick2019'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Exosome therapy": cell-free products sold as carrying the cells' signals. */
export const EXOSOME: Facet = {
  id: 'exosome',
  wording: {
    en: { any: ['exosom\\p{L}*', 'extracellular vesicles?', 'secretome'] },
    es: { any: ['exosom\\p{L}*', 'vesículas extracelulares', 'secretoma'] },
  },
  examples: {
    en: {
      match: [
        'Exosome injections deliver the healing signals of stem cells without the cells.',
        'Our exosomes come from lab-grown cells and target disc inflammation.',
      ],
      nearMiss: [
        'Cells send chemical signals to their neighbours.',
        'We study tiny particles released by cells.',
      ],
    },
    es: {
      match: [
        'Los exosomas llevan las señales regenerativas de las células madre.',
        'Ofrecemos terapia con exosomas para la hernia de disco.',
      ],
      nearMiss: [
        'Las células envían señales químicas a sus vecinas.',
        'Estudiamos partículas diminutas que liberan las células.',
      ],
    },
  },
  answer: [
    {
      text: 'FDA has approved no exosome product; exosomes used to treat disease are regulated as drugs and biological products that need approval before they are marketed.',
      sourceIds: ['fdaExosomeAlert'],
    },
    {
      text: 'In 2019 FDA warned of serious adverse events in patients in Nebraska who were treated with unapproved products marketed as containing exosomes.',
      sourceIds: ['fdaExosomeAlert'],
    },
    {
      text: 'A 2025 review lists cell-free approaches such as exosomes among the directions still being researched for disc degeneration.',
      sourceIds: ['nassj2025'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Young cells from umbilical cord / Wharton's jelly / amniotic fluid". */
export const BIRTH_TISSUE: Facet = {
  id: 'birth-tissue',
  wording: {
    en: {
      any: [
        'umbilical',
        'cord[- ]blood',
        'cord (?:tissue|cells|stem cells)',
        'Wharton',
        'amnio\\p{L}*',
        'amnion',
        'placent\\p{L}*',
        'birth tissues?',
        'perinatal',
      ],
    },
    es: {
      any: [
        'umbilical\\p{L}*',
        'cordón umbilical',
        'sangre de cordón',
        'Wharton',
        'amni[oó]\\p{L}*',
        'placent\\p{L}*',
        'perinatal\\p{L}*',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'We inject young stem cells from umbilical cord tissue.',
        "Wharton's jelly contains millions of live stem cells.",
        'Amniotic fluid injections calm inflammation in the back.',
      ],
      nearMiss: [
        'The spinal cord runs through the vertebrae.',
        'Donors give blood at the local hospital.',
      ],
    },
    es: {
      match: [
        'Usamos células madre del cordón umbilical.',
        'La gelatina de Wharton contiene células jóvenes.',
      ],
      nearMiss: [
        'La médula espinal pasa por dentro de las vértebras.',
        'Los donantes dan sangre en el hospital local.',
      ],
    },
  },
  answer: [
    {
      text: 'FDA lists products from umbilical cord blood, Wharton’s jelly and amniotic fluid among regenerative products that are not approved; its only approved cord-blood products are for disorders of blood formation.',
      sourceIds: ['fdaConsumer', 'fdaConsumerAlert2020'],
    },
    {
      text: 'Bacterially contaminated umbilical cord blood products sold as stem-cell treatments caused infections in 20 patients in 8 US states who received them in 2017 and 2018.',
      sourceIds: ['hartnett2021', 'perkins2018'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};
