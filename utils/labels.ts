import { CATEGORIES, CATEGORY_TABLE, type Category } from '../topic/categories';

// The names of categories and stances are UI strings: locales/<lang>.yml, read through
// components/shared/labels.ts.

/**
 * One colour per category, as the UI's legend shows it: the underline colour of the page's
 * highlights, from the topic's one table (topic/categories.ts CATEGORY_TABLE).
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = Object.fromEntries(
  CATEGORIES.map((c) => [c, CATEGORY_TABLE[c].colour]),
) as Record<Category, string>;
