import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../content/highlight/shadow-styles';
import { MARK_TAG, highlightName } from '../../../content/highlight/names';
import { CATEGORIES, CATEGORY_TABLE } from '../../../topic/categories';

describe('highlight styles', () => {
  const css = highlightCss();

  it("paint every category in its own colours from the topic's table, in either style", () => {
    const line = highlightCss('underline');
    for (const c of CATEGORIES) {
      const { colour, tint } = CATEGORY_TABLE[c];
      expect(css).toContain(
        `:root::highlight(${highlightName(c, 'tint')}),:host::highlight(${highlightName(c, 'tint')}){background-color:${tint};text-decoration:underline 2px ${colour};`,
      );
      expect(line).toContain(
        `:root::highlight(${highlightName(c, 'underline')}),:host::highlight(${highlightName(c, 'underline')}){text-decoration:underline 2px ${colour}}`,
      );
    }
  });

  it("hold one style's ::highlight() rules only, on the tree's root (issue 14: a universal one costs every element)", () => {
    for (const style of ['tint', 'underline'] as const) {
      const text = highlightCss(style);
      const other = style === 'tint' ? 'underline' : 'tint';
      // One rule per category, focus and flash.
      expect(text.match(/(?:^|\}):root::highlight\(/g)).toHaveLength(CATEGORIES.length + 2);
      // No selector reaches every element: each ::highlight() hangs on :root or :host.
      expect(text.match(/::highlight\(/g)).toHaveLength(2 * (CATEGORIES.length + 2));
      expect(text.match(/(?::root|:host)::highlight\(/g)).toHaveLength(2 * (CATEGORIES.length + 2));
      for (const c of CATEGORIES) expect(text).not.toContain(highlightName(c, other) + ')');
    }
  });

  it('give fallback marks their category colours, and the line style no tint', () => {
    for (const c of CATEGORIES) {
      const { colour, tint } = CATEGORY_TABLE[c];
      expect(css).toContain(
        `${MARK_TAG}[data-category='${c}']{background-color:${tint};text-decoration:underline 2px ${colour}}`,
      );
    }
    // The line rule comes after the category rules it overrides (same specificity).
    expect(css.endsWith(`${MARK_TAG}[data-style='line']{background-color:transparent}`)).toBe(true);
  });
});
