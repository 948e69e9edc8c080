import { CARD_TAG, CARD_TAG_NAME } from '../highlight/names';
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

function isCardHost(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).tagName === CARD_TAG_NAME;
}

/** True for changes the extension made itself: adding, removing or updating its card host. */
function isOwnMutation(r: MutationRecord): boolean {
  const t = (r.target.nodeType === 1 ? r.target : r.target.parentNode) as Element | null;
  if (t && t.nodeType === 1 && t.closest?.(CARD_TAG)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every(isCardHost);
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

/**
 * Reduces a batch of mutation records to the smallest set of roots to re-read: one per changed
 * block, dropping any root inside another. Removed-only changes still mark their parent block,
 * so claims whose text went away are dropped.
 */
export function dirtyRoots(records: Iterable<MutationRecord>): Node[] {
  const roots = new Set<Node>();
  for (const r of records) {
    if (isOwnMutation(r) || isInHead(r.target)) continue;
    roots.add(dirtyRootOf(r.target));
  }
  const list = [...roots].filter((n) => n.isConnected);
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
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
 * with the batched records once changes settle, at most MAX_WAIT_MS after the first one.
 * Work is coalesced: 10 000 mutations a second cost one flush per settle window.
 */
export function watchMutations(
  first: Node,
  flush: (records: MutationRecord[], overflowed: boolean) => void,
  signal: AbortSignal,
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
    timer = setTimeout(run, now - firstAt >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
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
