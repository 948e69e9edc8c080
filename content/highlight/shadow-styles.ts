import { CATEGORIES, CATEGORY_TABLE, type Category } from '../../topic/categories';
import type { HighlightStyle } from '../../utils/settings';
import { FLASH_NAME, FOCUS_NAME, MARK_TAG, highlightName } from './names';

/** The outline of the claim the keyboard is on (dashed, so it differs from every category). */
export const FOCUS_COLOUR = 'rgb(20 90 200)';
/** The background of a claim the popup just revealed. */
export const FLASH_TINT = 'rgb(255 235 59 / 0.85)';

/**
 * Whether the browser gives each element the `::highlight()` style of its parent (CSS highlight
 * inheritance, css-pseudo-4): Chromium does; Firefox 153 does not (a rooted rule painted nothing
 * there, tests/e2e/firefox.e2e.test.ts), so its build keeps universal rules.
 */
const HIGHLIGHTS_INHERIT = !import.meta.env.FIREFOX;

/**
 * A highlight's selector. Where highlights inherit: on the root of the tree only (the document's
 * root element, or an open shadow root's host), from which every element inherits it. A universal
 * `::highlight()` rule is matched on every element at every style recalculation; rooted, adopting
 * the sheet restyled the bench's 1 MB page in 24-28 ms instead of 50-62, the 5 MB claim page in
 * 140-207 instead of 282-312 (Chromium 156; docs/performance.md).
 */
const highlight = (name: string) =>
  HIGHLIGHTS_INHERIT
    ? `:root::highlight(${name}),:host::highlight(${name})`
    : `::highlight(${name})`;
const rules = (make: (c: Category, look: { colour: string; tint: string }) => string) =>
  CATEGORIES.map((c) => make(c, CATEGORY_TABLE[c])).join('');

/**
 * The style rules the extension puts into a page for one highlight style, built from the topic's
 * category table (topic/categories.ts CATEGORY_TABLE): each category's tint and underline
 * (`tint`) or underline only (`underline`), focus and flash, and the fallback marks (used only
 * where the Highlight API is missing; their rules name an element, so they cost other elements
 * nothing), each in its category's colours. A document gets them only when its first claims are
 * about to be painted, an open shadow root when the engine reads it (adoptHighlightStyles), never
 * through the manifest.
 *
 * Why so few, and rooted: a universal `::highlight()` rule is matched on every element at every
 * style recalculation, and adding the sheet restyles the whole document once (issue 14, traced on
 * the 5 MB bench pages: the manifest's 26 such rules made every recalculation 2.3× slower on pages
 * without a claim; adopted on a claim page, one full recalculation). One style's ten rules, set on
 * the root and inherited, cost about half of that; switching style replaces the sheet's text.
 */
export function highlightCss(style: HighlightStyle = 'tint'): string {
  const lines =
    style === 'tint'
      ? rules(
          (c, l) =>
            `${highlight(highlightName(c, 'tint'))}{background-color:${l.tint};` +
            `text-decoration:underline 2px ${l.colour};text-underline-offset:3px}`,
        )
      : rules(
          (c, l) =>
            `${highlight(highlightName(c, 'underline'))}{text-decoration:underline 2px ${l.colour}}`,
        );
  return (
    lines +
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
/** The highlight style the sheet holds (useHighlightStyle). */
let current: HighlightStyle = 'tint';
/** Fallback `<style>` elements, where a document cannot adopt a constructed sheet. */
const styleElements = new Map<Document | ShadowRoot, HTMLStyleElement>();

/**
 * Makes the page's highlight rules those of `style`: remembered until a sheet is needed (nothing
 * is built on a page without claims), else the shared sheet's text is replaced, in every tree
 * that adopted it at once.
 */
export function useHighlightStyle(style: HighlightStyle): void {
  if (style === current) return;
  current = style;
  try {
    sheet?.replaceSync(highlightCss(style));
  } catch {
    // The sheet was taken away by the page: nothing of ours to update.
  }
  for (const el of styleElements.values()) el.textContent = highlightCss(style);
}

/**
 * Gives a document or an open shadow root our highlight styles: `::highlight()` rules only apply
 * inside the tree that holds them. The document gets them when its first claims are about to be
 * painted (a frame ahead, `Painter.prepare`); an open shadow root when the engine first reads text
 * in it (engine.ts), which it does only on a page that names the therapy. A page without claims
 * gets no rule in its document from us. An adopted stylesheet is not serialised and adds no
 * element; the page can see it in `adoptedStyleSheets`, as it sees our `CSS.highlights` entries.
 * Where constructable stylesheets are missing (or the page froze the array), a `<style>` element
 * carries the same text. Fixture: tests/fixtures/shadow-and-iframe.html.
 */
export function adoptHighlightStyles(root: Document | ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss(current));
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    if (root.adoptedStyleSheets.includes(sheet)) return;
  } catch {
    // Constructable stylesheets missing or the array frozen by the page: a style element.
  }
  if (styleElements.get(root)?.isConnected) return;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const style = doc.createElement('style');
  style.textContent = highlightCss(current);
  const parent = root.nodeType === 9 ? (doc.head ?? doc.documentElement) : root;
  parent?.appendChild(style);
  styleElements.set(root, style);
}

/** Takes our highlight styles off `root` again (highlights cleared: the page pays nothing). */
export function dropHighlightStyles(root: Document | ShadowRoot): void {
  try {
    if (sheet && root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  } catch {
    // Frozen by the page: nothing to take back that we could.
  }
  styleElements.get(root)?.remove();
  styleElements.delete(root);
}
