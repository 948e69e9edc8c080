import type { Facet } from './types';
import { FACETS_REVIEWED_ON } from './reviewed';

/**
 * Facets about results: success rates, regrown discs, avoided surgery, fast recovery. Example
 * sentences are our own (never copied from a page). Figures are as the cited sources give them;
 * sources.ts (here and in topic/knowledge/) says how each was checked.
 */

/** "90% of our patients report relief": a success or satisfaction percentage. */
export const SUCCESS_RATE: Facet = {
  id: 'success-rate',
  wording: {
    en: {
      any: [
        '\\p{N}{1,3}(?:[.,]\\p{N}{1,2})? ?(?:%|percent|per cent)',
        '(?:nine|eight|seven|six) (?:out of|in) (?:ten|10)',
        '\\p{N}{1,2} (?:out of|in) (?:10|ten)',
      ],
      with: [
        'success\\p{L}*',
        'succeed\\p{L}*',
        'satisf\\p{L}*',
        'improv\\p{L}*',
        'relie(?:f|ve|ves|ved)',
        'better',
        'respon(?:d|ds|ded|ders?|se)',
        'effective\\p{L}*',
        'pain[- ]free',
        'less pain',
        '(?:reduc\\p{L}*|decreas\\p{L}*) (?:[\\p{L}-]+ ){0,2}pain',
        'pain (?:reduction|relief)',
        'recommend\\p{L}*',
        'results?',
        'work(?:s|ed)',
        'happy',
      ],
    },
    es: {
      any: [
        '\\p{N}{1,3}(?:[.,]\\p{N}{1,2})? ?(?:%|por ciento)',
        '(?:nueve|ocho|siete|seis) de cada (?:diez|10)',
        '\\p{N}{1,2} de cada (?:10|diez)',
      ],
      with: [
        '[eé]xito\\p{L}*',
        'exitos\\p{L}*',
        'satisf\\p{L}*',
        'mejor\\p{L}*',
        'alivi\\p{L}*',
        'eficac\\p{L}*',
        'efectiv\\p{L}*',
        'resultados?',
        'sin dolor',
        'menos dolor',
        '(?:reduc\\p{L}*|disminu\\p{L}*) (?:[\\p{L}-]+ ){0,2}dolor',
        'recomiend\\p{L}*',
        'recomend\\p{L}*',
        'funcion(?:a|an|ó)',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Over 90% of our patients report lasting relief after a single stem cell injection.',
        'Our success rate with disc injections is 87 percent.',
        'Nine out of ten patients say they would recommend the procedure to a friend.',
      ],
      nearMiss: [
        'About 80% of adults have back pain at some point in their lives.',
        'A 50% deposit secures your appointment date.',
        'Our clinic has treated patients for more than ten years.',
      ],
    },
    es: {
      match: [
        'El 92% de nuestros pacientes siente alivio del dolor lumbar tras una sola sesión.',
        'Nueve de cada diez pacientes quedan satisfechos con el tratamiento.',
        'Tenemos una tasa de éxito del 85 por ciento en hernias de disco.',
      ],
      nearMiss: [
        'Cerca del 80% de los adultos tendrá dolor de espalda en algún momento.',
        'Se pide un anticipo del 30% para reservar la cita.',
      ],
    },
  },
  answer: [
    {
      // RESPINE 74% vs 69% (n 58/56); Levi 40% vs 39% at 6 months, 44% vs 56% at 12 (n 45/18).
      text: 'The sham-controlled trials that publish responder shares found similar shares improving with cells and with a sham procedure; the chart gives both arms with their size.',
      sourceIds: ['respine', 'levi2025'],
    },
    {
      text: 'People given saline or a sham in these trials also improved, so a share of improved patients without a comparison group cannot tell the treatment apart from placebo effects and natural recovery.',
      sourceIds: ['ju2022', 'respine'],
    },
    {
      text: 'In a US survey of stem-cell clinics treating knees, the clinics claimed on average that 82% of patients improved.',
      sourceIds: ['piuzzi2018'],
    },
  ],
  visual: 'responders',
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Regrows your discs": a claim that cells rebuild or regenerate disc tissue. */
export const REGROW_DISC: Facet = {
  id: 'regrow-disc',
  wording: {
    en: {
      any: [
        'regenerat\\p{L}*',
        're-?grow\\p{L}*',
        'grows? back',
        'rebuild\\p{L}*',
        'repair\\p{L}*',
        'restor\\p{L}*',
        'heal(?:s|ed|ing)?',
        'rehydrat\\p{L}*',
        'revers\\p{L}*',
        'new (?:disc |disk |cartilage )?tissue',
      ],
      with: [
        'discs?',
        'disks?',
        'cartilage',
        'spin(?:e|es|al)',
        'vertebra\\p{L}*',
        'nucleus pulposus',
      ],
    },
    es: {
      any: [
        'regener\\p{L}*',
        'reconstru\\p{L}*',
        'repar(?:a|an|ar|ando|ación|e)',
        'restaur\\p{L}*',
        'rehidrat\\p{L}*',
        'revert\\p{L}*',
        'revierte\\p{L}*',
        'nuevo tejido',
        'vuelv\\p{L}* a crecer',
      ],
      with: [
        'discos?',
        'cartílagos?',
        'columna',
        'vértebras?',
        'vertebral\\p{L}*',
        'núcleo pulposo',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Injected stem cells regenerate damaged discs and restore their height.',
        'Our treatment regrows the cartilage in worn spinal discs.',
        'The cells help your body rebuild the disc from the inside.',
      ],
      nearMiss: [
        'Regenerative medicine clinics have opened across the country.',
        'Keep your spine healthy with regular walking.',
        'A disc sits between two vertebrae and works as a cushion.',
      ],
    },
    es: {
      match: [
        'Las células madre regeneran el disco dañado sin cirugía.',
        'El tratamiento ayuda a reparar el cartílago de la columna.',
      ],
      nearMiss: [
        'La medicina regenerativa es un campo en crecimiento.',
        'Cada disco funciona como un amortiguador entre dos vértebras.',
      ],
    },
  },
  answer: [
    {
      text: 'A 2025 review of 13 low- to moderate-quality trials found modest improvements in pain and disability, but no convincing imaging evidence that injected cells repair the disc.',
      sourceIds: ['nassj2025'],
    },
    {
      text: 'In one sham-controlled trial, disc height on MRI increased after cell injections, while pain, disability and quality of life were no better than after the sham at 6 months.',
      sourceIds: ['dream'],
    },
    {
      text: 'In an uncontrolled series, 8 of 20 treated discs looked one grade better on MRI after 12 months; with no control group, the change cannot be put down to the injection.',
      sourceIds: ['pettine2016'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Avoid surgery": cell injections as a way to avoid or delay an operation. */
export const AVOID_SURGERY: Facet = {
  id: 'avoid-surgery',
  wording: {
    en: {
      any: [
        '(?:avoid|avoids|avoided|avoiding|delay\\p{L}*|postpon\\p{L}*|skip\\p{L}*|prevent\\p{L}*|eliminat\\p{L}*) (?:[\\p{L}\\u0027-]+ ){0,3}(?:surgery|surgeries|fusions?|discectom\\p{L}*|operations?|the operating room|the knife)',
        'alternative to (?:[\\p{L}-]+ ){0,2}(?:surgery|fusion|an operation)',
        'instead of (?:[\\p{L}-]+ ){0,2}(?:surgery|fusion|an operation)',
        '(?:no need for|without the need for|without) (?:[\\p{L}-]+ ){0,2}(?:surgery|fusion|an operation)',
        'non-?surgical (?:alternatives?|options?|solutions?)',
      ],
    },
    es: {
      any: [
        '(?:evit\\p{L}*|retras\\p{L}*|posterg\\p{L}*|pospon\\p{L}*) (?:[\\p{L}-]+ ){0,3}(?:cirugías?|operación|operaciones|fusión|quirófano)',
        'alternativas? (?:no quirúrgicas? )?a (?:la |una )?(?:cirugía|operación|fusión)',
        'en lugar de (?:la |una )?(?:cirugía|operación)',
        'sin (?:necesidad de )?(?:cirugía|operación|pasar por (?:el )?quirófano)',
        'alternativas? no quirúrgicas?',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Many of our patients avoid spinal fusion after one injection.',
        'Stem cell therapy is a safe alternative to back surgery.',
        'Get back to your life without the need for an operation.',
      ],
      nearMiss: [
        'Avoid heavy lifting for two days after the injection.',
        'Some people with a herniated disc eventually need surgery.',
      ],
    },
    es: {
      match: [
        'Muchos pacientes evitan la cirugía de columna con una sola inyección.',
        'Es una alternativa a la cirugía de espalda.',
        'Vuelva a su vida sin necesidad de cirugía.',
      ],
      nearMiss: [
        'Evite cargar peso durante dos días después de la inyección.',
        'Algunas hernias de disco requieren cirugía.',
      ],
    },
  },
  answer: [
    {
      text: 'Figures on surgery avoided come from an uncontrolled series: 24 of 26 patients had not had surgery at 12 months and 21 at two years, with no comparison group.',
      sourceIds: ['pettine2016'],
    },
    {
      text: 'In the sham-controlled trials that publish responder shares, similar shares of people improved with cells and with a sham procedure.',
      sourceIds: ['respine', 'levi2025'],
    },
    {
      text: 'UK guidance advises against spinal fusion for low back pain except within a randomised controlled trial.',
      sourceIds: ['niceNg59'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};

/** "Results in days, no downtime": a claim about how fast people recover or feel better. */
export const FAST_RESULTS: Facet = {
  id: 'fast-results',
  wording: {
    en: {
      any: [
        '(?:results?|relief|improvement|better|recover\\p{L}*|back to (?:work|normal)|pain[- ]free|walk\\p{L}* out) (?:[\\p{L}\\u0027-]+ ){0,3}(?:within|in|after|by) (?:just |only |a few |as little as )?(?:\\p{N}{1,2} |one |two |three |four |a |a couple of |few )?(?:days?|hours?|weeks?)',
        '(?:no|zero|minimal|little|without) downtime',
        'same[- ]day (?:recovery|discharge|return)',
        '(?:return|go back|get back|back) to (?:work|normal (?:life|activities)) (?:the )?(?:next|same) day',
      ],
    },
    es: {
      any: [
        '(?:resultados?|alivio|mejor\\p{L}*|recupera\\p{L}*) (?:[\\p{L}-]+ ){0,3}(?:en|a los|tras|después de|dentro de) (?:solo |sólo |pocos |pocas |unos |unas |apenas )?(?:\\p{N}{1,2} |un |una |dos |tres |cuatro )?(?:días?|horas?|semanas?)',
        'sin tiempo de (?:recuperación|inactividad)',
        'sin reposo',
        '(?:vuelv\\p{L}*|regres\\p{L}*) (?:[\\p{L}-]+ ){0,2}(?:trabajo|rutina) (?:al día siguiente|el mismo día)',
      ],
    },
  },
  examples: {
    en: {
      match: [
        'Most patients feel relief within a few days of the injection.',
        'There is no downtime, so you can go back to work the next day.',
        'You will see results in as little as two weeks.',
      ],
      nearMiss: [
        'The clinic answers emails within two days.',
        'Trial results were reported after twelve months.',
      ],
    },
    es: {
      match: [
        'Muchos pacientes sienten alivio en pocos días.',
        'Sin tiempo de recuperación: vuelva al trabajo al día siguiente.',
      ],
      nearMiss: [
        'La clínica responde los correos en dos días.',
        'Los resultados del ensayo se publicaron tras doce meses.',
      ],
    },
  },
  answer: [
    {
      text: 'In a sham-controlled trial, 40% of 45 people given bone-marrow concentrate and 33% of 18 given a sham had at least halved their pain at 3 months, the earliest time point reported.',
      sourceIds: ['levi2025'],
    },
    {
      text: 'In a clinic series of 33 patients with no control group, 13.8% had at least halved their pain at the first follow-up visit and 38.9% at one year.',
      sourceIds: ['wolff2020'],
    },
    {
      text: 'FDA has received reports of infections and other serious harms after unapproved cell products, including ones made from a patient’s own cells.',
      sourceIds: ['fdaConsumer'],
    },
  ],
  reviewedOn: FACETS_REVIEWED_ON,
};
