/**
 * Block-level boundaries by tag name. Text inside one block is one passage, so a claim split
 * across inline elements (`<b>stem cell</b> therapy`, links, spans) reads as one sentence.
 * Tag names, not computed style: reading `display` for every element would force style
 * recalculation on every page. Compared by `localName`, which is lower case in HTML and XHTML
 * documents alike (`tagName` is upper case only in HTML ones). Fixture: tests/fixtures/inline-split.html.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** True for elements that start a new passage. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** isBlock for a walk that has read `localName` already. */
export function isBlockTag(localName: string): boolean {
  return BLOCK_TAGS.has(localName);
}

/**
 * The nearest block ancestor of a node inside its own tree (a shadow root counts as a block
 * boundary), or the root itself.
 */
export function nearestBlock(node: Node): Element | ShadowRoot | Document {
  let cur: Node | null = node.parentNode;
  while (cur) {
    if (cur.nodeType === 1 && isBlock(cur as Element)) return cur as Element;
    if (cur.nodeType === 11) return cur as ShadowRoot;
    if (cur.nodeType === 9) return cur as Document;
    cur = cur.parentNode;
  }
  return node.ownerDocument ?? (node as Document);
}
