import type { MoneyPack } from '../schema';
import { CATEGORY_TABLE } from '../categories';
import { MONEY_EN } from './money.en';
import { MONEY_ES } from './money.es';

/**
 * The money words of the shipped topic, for the price parser (content/detect/prices.ts
 * `createPriceParser`): the background and the scripts use it; the content script does not.
 */
export const STEM_CELL_BACK_PAIN_MONEY: MoneyPack = {
  categories: CATEGORY_TABLE,
  languages: [MONEY_EN, MONEY_ES],
};
