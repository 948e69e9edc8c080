import type { Claim } from './detect/types';
import type { PageClaim } from '../utils/messages';

/** A claim found in this frame, with the live Range it covers and the passage root it came from. */
export interface ClaimRecord {
  id: number;
  claim: Claim;
  range: Range;
  root: Node;
}

/**
 * The claims of this frame, kept in document order (the order the keyboard steps through them
 * and the popup lists them).
 */
export class ClaimStore {
  private nextId = 1;
  private records: ClaimRecord[] = [];
  /** Set when records were added out of document order; `all` restores the order. */
  private unordered = false;

  /** All records in document order. */
  all(): readonly ClaimRecord[] {
    if (this.unordered) {
      this.records = inDocumentOrder(this.records);
      this.unordered = false;
    }
    return this.records;
  }

  get size(): number {
    return this.records.length;
  }

  get(id: number): ClaimRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  /** Every record, in no particular order (hit testing, dropping): never pays for ordering. */
  unorderedView(): readonly ClaimRecord[] {
    return this.records;
  }

  /**
   * Adds the claims found in one scan: in document order among themselves where `inOrder` (a
   * page read whole gives them so); otherwise they are compared pair by pair (a scan of the
   * blocks a page changed, which come in the order the changes did). Claims in order that start
   * after the last one kept (the rest of a page whose first claims were painted early, a feed's
   * new items) keep the list in order. Claims added elsewhere (late text higher up, shadow roots)
   * may belong anywhere, and the list is put back in document order the next time it is read in
   * order (`all`), once, however many scans came in between. Ids are never reused within a
   * page's life.
   */
  addAll(found: ReadonlyArray<{ claim: Claim; range: Range; root: Node }>, inOrder: boolean) {
    const head = found[0];
    if (!head) return [];
    const last = this.records.at(-1);
    if (
      !this.unordered &&
      ((last && !startsBefore(last.range, head.range)) || (!inOrder && !inRangeOrder(found)))
    )
      this.unordered = true;
    const added = found.map(({ claim, range, root }) => ({
      id: this.nextId++,
      claim,
      range,
      root,
    }));
    for (const r of added) this.records.push(r);
    return added;
  }

  /** Removes and returns the records that match. */
  removeWhere(test: (r: ClaimRecord) => boolean): ClaimRecord[] {
    const removed: ClaimRecord[] = [];
    this.records = this.records.filter((r) => (test(r) ? (removed.push(r), false) : true));
    return removed;
  }

  /** Removes and returns everything. */
  clear(): ClaimRecord[] {
    const all = this.records;
    this.records = [];
    return all;
  }

  /** The first `limit` claims in document order, as the popup lists them. */
  toPageClaims(limit = Infinity): PageClaim[] {
    return this.all()
      .slice(0, limit)
      .map(({ id, claim }) => ({
        id,
        text: claim.text,
        category: claim.category,
        stance: claim.stance,
      }));
  }
}

/**
 * Whether `a` starts before `b` in one tree: one comparison, where putting the whole list back
 * in order is a walk over every element of the document (on the 5 MB bench page, a 12 ms task in
 * a frame of the page's). Ranges in different trees (a shadow root and the document) or no
 * longer in one are not comparable: false.
 */
function startsBefore(a: Range, b: Range): boolean {
  if (a.startContainer.getRootNode() !== b.startContainer.getRootNode()) return false;
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) < 0;
  } catch {
    return false;
  }
}

/** Whether each range starts before the next: one comparison per pair, stopping at the first no. */
function inRangeOrder(found: ReadonlyArray<{ range: Range }>): boolean {
  let previous: Range | undefined;
  for (const { range } of found) {
    if (previous && !startsBefore(previous, range)) return false;
    previous = range;
  }
  return true;
}

/**
 * The records sorted into document order by one walk over the elements (descending into open
 * shadow roots where they hang, so shadow text reads at its host's place). Each record's
 * passage root gets its walk index; records of one root keep their relative order (they were
 * added in order by one scan). Comparing nodes pairwise instead (`compareDocumentPosition`)
 * costs time in proportion to the siblings between them: a feed of 20,000 paragraphs made
 * every comparison a walk of its own (issue 17, append storm).
 */
function inDocumentOrder(records: ClaimRecord[]): ClaimRecord[] {
  const roots = new Set<Node>();
  for (const r of records) roots.add(r.root);
  const index = new Map<Node, number>();
  const first = records[0];
  const doc = first?.root.ownerDocument ?? (first?.root as Document | undefined);
  if (!doc) return records;
  const visit = (tree: Node) => {
    if (roots.has(tree)) index.set(tree, index.size);
    const walker = doc.createTreeWalker(tree, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (roots.has(n)) index.set(n, index.size);
      const shadow = (n as Element).shadowRoot;
      if (shadow) visit(shadow);
    }
  };
  visit(doc);
  // Roots the walk did not reach (disconnected, or in a closed tree) go last.
  const at = (r: ClaimRecord) => index.get(r.root) ?? Number.MAX_SAFE_INTEGER;
  return records
    .map((r, i) => [r, at(r), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([r]) => r);
}
