import type { Category, Stance } from '../topic/categories';

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
 * One colour per category, matching content/highlight/highlight.css (used in the UI's legend and
 * the shadow-root highlight rules, content/highlight/shadow-styles.ts).
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  efficacy: 'rgb(214 150 0)',
  mechanism: 'rgb(0 132 204)',
  safety: 'rgb(214 50 50)',
  cost: 'rgb(30 150 60)',
  regulatory: 'rgb(130 70 220)',
  research: 'rgb(0 150 140)',
  testimonial: 'rgb(210 60 150)',
  'alternative-to-surgery': 'rgb(220 100 0)',
};
