/**
 * Cuts a long passage into pieces of at most `max` characters, each ending at a sentence end or
 * line break where one exists, so one enormous text node (hostile pages: a 10 MB node) is
 * detected in slices and no sentence is split in the common case.
 * @returns [offset, text] pairs covering the whole input in order; one pair for short text.
 */
export function pieces(text: string, max: number): Array<[number, string]> {
  if (text.length <= max) return [[0, text]];
  const out: Array<[number, string]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const window = text.slice(start + (max >> 1), end);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
      if (cut >= 0) end = start + (max >> 1) + cut + 1;
    }
    out.push([start, text.slice(start, end)]);
    start = end;
  }
  return out;
}

/**
 * Is the text at this node rendered? Called only for nodes that hold a claim, so style is
 * never read on the common path. Uses `checkVisibility` (Chrome 121+, Firefox 125+), which also
 * catches `visibility: hidden` and `opacity: 0` ancestors.
 */
export function isVisible(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  }
  return el.getClientRects().length > 0;
}
