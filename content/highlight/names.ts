import type { Category } from '../../topic/categories';
import type { HighlightStyle } from '../../utils/settings';

/**
 * Every name the extension puts into a page (highlight names, element names) is made here, from
 * one prefix, and nowhere else: tests/unit/architecture.test.ts fails on the prefix written out in
 * any other product file.
 */

/** Prefix of every name and element the extension puts into a page. */
export const PREFIX = 'claim-context';

/** The CSS highlight name for a category in a style (see highlight.css). */
export function highlightName(category: Category, style: HighlightStyle): string {
  return style === 'tint' ? `${PREFIX}-${category}` : `${PREFIX}-line-${category}`;
}

/** Highlight names for the claim the keyboard is on and for a revealed claim's flash. */
export const FOCUS_NAME = `${PREFIX}-focus`;
export const FLASH_NAME = `${PREFIX}-flash`;
/** The element name of fallback marks, used only where the Highlight API is missing. */
export const MARK_TAG = `${PREFIX}-mark`;
