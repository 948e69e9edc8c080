import type { LanguagePack } from '../schema';
import { GATE_ES } from './gate';

/**
 * Spanish vocabulary for the same topic. Accents are optional in patterns (`c[eé]lulas`)
 * because pages and forum posts often drop them.
 */
/** A question inside a sentence ("¿...?"): Spanish opens every question with its own mark. */
const QUESTION = '¿[^.?!¿]{0,160}\\?';

/** Announcing what a page will discuss (RUBRIC 2, topic announcements). */
const ANNOUNCEMENT = [
  '(?:hoy )?vamos a (?:ver|explicar|explorar|analizar|hablar|repasar|conocer|revisar)',
  '(?:analizaremos|exploraremos|veremos|hablaremos|repasaremos|explicaremos|revisaremos)',
];

export const STEM_CELL_BACK_PAIN_ES: LanguagePack = {
  lang: 'es',
  ...GATE_ES,
  treatmentWeak: ['medicina regenerativa', 'terapias? regenerativas?', 'las c[eé]lulas'],
  condition: [
    'dolor (?:lumbar|de espalda|de cuello|cervical|ci[aá]tico|de columna)',
    'lumbalgias?',
    'lumbares?',
    'ci[aá]tica',
    'hernias? (?:discal(?:es)?|de disco)',
    'discal(?:es)?',
    'discos?(?: intervertebral(?:es)?)?',
    'columna(?: vertebral)?',
    'espalda',
    'v[eé]rtebras?',
    'vertebral(?:es)?',
    'degeneraci[oó]n discal',
    'estenosis',
    'radiculopat[ií]a',
    'facetas?',
    'artrodesis',
  ],
  offTopic: [
    'rodillas?',
    'hombros?',
    'piel',
    'arrugas',
    'cosm[eé]tic\\p{L}*',
    'envejecimiento',
    'paso del tiempo',
    'leucemias?',
    'linfomas?',
    'quimioterapia',
    'radioterapia',
    'trasplantes?',
    'sangu[ií]ne\\p{L}*',
    'coraz[oó]n',
    'parkinson\\p{L}*',
    'alzh[eé]imer\\p{L}*',
    'lesi(?:[oó]n|ones) (?:de )?m[eé]dula espinal',
    // Many diseases at once, none of them the back: a generic promise (RUBRIC 2c).
    '(?:m[uú]ltiples|diversas|distintas|diferentes|muchas|numerosas|todo tipo de) (?:enfermedades|padecimientos|dolencias|patolog[ií]as|afecciones)',
  ],
  clinical: [
    'terapias?',
    'tratamientos?',
    'tratad[oa]s?',
    'inyecci[oó]n(?:es)?',
    'inyectad[oa]s?',
    'infiltraci[oó]n(?:es)?',
    'procedimientos?',
    'pacientes?',
    'cl[ií]nicas?',
    't[eé]cnica',
  ],
  cohort: ['pacientes', 'participantes', 'sujetos'],
  references: [
    '(?:este|esta|estos|estas|el|la|los|las|del|dicho|dicha|su|sus) (?:[\\p{L}-]+ ){0,2}(?:tratamientos?|terapias?|procedimientos?|t[eé]cnica|sistema|m[eé]todo|infiltraci[oó]n|inyecci[oó]n(?:es)?|intervenci[oó]n|opci[oó]n|estudios?|ensayos?)',
  ],
  genericBiology: ['cualquier (?:tipo de )?c[eé]lula', 'indiferenciadas?'],
  personal: ['yo', 'mi', 'mis', 'me'],
  storyMarkers: [
    'mi (?:tratamiento|inyecci[oó]n|operaci[oó]n|procedimiento)',
    'me (?:inyectaron|pusieron|trataron)',
  ],
  negators: ['no', 'nunca', 'sin', 'ning[uú]n', 'ninguna', 'ni', 'tampoco'],
  nonAssertive: [
    'espero que',
    'ojal[aá]',
    'm[aá]s informaci[oó]n',
    'cont[aá]ctenos',
    'll[aá]menos',
    'pide (?:tu|una) cita',
    // A sentence that ends in a question, quoted or not, asks; it does not assert (RUBRIC 2).
    `${QUESTION}["”»']*$`,
    // An announcement asserts nothing either, whatever it names (RUBRIC 2).
    ...ANNOUNCEMENT,
    // A need stated is not a claim that this therapy meets it.
    '(?:existe|hay) (?:una )?(?:[\\p{L}]+ )?necesidad (?:[\\p{L}]+ )?de (?:un |una |nuevos? |nuevas? )?(?:tratamientos?|terapias?|opciones|soluciones|alternativas)',
  ],
  predicates: [
    'es',
    'son',
    'ha',
    'han',
    'puede',
    'pueden',
    'podr[ií]a',
    'ayuda',
    'reduce',
    'regenera',
    'evita',
    'permite',
    'mejora',
    'cura',
    'est[aá]',
    'est[aá]n',
    'consigue',
    'logra',
    'cuesta',
  ],
  subordinators: ['aunque', 'si bien', 'a pesar de'],
  approvalElsewhere: [],
  // RUBRIC.md section 2, "These are NONE": the same kinds as the English pack's.
  none: {
    availability: [
      '(?:ofrecemos|realizamos|nuestr[oa] (?:cl[ií]nica|centro|equipo) (?:ofrece|realiza))',
      '(?:est[aá]|est[aá]n) disponibles? en',
    ],
    credentials: ['a[nñ]os de experiencia', 'especialista en', 'certificad[oa]s?'],
    logistics: [
      'ambulatori[oa]s?',
      'anestesia local',
      '(?:(?:guiad[oa]s?|control) (?:por|con|de) (?:ecograf\\p{L}*|radioscop\\p{L}*|rayos x|fluoroscop\\p{L}*)|control (?:ecogr[aá]fico|radiosc[oó]pico|fluorosc[oó]pico))',
      'reposo',
      '(?:consulta|cita)',
    ],
    otherTreatment: [
      '(?:plasma rico en plaquetas|prp|corticoides?|esteroides?|ozono|fisioterapia|epidural|cirug[ií]a de fusi[oó]n|discectom[ií]a)',
    ],
    // A neutral question inside a sentence, such as one quoted at its end (RUBRIC 2).
    question: [QUESTION],
    topicAnnouncement: [
      '(?:en (?:este|el presente) (?:art[ií]culo|post|texto|blog|v[ií]deo)|te (?:explicamos|contamos)|os (?:explicamos|contamos))',
      ...ANNOUNCEMENT,
    ],
  },
  cues: [
    {
      id: 'es-eficacia',
      pattern:
        '(?:eficacia|efica(?:z|ces)|efectiv[oa]s?|[eé]xito|alivi\\p{L}*|mejor[ií]a|mejora\\p{L}*|efecto analg[eé]sico|acabar con (?:el|este|ese) dolor|funciona)',
      category: 'efficacy',
      lean: 'promotional',
      weight: 3,
    },
    {
      // Outcomes stated directly (RUBRIC 3.3): less pain, less need for painkillers.
      id: 'es-menos-dolor',
      pattern:
        '(?:(?:reducci[oó]n|disminuci[oó]n|descenso|control|desaparici[oó]n) (?:[\\p{L}-]+ ){0,2}del dolor|(?:reduc|disminu|calm|elimin|quit)\\p{L}* (?:[\\p{L}-]+ ){0,2}(?:el|su|del) dolor|menos dolor|(?:reduc|disminu|elimin|abandon|retir)\\p{L}* (?:[\\p{L}-]+ ){0,3}(?:opioides|opi[aá]ceos|analg[eé]sicos|calmantes|morfina)|dejar(?:on)? de (?:tomar|necesitar) (?:[\\p{L}-]+ ){0,2}(?:opioides|opi[aá]ceos|analg[eé]sicos|calmantes|medicaci[oó]n|pastillas))',
      category: 'efficacy',
      lean: 'promotional',
      weight: 3,
    },
    {
      id: 'es-mecanismo',
      pattern:
        '(?:regenera\\p{L}*|repara\\p{L}*|tejidos? da[nñ]ad[oa]s?|nivel celular|cart[ií]lago|inflamaci[oó]n|factores de crecimiento)',
      category: 'mechanism',
      lean: 'promotional',
      weight: 2,
    },
    {
      id: 'es-seguridad',
      pattern:
        '(?:(?:es|son) segur[oa]s?|seguridad|efectos (?:secundarios|adversos)|complicaciones|riesgos?|infecci[oó]n)',
      category: 'safety',
      weight: 2,
    },
    {
      // Harms named (RUBRIC 3, safety): dangers, infections of the disc, tumours, rejection.
      id: 'es-peligro',
      pattern:
        '(?:peligros?|peligros[oa]s?|da[nñ]in[oa]s?|perjudicial(?:es)?|discitis|tumores|reacci[oó]n(?:es)? (?:al[eé]rgicas?|adversas?)|eventos adversos|rechazo)',
      category: 'safety',
      lean: 'cautionary',
      weight: 2,
    },
    {
      id: 'es-coste',
      pattern:
        '(?:car[oa]s?|cost(?:e|o|oso|osa)s?|precios?|asequible|barat[oa]|seguros? m[eé]dicos?|euros|d[oó]lares)',
      category: 'cost',
      weight: 3,
    },
    {
      id: 'es-regulatorio',
      pattern:
        '(?:aprobad[oa]s?|aprobaci[oó]n|autoriza\\p{L}*|agencia espa[nñ]ola|AEMPS|legal(?:es)?|ilegal(?:es)?|regulad[oa]s?)',
      category: 'regulatory',
      weight: 3,
    },
    {
      id: 'es-investigacion',
      pattern:
        '(?:investigaci[oó]n|investigador\\p{L}*|estudios? cl[ií]nicos?|ensayos?(?: cl[ií]nicos?)?|experimental(?:es)?|prometedor\\p{L}*|evidencia|en (?:fase de )?(?:desarrollo|estudio))',
      category: 'research',
      weight: 3,
    },
    {
      // The evidence itself (RUBRIC 7): studies under way, their design, where they were published.
      id: 'es-estudio-en-curso',
      pattern:
        '(?:(?:est[aá]n?|siguen|sigue|contin[uú]an?) (?:ahora |todav[ií]a |a[uú]n )?(?:evaluando|estudiando|investigando|probando|ensayando|analizando)|(?:ensayos?|estudios?) (?:[\\p{L}-]+ ){0,5}(?:en marcha|en curso)|(?:ensayos?|estudios?) (?:piloto|aleatorizad[oa]s?|controlad[oa]s?|multic[eé]ntric[oa]s?|de fase|en fase)|publicad[oa]s? (?:[\\p{L}-]+ ){0,2}en (?:la |una )?revista|revistas? (?:cient[ií]ficas?|m[eé]dicas?|especializadas?)|(?:los|unos|varios|un equipo de) cient[ií]ficos|en (?:seres )?humanos)',
      category: 'research',
      weight: 3,
    },
    {
      id: 'es-cirugia',
      pattern:
        '(?:(?:evit|ahorr)\\p{L}* (?:una |la |el )?(?:cirug[ií]a|operaci[oó]n|intervenci[oó]n|quir[oó]fano)|sin (?:cirug[ií]a|operaci[oó]n|pasar por (?:el )?quir[oó]fano)|no (?:tiene|tienen|tendr[aá]|tendr[aá]n|hay) que pasar por (?:el )?quir[oó]fano|(?:alternativa|opci[oó]n) (?:a|frente a) la (?:cirug[ií]a|artrodesis|fusi[oó]n|operaci[oó]n|intervenci[oó]n)|(?:sustitu|reemplaz)\\p{L}* (?:a |al )?(?:la |una |el )?(?:cirug[ií]a|operaci[oó]n|intervenci[oó]n|artrodesis|fusi[oó]n)|(?:se va|se marcha|vuelve|regresa|puede irse|puede volver) a (?:su )?casa|m[ií]nimamente invasiv[oa]s?|no (?:invasiv|quir[uú]rgic)[oa]s?|en (?:lugar|vez) de (?:la |una )?(?:cirug[ií]a|operaci[oó]n|intervenci[oó]n|operar(?:se)?))',
      category: 'alternative-to-surgery',
      lean: 'promotional',
      weight: 3,
    },
    {
      id: 'es-promo',
      pattern:
        '(?:ventajas?|abr\\p{L}* (?:una |la |las )?(?:gran |grandes |nueva |nuevas )?(?:ventanas?|puertas?)|nueva esperanza|avanzad[oa]s?|buena opci[oó]n)',
      lean: 'promotional',
      weight: 1,
    },
    {
      id: 'es-cautela',
      pattern:
        '(?:(?:lado|aspecto|punto) negativo|desventaja|precauci[oó]n|no (?:est[aá] )?(?:aprobad|demostrad)\\p{L}*|muy car[oa])',
      lean: 'cautionary',
      weight: 2,
    },
  ],
  abbreviations: [
    'dr',
    'dra',
    'sr',
    'sra',
    'srta',
    'ud',
    'uds',
    'pág',
    'etc',
    'ee.uu',
    'núm',
    'aprox',
  ],
};
