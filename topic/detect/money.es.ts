import type { MoneyWords } from '../schema';

/**
 * Spanish money words for the price parser (content/detect/prices.ts): "5.000 €", "de 3.000 a
 * 5.000 dólares", "cinco mil euros", "mil dólares por sesión". Units are reported by their
 * English name (`perNames`, keyed by the base form without accents or plural s).
 */
export const MONEY_ES: MoneyWords = {
  lang: 'es',
  currencies: ['d[oó]lares', 'libras', 'pesos(?: mexicanos| colombianos| argentinos)?'],
  spelledCurrencies: ['d[oó]lares'],
  currencyStems: { libra: 'GBP', mexicano: 'MXN', colombiano: 'COP', argentino: 'ARS' },
  rangeWords: ['a', 'y', 'hasta'],
  multipliers: { mil: 1e3 },
  numbers: {
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    quince: 15,
    veinte: 20,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
  },
  compoundOnes: [],
  scales: { mil: 1e3 },
  bareScales: ['mil'],
  perWords: ['por', 'cada'],
  perArticles: ['cada', 'la', 'el', 'una', 'un'],
  perUnits: ['inyecci[oó]n(?:es)?', 'sesi[oó]n(?:es)?', 'tratamientos?'],
  perNames: {
    inyeccion: 'injection',
    inyeccione: 'injection',
    sesion: 'session',
    sesione: 'session',
    tratamiento: 'treatment',
  },
};
