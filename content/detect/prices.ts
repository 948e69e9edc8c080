import type { MoneyPack } from '../../topic/schema';
import { compileRoles, withoutUnicodeClasses } from './compile';
import { normalize, toOriginal } from './normalize';
import type { Category, PriceMention } from './types';

/**
 * Price parser for cost claims: "$7,000–$9,000", "$5k", "USD 5000", "5.000 €", "£2,500 per
 * injection", "five thousand dollars", "cinco mil euros". The popup charts the amounts.
 * Currency symbols, ISO codes and digits are the parser's; the words come from the topic's
 * languages (topic/detect/money.*.ts). Every quantifier is bounded, so a long run of digits
 * cannot make the regex backtrack.
 */

const NUM = '\\d{1,3}(?:[,.]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?';
const PRE = '(?:US\\$|USD|CA\\$|AU\\$|A\\$|C\\$|\\$|€|EUR|£|GBP)';

/** A price parser for one topic's languages. */
export interface PriceParser {
  /**
   * Every price in `text`, in order; offsets are into `text`. Empty when there is none.
   * `max === min` for a single figure; ranges give both ends. Never throws.
   */
  parsePrices(text: string): PriceMention[];
  /**
   * The prices of one claim, parsed from its text (`claim.text`): what the detector with prices
   * (index.ts) attaches as `claim.prices`, and what the background attaches to the claims pages
   * report (the content script's detector, core.ts, leaves prices out). Offsets are into `text`.
   * A list, possibly empty, for a claim of a `priced` category; for another claim, its prices
   * when it quotes any, else undefined. Never throws.
   */
  claimPrices(text: string, category: Category): PriceMention[] | undefined;
}

/**
 * The price parser for `money`'s words (all its languages, in pack order). Longer than a screen
 * because it is a closure: the functions inside share the patterns built here; each is short.
 */
export function createPriceParser(money: MoneyPack): PriceParser {
  const words = money.languages;
  const any = (pick: (m: (typeof words)[number]) => readonly string[]) =>
    words.flatMap(pick).join('|');
  const keys = (pick: (m: (typeof words)[number]) => Readonly<Record<string, number>>) =>
    any((m) => Object.keys(pick(m)));
  const values = Object.assign({}, ...words.map((m) => m.numbers)) as Record<string, number>;
  const scale = Object.assign({}, ...words.flatMap((m) => [m.multipliers, m.scales])) as Record<
    string,
    number
  >;
  const perNames = Object.assign({}, ...words.map((m) => m.perNames)) as Record<string, string>;
  const stems = words.flatMap((m) => Object.entries(m.currencyStems));
  const priced = compileRoles(money.categories).priced;

  const MULT = `(?: ?(?:${keys((m) => m.multipliers)})(?![\\p{L}]))?`;
  const POST = `(?:USD|EUR|GBP|${any((m) => m.currencies)}|€|\\$)`;
  const SEP = ` ?(?:-|–|—|${any((m) => m.rangeWords)}) ?`;
  const ONES = any((m) => m.compoundOnes);
  const BARE = any((m) => m.bareScales);
  // A number word is required ("five thousand dollars", "a thousand"): "several thousand
  // dollars" names no amount. A bare scale word ("mil dólares") means one of it.
  const WORDS =
    `(?:(?:${keys((m) => m.numbers)})${ONES ? `(?:[- ](?:${ONES}))?` : ''} ` +
    `(?:${keys((m) => m.scales)})${BARE ? `|${BARE}` : ''}) (?:${any((m) => m.spelledCurrencies)})`;

  const MONEY = new RegExp(
    withoutUnicodeClasses(
      '(?<![\\p{L}\\p{N}$€£])(?:' +
        `(?<p1>${PRE}) ?(?<a1>${NUM})(?<m1>${MULT})(?:(?<s1>${SEP})(?:${PRE})? ?(?<a2>${NUM})(?<m2>${MULT}))?(?: ?(?<c1>${POST})(?![\\p{L}]))?` +
        `|(?<a3>${NUM})(?<m3>${MULT})(?:${SEP}(?<a4>${NUM})(?<m4>${MULT}))? ?(?<c3>${POST})(?![\\p{L}])` +
        `|(?<w>${WORDS})(?![\\p{L}])` +
        ')',
    ),
    'gi',
  );

  const PER = new RegExp(
    withoutUnicodeClasses(
      `^,? ?(?:${any((m) => m.perWords)}|/) ?(?:(?:${any((m) => m.perArticles)}) )?(?:[\\p{L}-]+ )?(?<per>${any((m) => m.perUnits)})(?![\\p{L}])`,
    ),
    'i',
  );

  function parsePrices(text: string): PriceMention[] {
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
        // A currency word after the figure names it: "$90,000 pesos" is not in dollars.
        currency = currencyOf(g.c1 ?? g.p1 ?? '$');
      } else {
        min = amount(g.a3 ?? '', g.m3 || g.m4);
        max = g.a4 !== undefined ? amount(g.a4, g.m4) : min;
        currency = currencyOf(g.c3 ?? '$');
      }
      // A currency we cannot name (pesos of no stated country) gives no price rather than a wrong one.
      if (!currency || !Number.isFinite(min) || !Number.isFinite(max)) continue;
      if (max < min) [min, max] = [max, min];
      const price: PriceMention = { min, max, currency, start, end };
      const per = PER.exec(text.slice(end, end + 48));
      if (per?.groups?.per) price.per = perName(per.groups.per);
      out.push(price);
    }
    return out;
  }

  /** Parses "7,000", "5.000", "2,5", "1500.50" with an optional multiplier ("k", "million"). */
  function amount(digits: string, mult?: string): number {
    let n: number;
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/.test(digits)) n = Number(digits.replace(/,/g, ''));
    else if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(digits))
      n = Number(digits.replace(/\./g, '').replace(',', '.'));
    else n = Number(digits.replace(',', '.'));
    const factor = mult ? scale[mult.trim().toLowerCase()] : undefined;
    return factor ? n * factor : n;
  }

  function wordsValue(phrase: string): number {
    let units = 0;
    let factor = 1;
    for (const p of phrase.toLowerCase().split(/[- ]+/)) {
      if (p in values) units += values[p]!;
      else if (p in scale) factor = scale[p]!;
    }
    return (units || 1) * factor;
  }

  /** The ISO code of a currency sign or word; '' for pesos whose country is not said. */
  function currencyOf(s: string): string {
    const t = s.toLowerCase();
    const named = stems.find(([stem]) => t.includes(stem));
    if (named) return named[1];
    if (t.includes('peso')) return '';
    if (t.includes('€') || t.includes('eur')) return 'EUR';
    if (t.includes('£') || t.includes('gbp')) return 'GBP';
    if (t.startsWith('ca') || t.startsWith('c$')) return 'CAD';
    if (t.startsWith('au') || t.startsWith('a$')) return 'AUD';
    return 'USD';
  }

  function perName(word: string): string {
    const base = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/s$/, '');
    return perNames[base] ?? base;
  }

  return {
    parsePrices,
    claimPrices(text, category) {
      // The patterns run on the normalised sentence, as the detector's do.
      const norm = normalize(text);
      const t = norm.text;
      // Prices are parsed only where one can be: priced claims or a currency sign in the sentence.
      const isPriced = priced.has(category);
      const prices = isPriced || MONEY_HINT.test(t) ? parsePrices(t.slice(0, 2000)) : [];
      if (prices.length === 0 && !isPriced) return undefined;
      return prices.map((p) => {
        const [start, end] = toOriginal(norm, p.start, p.end);
        return { ...p, start, end };
      });
    },
  };
}

const MONEY_HINT = /[$€£]/;
