import { withoutUnicodeClasses } from './compile';
import { normalize, toOriginal } from './normalize';
import type { Category, PriceMention } from './types';

/**
 * Price parser for cost claims: "$7,000–$9,000", "$5k", "USD 5000", "5.000 €", "£2,500 per
 * injection", "five thousand dollars", "cinco mil euros". The popup charts the amounts.
 * Every quantifier is bounded, so a long run of digits cannot make the regex backtrack.
 */

const NUM = '\\d{1,3}(?:[,.]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?';
const MULT = '(?: ?(?:k|thousand|million|mil|m|bn|billion)(?![\\p{L}]))?';
const PRE = '(?:US\\$|USD|CA\\$|AU\\$|A\\$|C\\$|\\$|€|EUR|£|GBP)';
const POST = '(?:USD|EUR|GBP|dollars?|euros?|pounds?|d[oó]lares|libras|€|\\$)';
const SEP = ' ?(?:-|–|—|to|and|a|y|hasta|through) ?';
const UNITS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cincuenta';
// A number word is required ("five thousand dollars", "a thousand"): "several thousand dollars"
// names no amount. Spanish "mil dólares" alone means one thousand.
const WORDS = `(?:(?:${UNITS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? (?:hundred|thousand|million|mil)|mil) (?:dollars|euros|pounds|d[oó]lares)`;

export const MONEY = new RegExp(
  withoutUnicodeClasses(
    '(?<![\\p{L}\\p{N}$€£])(?:' +
      `(?<p1>${PRE}) ?(?<a1>${NUM})(?<m1>${MULT})(?:(?<s1>${SEP})(?:${PRE})? ?(?<a2>${NUM})(?<m2>${MULT}))?(?: ?(?<c1>${POST})(?![\\p{L}]))?` +
      `|(?<a3>${NUM})(?<m3>${MULT})(?:${SEP}(?<a4>${NUM})(?<m4>${MULT}))? ?(?<c3>${POST})(?![\\p{L}])` +
      `|(?<w>${WORDS})(?![\\p{L}])` +
      ')',
  ),
  'gi',
);

export const PER = new RegExp(
  withoutUnicodeClasses(
    '^,? ?(?:per|each|a|an|for|por|cada|/) ?(?:(?:a|an|the|each|one|every|cada|la|el|una|un) )?(?:[\\p{L}-]+ )?(?<per>injections?|sessions?|treatments?|procedures?|discs?|levels?|visits?|vials?|packages?|courses?|rounds?|infusions?|inyecci[oó]n(?:es)?|sesi[oó]n(?:es)?|tratamientos?)(?![\\p{L}])',
  ),
  'i',
);

const PER_NAMES: Record<string, string> = {
  inyeccion: 'injection',
  inyeccione: 'injection',
  sesion: 'session',
  sesione: 'session',
  tratamiento: 'treatment',
};

const WORD_VALUES: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
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
};

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mil: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
  hundred: 100,
};

const MONEY_HINT = /[$€£]/;

/**
 * The prices of one claim, parsed from its text (`claim.text`): what the public `detectClaims`
 * (index.ts) attaches as `claim.prices`, and what the background attaches to the claims pages
 * report (the content script's detector, core.ts, leaves prices out). Offsets are into `text`.
 * A list, possibly empty, for a cost claim; for another claim, its prices when it quotes any,
 * else undefined. Never throws.
 */
export function claimPrices(text: string, category: Category): PriceMention[] | undefined {
  // The patterns run on the normalised sentence, as the detector's do.
  const norm = normalize(text);
  const t = norm.text;
  // Prices are parsed only where one can be: cost claims or a currency sign in the sentence.
  const prices = category === 'cost' || MONEY_HINT.test(t) ? parsePrices(t.slice(0, 2000)) : [];
  if (prices.length === 0 && category !== 'cost') return undefined;
  return prices.map((p) => {
    const [start, end] = toOriginal(norm, p.start, p.end);
    return { ...p, start, end };
  });
}

/**
 * Every price in `text`, in order; offsets are into `text`. Empty when there is none.
 * `max === min` for a single figure; ranges give both ends. Never throws.
 */
export function parsePrices(text: string): PriceMention[] {
  const out: PriceMention[] = [];
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY.exec(text)) !== null) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    let min: number;
    let max: number;
    let currency: string;
    if (g.w !== undefined) {
      min = max = wordsValue(g.w);
      currency = currencyOf(g.w);
    } else if (g.a1 !== undefined) {
      min = amount(g.a1, g.m1);
      max = g.a2 !== undefined ? amount(g.a2, g.m2 || g.m1) : min;
      currency = currencyOf(g.p1 ?? g.c1 ?? '$');
    } else {
      min = amount(g.a3 ?? '', g.m3 || g.m4);
      max = g.a4 !== undefined ? amount(g.a4, g.m4) : min;
      currency = currencyOf(g.c3 ?? '$');
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) continue;
    if (max < min) [min, max] = [max, min];
    const price: PriceMention = { min, max, currency, start, end };
    const per = PER.exec(text.slice(end, end + 48));
    if (per?.groups?.per) price.per = perName(per.groups.per);
    out.push(price);
  }
  return out;
}

/** Parses "7,000", "5.000", "2,5", "1500.50" with an optional multiplier ("k", "million"). */
export function amount(digits: string, mult?: string): number {
  let n: number;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(digits)) n = Number(digits.replace(/,/g, ''));
  else if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(digits))
    n = Number(digits.replace(/\./g, '').replace(',', '.'));
  else n = Number(digits.replace(',', '.'));
  const scale = mult ? SCALE[mult.trim().toLowerCase()] : undefined;
  return scale ? n * scale : n;
}

function wordsValue(words: string): number {
  const parts = words.toLowerCase().split(/[- ]+/);
  let units = 0;
  let scale = 1;
  for (const p of parts) {
    if (p in WORD_VALUES) units += WORD_VALUES[p]!;
    else if (p in SCALE) scale = SCALE[p]!;
  }
  return (units || 1) * scale;
}

function currencyOf(s: string): string {
  const t = s.toLowerCase();
  if (t.includes('€') || t.includes('eur')) return 'EUR';
  if (t.includes('£') || t.includes('gbp') || t.includes('pound') || t.includes('libra'))
    return 'GBP';
  if (t.startsWith('ca') || t.startsWith('c$')) return 'CAD';
  if (t.startsWith('au') || t.startsWith('a$')) return 'AUD';
  return 'USD';
}

function perName(word: string): string {
  const base = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/s$/, '');
  return PER_NAMES[base] ?? base;
}
