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
   * Adds the claims found in one scan, in document order among themselves. A page read whole
   * gives them in order; claims added later (late text, shadow roots) may belong anywhere, and
   * the list is put back in document order the next time it is read in order (`all`), once,
   * however many scans came in between. Ids are never reused within a page's life.
   */
  addAll(found: ReadonlyArray<{ claim: Claim; range: Range; root: Node }>, inOrder: boolean) {
    if (found.length === 0) return [];
    if (!inOrder || this.records.length > 0) this.unordered = true;
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
