import { isBlockTag, nearestBlock } from './blocks';
import { isSkippedByAttribute, isSkippedElement, isSkippedTag } from './skip';

/**
 * A passage: the visible text of one block (paragraph, heading, list item, cell…), concatenated
 * from its text nodes, with the map from text offsets back to those nodes.
 * A `<br>` adds a newline that belongs to no node, so lines read as separate sentences.
 */
export interface Passage {
  /** The block element (or shadow root / document) the text belongs to. */
  root: Node;
  /** The root of the tree the passage is in: the document, or the open shadow root. */
  tree: Node;
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

const NOT_SPACE = /\S/;

function finish(b: Builder, tree: Node): Passage | null {
  if (b.nodes.length === 0) return null;
  const text = b.parts.join('');
  // Same test as `text.trim() === ''` (\s is trim's set), without copying the text.
  if (!NOT_SPACE.test(text)) return null;
  return { root: b.root, tree, text, nodes: b.nodes, starts: b.starts };
}

const WRAPS = /[\n\r\t\f]/;
const WRAPS_ALL = /[\n\r\t\f]/g;

/**
 * Moves `walker` past the subtree of its current node: to the next sibling, else to the next
 * sibling of the nearest ancestor that has one. TreeWalker.parentNode() never climbs above the
 * walker's root, so this returns null once the root's subtree is done.
 */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Yields the passages under `root` in document order, descending into open shadow roots.
 * Skipped elements (see skip.ts) and their subtrees are never read. Lazy, so a caller can slice
 * the work over several tasks.
 *
 * The walk has no NodeFilter: a JavaScript filter is a call from the browser into the script
 * for every node, text nodes included (on a 5 MB page most of the walk's time). Elements are
 * checked here instead and a skipped one's subtree is stepped over by hand.
 */
export function* passagesUnder(root: Node): Generator<Passage> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const tree = root.getRootNode();
  let current = newBuilder(root);
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  // The block element visited last: a text node that is its child (the usual `<p>text`) gets
  // its block without climbing the tree.
  let lastBlockElement: Node | null = null;
  let broken = false;
  let node: Node | null = root;
  while (node) {
    const type = node.nodeType;
    if (type === 3) {
      const text = node as Text;
      const data = text.data;
      if (data.length !== 0) {
        let block = lastBlock;
        const parent = text.parentNode;
        if (parent !== lastParent) {
          lastParent = parent;
          block =
            lastBlockElement !== null && parent === lastBlockElement
              ? lastBlockElement
              : nearestBlock(text);
        }
        if (broken || block !== lastBlock || current.nodes.length === 0) {
          if (broken || block !== lastBlock) {
            const done = finish(current, tree);
            if (done) yield done;
            current = newBuilder(block);
          } else current.root = block;
          broken = false;
          lastBlock = block;
        }
        current.nodes.push(text);
        current.starts.push(current.length);
        // Source line breaks and tabs render as spaces; map them one for one (offsets unchanged)
        // so a paragraph wrapped in the HTML source is not read as separate lines.
        current.parts.push(WRAPS.test(data) ? data.replace(WRAPS_ALL, ' ') : data);
        current.length += data.length;
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (node !== root && (isSkippedTag(tag) || isSkippedByAttribute(el))) {
        node = skipSubtree(walker);
        continue;
      }
      if (tag === 'br') {
        current.parts.push('\n');
        current.length += 1;
      } else if (isBlockTag(tag)) {
        lastBlockElement = el;
        if (node !== root) broken = true;
      }
      const shadow = el.shadowRoot;
      if (shadow) {
        const done = finish(current, tree);
        if (done) yield done;
        current = newBuilder(current.root);
        yield* passagesUnder(shadow);
        broken = true;
      }
    }
    node = walker.nextNode();
  }
  const done = finish(current, tree);
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
