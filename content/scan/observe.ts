import type { Slice } from './schedule';
import { isBlock } from './blocks';

/** Milliseconds to wait for a burst of changes to settle, and the longest a change waits. */
export const SETTLE_MS = 120;
export const MAX_WAIT_MS = 600;

/**
 * The block (or shadow root / document) that must be re-read after a change to `node`: the
 * node itself when it is a block, else its nearest block ancestor.
 */
export function dirtyRootOf(node: Node): Node {
  let cur: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (cur) {
    if (cur.nodeType === 1 && isBlock(cur as Element)) return cur;
    if (cur.nodeType === 11 || cur.nodeType === 9) return cur;
    cur = cur.parentNode;
  }
  return node;
}

/** Tells the extension's own nodes (the card host) from the page's. */
export type IsOwnNode = (node: Node) => boolean;

/** True for changes the extension made itself: adding, removing or updating its card host. */
function isOwnMutation(r: MutationRecord, isOwn: IsOwnNode): boolean {
  if (isOwn(r.target)) return true;
  if (r.type !== 'childList') return false;
  const { addedNodes: added, removedNodes: removed } = r;
  if (added.length + removed.length === 0) return false;
  for (let i = 0; i < added.length; i++) if (!isOwn(added[i] as Node)) return false;
  for (let i = 0; i < removed.length; i++) if (!isOwn(removed[i] as Node)) return false;
  return true;
}

/**
 * True for nodes inside <head> (scripts, styles, meta, title): no visible text. HEAD is not a
 * block, so without this a script or style added there marks <html> dirty and re-reads the whole
 * page (issue 6 bench: 1.4 s of main thread on the 5 MB page for one analytics-style <script>).
 */
function isInHead(node: Node): boolean {
  const head = node.ownerDocument?.head;
  return !!head && (node === head || head.contains(node));
}

/** True for a text node holding nothing but white space (formatting between blocks). */
function isBlankText(node: Node | null): boolean {
  return node !== null && node.nodeType === 3 && !/\S/.test((node as Text).data);
}

/**
 * True when an added block element can be read on its own: its neighbours are blocks or blank
 * text, so inserting it split no passage of its parent. (A block dropped into the middle of a
 * paragraph's text splits that text, and the parent must be re-read as well.)
 */
function standsAlone(el: Element): boolean {
  const prev = el.previousSibling;
  const next = el.nextSibling;
  return (
    (prev === null || prev.nodeType === 1 || isBlankText(prev)) &&
    (next === null || next.nodeType === 1 || isBlankText(next))
  );
}

/**
 * Reduces a batch of mutation records to the smallest set of roots to re-read: one per changed
 * block, dropping any root inside another.
 * - Text and inline changes mark their nearest block.
 * - Blocks added to a container mark only themselves, so a feed that appends paragraphs costs
 *   the new paragraphs, not a re-read of everything before them (issue 17, append storm).
 * - Removed blocks mark nothing (their claims' ranges are disconnected and dropped); removed
 *   text or inline elements mark their parent's block, whose text changed.
 * Work is proportional to the records and the depth of the tree, never to the page.
 */
export async function dirtyRoots(
  records: readonly MutationRecord[],
  isOwn: IsOwnNode = () => false,
  slice?: Slice,
): Promise<Node[]> {
  const roots = new Set<Node>();
  for (let i = 0; i < records.length; i++) {
    // A batch holds up to MAX_RECORDS records: look at the time budget now and then.
    if ((i & 255) === 255) await slice?.maybePause();
    const r = records[i] as MutationRecord;
    if (isOwnMutation(r, isOwn) || isInHead(r.target)) continue;
    if (r.type !== 'childList') {
      roots.add(dirtyRootOf(r.target));
      continue;
    }
    let parentChanged = false;
    const { addedNodes: added, removedNodes: removed } = r;
    for (let i = 0; i < added.length; i++) {
      const n = added[i] as Node;
      if (n.nodeType === 1 && isBlock(n as Element) && standsAlone(n as Element)) roots.add(n);
      else if (!isBlankText(n) && !isOwn(n)) parentChanged = true;
    }
    for (let i = 0; i < removed.length && !parentChanged; i++) {
      const n = removed[i] as Node;
      if (!(n.nodeType === 1 && isBlock(n as Element)) && !isBlankText(n) && !isOwn(n))
        parentChanged = true;
    }
    if (parentChanged) roots.add(dirtyRootOf(r.target));
  }
  const out: Node[] = [];
  let i = 0;
  for (const n of roots) {
    if (n.isConnected && !hasAncestorIn(n, roots)) out.push(n);
    if ((++i & 255) === 0) await slice?.maybePause();
  }
  return out;
}

/** True when an ancestor of `node` (within its tree) is in `set`. */
function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let cur = node.parentNode; cur; cur = cur.parentNode) if (set.has(cur)) return true;
  return false;
}

/** Records kept per batch before falling back to re-reading the whole page. */
const MAX_RECORDS = 20_000;

/** A running watch. */
export interface MutationWatch {
  /** Also watch this root (an open shadow root found while scanning). */
  observe(root: Node): void;
  /** Drops records queued so far (used right after the fallback painter changed the DOM). */
  discard(): void;
}

/**
 * Watches a document (and the open shadow roots added later with `observe`) and calls `flush`
 * with the batched records once changes settle, at most `maxWaitMs` after the first one.
 * Work is coalesced: 10 000 mutations a second cost one flush per settle window.
 */
export function watchMutations(
  first: Node,
  flush: (records: MutationRecord[], overflowed: boolean) => void,
  signal: AbortSignal,
  maxWaitMs = MAX_WAIT_MS,
): MutationWatch {
  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  let overflowed = false;
  const run = () => {
    timer = undefined;
    const batch = pending;
    const all = overflowed;
    pending = [];
    overflowed = false;
    if (!signal.aborted && (batch.length > 0 || all)) flush(batch, all);
  };
  const observer = new MutationObserver((records) => {
    // Past this many records a full re-read is cheaper than sorting out each one.
    if (overflowed || pending.length + records.length > MAX_RECORDS) {
      overflowed = true;
      pending = [];
    } else for (const r of records) pending.push(r);
    const now = performance.now();
    if (timer === undefined) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(run, now - firstAt >= maxWaitMs ? 0 : SETTLE_MS);
  });
  // `contenteditable` too: a region that becomes editable is re-read, and so loses its
  // highlights (skip.ts), and one that stops being editable is read again.
  const options: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['contenteditable'],
  };
  observer.observe(first, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
  return {
    observe: (root) => observer.observe(root, options),
    discard: () => void observer.takeRecords(),
  };
}
