import { CATEGORIES, CATEGORY_TABLE, type Category } from '../../topic/categories';
import { FLASH_NAME, FOCUS_NAME, MARK_TAG, highlightName } from './names';

/** The outline of the claim the keyboard is on (dashed, so it differs from every category). */
export const FOCUS_COLOUR = 'rgb(20 90 200)';
/** The background of a claim the popup just revealed. */
export const FLASH_TINT = 'rgb(255 235 59 / 0.85)';

const highlight = (name: string) => `::highlight(${name})`;
const rules = (make: (c: Category, look: { colour: string; tint: string }) => string) =>
  CATEGORIES.map((c) => make(c, CATEGORY_TABLE[c])).join('');

/**
 * Every style rule the extension puts into a page, built from the topic's category table
 * (topic/categories.ts CATEGORY_TABLE): each category's tint and underline, the underline-only
 * ("line") set, focus and flash, and the fallback marks (used only where the Highlight API is
 * missing), each in its category's colours. The document gets it as the content script's
 * stylesheet, generated at build time (wxt.config.ts, `virtual:highlight.css`); open shadow
 * roots adopt it (adoptHighlightStyles).
 */
export function highlightCss(): string {
  const tint = (c: Category) => highlight(highlightName(c, 'tint'));
  return (
    CATEGORIES.map(tint).join(',') +
    '{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px}' +
    rules((c, l) => `${tint(c)}{background-color:${l.tint};text-decoration-color:${l.colour}}`) +
    rules(
      (c, l) =>
        `${highlight(highlightName(c, 'underline'))}{text-decoration:underline 2px ${l.colour}}`,
    ) +
    `${highlight(FOCUS_NAME)}{text-decoration:underline 3px dashed ${FOCUS_COLOUR}}` +
    `${highlight(FLASH_NAME)}{background-color:${FLASH_TINT};color:rgb(20 20 20)}` +
    `${MARK_TAG}{all:unset;display:inline}` +
    rules(
      (c, l) =>
        `${MARK_TAG}[data-category='${c}']{background-color:${l.tint};` +
        `text-decoration:underline 2px ${l.colour}}`,
    ) +
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
