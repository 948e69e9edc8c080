import { CATEGORIES, type Category } from '../../topic/categories';
import { CATEGORY_COLORS } from '../../utils/labels';
import { FLASH_NAME, FOCUS_NAME, MARK_TAG, highlightName } from './names';

/** Each category's translucent tint; its underline colour is CATEGORY_COLORS (utils/labels.ts). */
const TINTS: Readonly<Record<Category, string>> = {
  efficacy: 'rgb(255 196 0 / 0.3)',
  mechanism: 'rgb(0 170 255 / 0.22)',
  safety: 'rgb(255 80 80 / 0.22)',
  cost: 'rgb(60 200 90 / 0.25)',
  regulatory: 'rgb(170 110 255 / 0.24)',
  research: 'rgb(0 200 190 / 0.22)',
  testimonial: 'rgb(255 120 200 / 0.22)',
  'alternative-to-surgery': 'rgb(255 140 40 / 0.25)',
};

const highlight = (name: string) => `::highlight(${name})`;
const rules = (make: (c: Category) => string) => CATEGORIES.map(make).join('');

/**
 * The rules of highlight.css, built from the category list and the colour tables instead of
 * shipping the file's text a second time in the script. highlight.css styles the document (the
 * browser injects it); this copy goes into shadow roots. A unit test checks that the two hold the
 * same rules in the same order (tests/unit/highlight/shadow-styles.test.ts).
 */
export function highlightCss(): string {
  const tint = (c: Category) => highlight(highlightName(c, 'tint'));
  return (
    CATEGORIES.map(tint).join(',') +
    '{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}' +
    rules(
      (c) => `${tint(c)}{background-color:${TINTS[c]};text-decoration-color:${CATEGORY_COLORS[c]}}`,
    ) +
    rules(
      (c) =>
        `${highlight(highlightName(c, 'underline'))}{text-decoration:underline 2px ${CATEGORY_COLORS[c]}}`,
    ) +
    `${highlight(FOCUS_NAME)}{text-decoration:underline 3px dashed rgb(20 90 200)}` +
    `${highlight(FLASH_NAME)}{background-color:rgb(255 235 59 / 0.85);color:rgb(20 20 20)}` +
    // Fallback marks (no Highlight API) all take the first category's colours.
    `${MARK_TAG}{all:unset;display:inline;background-color:${TINTS.efficacy};` +
    `text-decoration:underline 2px ${CATEGORY_COLORS.efficacy}}` +
    `${MARK_TAG}[data-style='line']{background-color:transparent}`
  );
}

let sheet: CSSStyleSheet | null = null;

/**
 * `::highlight()` rules only apply inside the tree that holds them, so open shadow roots with
 * claims get our highlight styles as an adopted stylesheet (not serialised, so the page's
 * DOM stays as it was). Fixture: tests/fixtures/shadow-and-iframe.html.
 */
export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss());
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } catch {
    // Constructable stylesheets missing or the array frozen by the page: ranges still register.
  }
}
