import type { PriceRange } from '../knowledge/types';
import type { Facet } from './types';
import { FACETS_REVIEWED_ON } from './reviewed';

/**
 * Facets about money: a price on the page, and insurance, health savings accounts and financing.
 * The price itself is parsed by the price parser (content/detect/prices.ts); these patterns only
 * say that the sentence quotes one.
 */

/** "A single injection costs $4,800": the sentence quotes a price. */
export const PRICE: Facet = {
  id: 'price',
  wording: {
    en: {
      any: [
        '(?:US ?|USD ?|CA|AU|A)?\\$ ?\\p{N}[\\p{N},.]{0,12}(?: ?(?:k|K|thousand|million))?',
        '(?:€|£|EUR ?|GBP ?|MXN ?)\\p{N}[\\p{N},.]{0,12}',
        '\\p{N}[\\p{N},.]{0,12} ?(?:k )?(?:dollars|USD|euros?|EUR|€|pounds|GBP|£|pesos|MXN)',
        '(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty) (?:hundred|thousand) (?:dollars|euros|pounds)',
      ],
    },
    es: {
      any: [
        '(?:US|USD|MXN|MX)?\\$ ?\\p{N}[\\p{N},.]{0,12}(?: ?(?:mil|millones?))?',
        '(?:€|EUR ?)\\p{N}[\\p{N},.]{0,12}',
        '\\p{N}[\\p{N},.]{0,12} ?(?:mil )?(?:dólares|dolares|euros?|pesos|USD|MXN|€)',
        '(?:mil|dos mil|tres mil|cinco mil|diez mil) (?:dólares|euros|pesos)',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'A single injection costs $4,800 at our Dallas clinic.',
        'Treatment packages start at 6,500 dollars, consultation included.',
        'Prices range from $3k to $9k depending on the number of discs.',
      ],
      nearMiss: [
        'The clinic opened in 2019 and employs 12 staff.',
        'The trial followed 45 patients for 12 months.',
      ],
    },
    es: {
      match: [
        'El tratamiento cuesta 4.500 dólares por inyección.',
        'Una sesión cuesta 3.000 € en nuestra clínica.',
      ],
      nearMiss: [
        'El estudio siguió a 45 pacientes durante 12 meses.',
        'La clínica abrió en 2015 y tiene 20 empleados.',
      ],
    },
  },
  answer: [
    {
      text: 'In a 2024 ruling on one US clinic network, the court recorded that a single fat-derived cell treatment typically cost $8,900 and a twelve-treatment option $41,500, paid out of pocket.',
      sourceIds: ['ninthCircuit2024'],
    },
  ],
  visual: 'prices',
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Not covered by insurance, but HSA and financing accepted": how the treatment is paid for. */
export const INSURANCE: Facet = {
  id: 'insurance',
  wording: {
    en: {
      any: [
        'insur(?:ance|ances|er|ers)',
        'health (?:plans?|coverage)',
        'HSA',
        'FSA',
        'health savings accounts?',
        'flexible spending accounts?',
        'financ(?:e|es|ed|ing)',
        'payment plans?',
        'monthly payments?',
        'reimburs\\p{L}*',
        'Medicare',
        'Medicaid',
        'out[- ]of[- ]pocket',
        'self[- ]pay\\p{L}*',
      ],
    },
    es: {
      any: [
        'seguros? (?:médicos?|de salud|de gastos médicos)',
        'aseguradoras?',
        'financi(?:amiento|ación|ar|ado|ada|amos)',
        'meses sin intereses',
        'pagos? mensuales',
        'planes? de pago',
        'reembols\\p{L}*',
        'cobertura',
        'Medicare',
        'de su bolsillo',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Stem cell injections are not covered by insurance, but we offer financing.',
        'You can pay with your HSA or FSA card.',
        'Ask about our monthly payment plans.',
      ],
      nearMiss: [
        'The financial district is a short walk from our office.',
        'Our coordinators can help plan your travel.',
      ],
    },
    es: {
      match: [
        'El tratamiento no está cubierto por los seguros médicos.',
        'Ofrecemos financiamiento a meses sin intereses.',
        'Consulte nuestros planes de pago mensuales.',
      ],
      nearMiss: [
        'El procedimiento es seguro porque usa sus propias células.',
        'La clínica está cerca del centro financiero.',
      ],
    },
  },
  answer: [
    {
      text: 'A US insurer’s medical policy classes stem-cell therapy for orthopedic conditions, including the intervertebral discs, as investigational.',
      sourceIds: ['bcbsAlPolicy'],
    },
    {
      text: 'In a 2024 ruling on one US clinic network, the court noted that its treatments were not covered by insurance and patients paid out of pocket.',
      sourceIds: ['ninthCircuit2024'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/**
 * Published prices the facets chart beside the knowledge pack's ranges
 * (topic/knowledge/prices.ts). A single typical figure is a range with low = high.
 */
export const FACET_PRICE_RANGES: readonly PriceRange[] = [
  {
    id: 'price-us-svf-court-record',
    label: 'One US clinic network, one fat-derived (SVF) treatment (court record)',
    region: 'US',
    // checked: search, the opinion's text: "A single treatment typically costs $8,900".
    low: 8900,
    high: 8900,
    typical: 8900,
    currency: 'USD',
    per: 'one treatment',
    year: 2024,
    note: 'The typical price one clinic network charged, as the court recorded it; not a survey of clinics.',
    sourceIds: ['ninthCircuit2024'],
  },
];
