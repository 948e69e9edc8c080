/**
 * The claim categories and stances of this topic, and everything about a category that is not
 * words: its roles in detection and in the popup, and its look on the page. One table: the page
 * CSS, the shadow-root CSS and the fallback marks (content/highlight/shadow-styles.ts) and the UI's
 * colours (utils/labels.ts) are all derived from CATEGORY_TABLE. Labels live with the UI strings.
 * Closed sets are `as const` arrays with the union derived from them, so the UI, the knowledge
 * base and the tests can loop over them. Definitions: ../shared/corpus/RUBRIC.md (sections 3, 4).
 */

/** The kinds of claim the detector reports, in the order the UI lists them. */
export const CATEGORIES = [
  'efficacy',
  'mechanism',
  'safety',
  'cost',
  'regulatory',
  'research',
  'testimonial',
  'alternative-to-surgery',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a claim presents the therapy. */
export const STANCES = ['promotional', 'neutral', 'cautionary'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * What a category means to the engines beyond its cues. Every role is optional (absent = false).
 * The detector reads `story`, `storyReferent`, `reportLike`, `negatedIsCautionary` and `priced`
 * (content/detect/compile.ts `compileRoles`); the popup reads `outcome`.
 */
export interface CategoryRoles {
  /** A patient's own story of the treatment (RUBRIC 3.1). Exactly one category has this role. */
  readonly story?: boolean;
  /** In a patient story, a cue of this category points back to the treatment itself. */
  readonly storyReferent?: boolean;
  /** A report (of studies, designations, prices): neutral unless plainly selling. */
  readonly reportLike?: boolean;
  /** A negated cue of this category is cautionary even without a lean ("no evidence"). */
  readonly negatedIsCautionary?: boolean;
  /** Its claims always get their prices parsed (the popup charts them). */
  readonly priced?: boolean;
  /** About whether it works: the popup follows its card with the trials picture. */
  readonly outcome?: boolean;
}

/** How a category is painted: underline (and legend) colour, and the translucent tint behind it. */
export interface CategoryLook {
  readonly colour: string;
  readonly tint: string;
}

/** One row of the category table. */
export interface CategorySpec extends CategoryLook {
  readonly roles: CategoryRoles;
}

/**
 * Every category's roles and look. Translucent tints keep the page's own text colour readable
 * on light and dark pages; the underline keeps colour from being the only cue.
 */
export const CATEGORY_TABLE: Readonly<Record<Category, CategorySpec>> = {
  efficacy: { colour: 'rgb(214 150 0)', tint: 'rgb(255 196 0 / 0.3)', roles: { outcome: true } },
  mechanism: { colour: 'rgb(0 132 204)', tint: 'rgb(0 170 255 / 0.22)', roles: {} },
  safety: { colour: 'rgb(214 50 50)', tint: 'rgb(255 80 80 / 0.22)', roles: {} },
  cost: {
    colour: 'rgb(30 150 60)',
    tint: 'rgb(60 200 90 / 0.25)',
    roles: { reportLike: true, priced: true },
  },
  regulatory: {
    colour: 'rgb(130 70 220)',
    tint: 'rgb(170 110 255 / 0.24)',
    roles: { reportLike: true, negatedIsCautionary: true },
  },
  research: {
    colour: 'rgb(0 150 140)',
    tint: 'rgb(0 200 190 / 0.22)',
    roles: { reportLike: true, negatedIsCautionary: true, outcome: true },
  },
  testimonial: {
    colour: 'rgb(210 60 150)',
    tint: 'rgb(255 120 200 / 0.22)',
    roles: { story: true, storyReferent: true, outcome: true },
  },
  'alternative-to-surgery': {
    colour: 'rgb(220 100 0)',
    tint: 'rgb(255 140 40 / 0.25)',
    roles: { storyReferent: true, outcome: true },
  },
};

/** The categories that have `role`, in CATEGORIES order. */
export function categoriesWith(role: keyof CategoryRoles): Category[] {
  return CATEGORIES.filter((c) => CATEGORY_TABLE[c].roles[role] === true);
}
