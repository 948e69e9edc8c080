/**
 * Block-level boundaries by tag name. Text inside one block is one passage, so a claim split
 * across inline elements (`<b>stem cell</b> therapy`, links, spans) reads as one sentence.
 * Tag names, not computed style: reading `display` for every element would force style
 * recalculation on every page. Fixture: tests/fixtures/inline-split.html.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** True for elements that start a new passage. */
export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** isBlock for a walk that has read `tagName` already. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName);
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
