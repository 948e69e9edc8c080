import { CARD_TAG_NAME } from '../highlight/names';

/**
 * What the scanner never reads: code, form fields, editable regions and non-rendered templates.
 * Hidden text is checked separately and only for passages that matched (see visibility.ts), so
 * the common path never forces style or layout.
 * Fixtures: tests/fixtures/editable-regions.html, hidden-text.html.
 */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'svg',
  'math',
  'HEAD',
  'TITLE',
  // Our own card host never counts as page text. (Fallback marks wrap page text: they are read.)
  CARD_TAG_NAME,
]);

/** True when neither this element nor anything inside it should be scanned. */
export function isSkippedElement(el: Element): boolean {
  return isSkippedTag(el.tagName) || isSkippedByAttribute(el);
}

/** The tag half of isSkippedElement, for a walk that has read `tagName` already. */
export function isSkippedTag(tagName: string): boolean {
  return SKIP_TAGS.has(tagName);
}

/** The attribute half of isSkippedElement: an editable region, aria-hidden or hidden. */
export function isSkippedByAttribute(el: Element): boolean {
  // One call instead of three for the many elements with no attributes at all.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/** True when the document as a whole is being edited (designMode), so nothing is scanned. */
export function isEditableDocument(doc: Document): boolean {
  return doc.designMode === 'on';
}
