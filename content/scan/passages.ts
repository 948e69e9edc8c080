import { isBlock, nearestBlock } from './blocks';
import { isSkippedElement } from './skip';

/**
 * A passage: the visible text of one block (paragraph, heading, list item, cell…), concatenated
 * from its text nodes, with the map from text offsets back to those nodes.
 * A `<br>` adds a newline that belongs to no node, so lines read as separate sentences.
 */
export interface Passage {
  /** The block element (or shadow root / document) the text belongs to. */
  root: Node;
  text: string;
  /** Text nodes in document order; `starts[i]` is where `nodes[i]` begins in `text`. */
  nodes: Text[];
  starts: number[];
}

interface Builder {
  root: Node;
  parts: string[];
  length: number;
  nodes: Text[];
  starts: number[];
}

function newBuilder(root: Node): Builder {
  return { root, parts: [], length: 0, nodes: [], starts: [] };
}

function finish(b: Builder): Passage | null {
  if (b.nodes.length === 0) return null;
  const text = b.parts.join('');
  if (text.trim() === '') return null;
  return { root: b.root, text, nodes: b.nodes, starts: b.starts };
}

const WRAPS = /[\n\r\t\f]/;
const WRAPS_ALL = /[\n\r\t\f]/g;

const FILTER: NodeFilter = {
  acceptNode(node: Node): number {
    if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
    return isSkippedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
  },
};

/**
 * Yields the passages under `root` in document order, descending into open shadow roots.
 * Skipped elements (see skip.ts) and their subtrees are never read. Lazy, so a caller can slice
 * the work over several tasks.
 */
export function* passagesUnder(root: Node): Generator<Passage> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, FILTER);
  let current = newBuilder(root);
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let broken = false;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName === 'BR') {
        current.parts.push('\n');
        current.length += 1;
      } else if (node !== root && isBlock(el)) broken = true;
      const shadow = el.shadowRoot;
      if (shadow) {
        const done = finish(current);
        if (done) yield done;
        current = newBuilder(current.root);
        yield* passagesUnder(shadow);
        broken = true;
      }
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    let block = lastBlock;
    if (text.parentNode !== lastParent) {
      lastParent = text.parentNode;
      block = nearestBlock(text);
    }
    if (broken || block !== lastBlock || current.nodes.length === 0) {
      if (broken || block !== lastBlock) {
        const done = finish(current);
        if (done) yield done;
        current = newBuilder(block);
      } else current.root = block;
      broken = false;
      lastBlock = block;
    }
    current.nodes.push(text);
    current.starts.push(current.length);
    // Source line breaks and tabs render as spaces; map them one for one (offsets unchanged) so
    // a paragraph wrapped in the HTML source is not read as separate lines.
    current.parts.push(WRAPS.test(text.data) ? text.data.replace(WRAPS_ALL, ' ') : text.data);
    current.length += text.data.length;
  }
  const done = finish(current);
  if (done) yield done;
}

/** Index of the node holding `offset` (the last node starting at or before it). */
function nodeIndexAt(p: Passage, offset: number): number {
  let lo = 0;
  let hi = p.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Turns `[start, end)` offsets into `p.text` into a DOM Range over the passage's text nodes.
 * @returns null when the nodes changed since the passage was read (the caller rescans).
 */
export function rangeFor(p: Passage, start: number, end: number): Range | null {
  const a = nodeIndexAt(p, start);
  const b = nodeIndexAt(p, Math.max(start, end - 1));
  const startNode = p.nodes[a] as Text;
  const endNode = p.nodes[b] as Text;
  const startOffset = Math.min(Math.max(0, start - (p.starts[a] as number)), startNode.data.length);
  const endOffset = Math.min(Math.max(0, end - (p.starts[b] as number)), endNode.data.length);
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = (startNode.ownerDocument as Document).createRange();
  try {
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
  } catch {
    return null;
  }
  return range;
}
