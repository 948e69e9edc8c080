import type { PatternSpec } from '../schema';
import type { FacetLang } from './types';

/**
 * Places and words that put a claim outside the US: countries and cities where clinics sell cell
 * treatments to visitors, their regulators, and "abroad". Pattern rules: topic/schema.ts.
 * Europe is left out on purpose: its cell products fall under the EU's medicines rules.
 */
export const ABROAD: Readonly<Record<FacetLang, readonly PatternSpec[]>> = {
  en: [
    'Mexic\\p{L}*',
    'Tijuana',
    'Canc[uú]n',
    'Guadalajara',
    'Monterrey',
    'Panam\\p{L}*',
    'Colombi\\p{L}*',
    'Medell[ií]n',
    'Bogot[aá]',
    'Costa Ric\\p{L}*',
    'Dominican Republic',
    'Bahamas',
    'Cayman Islands',
    'Antigua',
    'Turk(?:ey|iye|ish)',
    'Thailand',
    'Bangkok',
    'India',
    'China',
    'Ukrain\\p{L}*',
    'Russia',
    'Moscow',
    'Serbia',
    'abroad',
    'overseas',
    'offshore',
    'outside (?:of )?the (?:US|U\\.S\\.|United States)',
    '(?:other|another) countr\\p{L}*',
    'COFEPRIS',
    'INVIMA',
    '(?:local|national|foreign) (?:health )?(?:authorit\\p{L}*|regulators?|ministr\\p{L}*)',
    'Ministry of Health',
  ],
  es: [
    'M[eé]xico',
    'mexican\\p{L}*',
    'Tijuana',
    'Canc[uú]n',
    'Guadalajara',
    'Monterrey',
    'Panam[aá]',
    'panameñ\\p{L}*',
    'Colombia',
    'colombian\\p{L}*',
    'Medell[ií]n',
    'Bogot[aá]',
    'Costa Rica',
    'República Dominicana',
    'COFEPRIS',
    'INVIMA',
    'Secretaría de Salud',
    'Ministerio de Salud',
    'autoridad(?:es)? sanitarias? (?:locales?|nacionales?|del país)',
    'en el extranjero',
    'fuera de (?:los )?(?:Estados Unidos|EE\\.? ?UU)',
    'otros? país(?:es)?',
  ],
};

/** Words for "percent" after a number, every language (`%` is the matcher's own). */
export const PERCENT_WORDS: readonly string[] = ['percent', 'per cent', 'por ciento'];
