/**
 * What the scanner never reads: code, form fields, editable regions and non-rendered templates.
 * Hidden text is checked separately and only for passages that matched (see visibility.ts), so
 * the common path never forces style or layout.
 * Fixtures: tests/fixtures/editable-regions.html, hidden-text.html.
 */
/**
 * The skipped elements that hold only raw text (code, styles, form text): the page gate reads
 * around them too (scan/gate.ts).
 */
export const RAW_TEXT_TAGS = ['script', 'style', 'noscript', 'textarea'] as const;

const SKIP_TAGS = new Set<string>([
  ...RAW_TEXT_TAGS,
  'template',
  'input',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'canvas',
  'svg',
  'math',
  'head',
  'title',
]);

/** True when neither this element nor anything inside it should be scanned. */
export function isSkippedElement(el: Element): boolean {
  return isSkippedTag(el.localName) || isSkippedByAttribute(el);
}

/**
 * The tag half of isSkippedElement, for a walk that has read `localName` already (lower case in
 * HTML and XHTML documents alike; `tagName` is upper case only in HTML ones).
 */
export function isSkippedTag(localName: string): boolean {
  return SKIP_TAGS.has(localName);
}

/** The attribute half of isSkippedElement: an editable region, aria-hidden or hidden. */
export function isSkippedByAttribute(el: Element): boolean {
  // One call instead of three for the many elements with no attributes at all.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/**
 * True when `node` sits inside a subtree the scanner never reads: an ancestor (crossing shadow
 * hosts) that is skipped by tag or attribute, such as the editable root of a rich-text editor
 * whose paragraph changed. A re-read starts at the changed block, below such an ancestor.
 */
export function isInsideSkipped(node: Node): boolean {
  for (let cur = node.parentNode; cur;) {
    if (cur.nodeType === 1) {
      if (isSkippedElement(cur as Element)) return true;
      cur = cur.parentNode;
    } else if (cur.nodeType === 11) cur = (cur as ShadowRoot).host ?? null;
    else return false;
  }
  return false;
}

/** True when the document as a whole is being edited (designMode), so nothing is scanned. */
export function isEditableDocument(doc: Document): boolean {
  return doc.designMode === 'on';
}
