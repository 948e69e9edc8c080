import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../content/highlight/shadow-styles';
import { MARK_TAG, highlightName } from '../../../content/highlight/names';
import { CATEGORIES, CATEGORY_TABLE } from '../../../topic/categories';
import { HIGHLIGHT_CSS_ID, highlightStylesheet } from '../../../wxt.config';

/** What a Vite plugin hook returns for `arg`, whether it is a function or an object hook. */
function callHook(hook: unknown, arg: string): unknown {
  const fn = typeof hook === 'function' ? hook : (hook as { handler: unknown }).handler;
  return (fn as (this: unknown, a: string) => unknown).call({}, arg);
}

describe('highlight styles', () => {
  const css = highlightCss();

  it("are the document's stylesheet too: the build serves the same text", () => {
    const plugin = highlightStylesheet();
    const id = callHook(plugin.resolveId, HIGHLIGHT_CSS_ID);
    expect(typeof id).toBe('string');
    expect(id).toMatch(/\.css$/);
    expect(callHook(plugin.load, id as string)).toBe(css);
  });

  it("paint every category in its own colours from the topic's table", () => {
    for (const c of CATEGORIES) {
      const { colour, tint } = CATEGORY_TABLE[c];
      expect(css).toContain(
        `::highlight(${highlightName(c, 'tint')}){background-color:${tint};text-decoration-color:${colour}}`,
      );
      expect(css).toContain(
        `::highlight(${highlightName(c, 'underline')}){text-decoration:underline 2px ${colour}}`,
      );
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
