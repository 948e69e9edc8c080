import type { GateWords, TopicGate } from '../schema';

/**
 * The treatment terms of each language and their key fragments: all that the content script
 * carries of the topic (the page gate, content/detect/gate.ts). The language packs (en.ts,
 * es.ts) take these lists from here, so there is one copy; the rest of the vocabulary stays out
 * of every page and runs in the background (issue 12, "Where it runs").
 */

/** English names of the therapy and their keys. */
export const GATE_EN: GateWords = {
  treatment: [
    'stem[- ]?cells?',
    { cs: 'B?M?-?MSCs?' },
    { cs: 'MPCs?' },
    'mesenchymal',
    'stromal (?:vascular fraction|cells?|cell products?)',
    { cs: 'c?BMAC?' },
    { cs: 'BMCs?' },
    { cs: 'SVF' },
    'bone marrow (?:aspirate|concentrate)s?',
    'bone marrow[- ]derived',
    'adipose[- ](?:derived|tissue[- ]derived)',
    'fat[- ]derived',
    'umbilical cord',
    'cord blood',
    "wharton'?s jelly",
    'amniotic',
    'exosomes?',
    'extracellular vesicles?',
    'regenerative cell therap(?:y|ies)',
    'cellular therap(?:y|ies)',
    'cell[- ]based therap(?:y|ies)',
    'cell therap(?:y|ies)',
    'regenexx',
    'rexlemestrocel(?:-l)?',
    'mesoblast',
    'discgenics',
  ],
  treatmentKeys: [
    '(?:\\b|_)(?:stem|mesenchym|stromal|marrow|adipose|fat\\W+derived|umbilical|cord\\W+blood|wharton|amniotic|exosome|vesicle|cell|regenexx|rexlemestrocel|mesoblast|discgenics)',
    { cs: 'MSC|MPC|BMA|BMC|SVF' },
  ],
};

/** Spanish names of the therapy and their keys. */
export const GATE_ES: GateWords = {
  treatment: [
    'c[eé]lulas? madres?',
    'c[eé]lulas? (?:madre )?mesenquimales?',
    'mesenquimales?',
    'c[eé]lulas? del estroma',
    'terapias? celular(?:es)?',
    'm[eé]dula [oó]sea',
    'tejido adiposo',
    'cord[oó]n umbilical',
    'gelatina de wharton',
    'exosomas?',
  ],
  treatmentKeys: [
    'lulas?\\s|(?:\\b|_)(?:mesenquimal|terapias?\\W+celular|tejido\\W+adiposo|umbilical|wharton|exosoma)|dula\\s+[oó]sea',
  ],
};

/** The page gate of the topic: every language, in the order of STEM_CELL_BACK_PAIN's languages. */
export const STEM_CELL_BACK_PAIN_GATE: TopicGate = { languages: [GATE_EN, GATE_ES] };
