import { CATEGORIES, CATEGORY_TABLE, type Category, type Stance } from '../topic/categories';

/** Human names of claim categories, as every UI shows them. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  efficacy: 'Does it work?',
  mechanism: 'How it works',
  safety: 'Safety and risks',
  cost: 'Cost',
  regulatory: 'Regulation and approval',
  research: 'State of the research',
  testimonial: 'Patient story',
  'alternative-to-surgery': 'Instead of surgery',
};

/** Human names of stances. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  promotional: 'promotes the treatment',
  neutral: 'neutral',
  cautionary: 'cautions',
};

/**
 * One colour per category, as the UI's legend shows it: the underline colour of the page's
 * highlights, from the topic's one table (topic/categories.ts CATEGORY_TABLE).
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = Object.fromEntries(
  CATEGORIES.map((c) => [c, CATEGORY_TABLE[c].colour]),
) as Record<Category, string>;
