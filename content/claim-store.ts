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

  /** All records in document order. */
  all(): readonly ClaimRecord[] {
    return this.records;
  }

  get size(): number {
    return this.records.length;
  }

  get(id: number): ClaimRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  /**
   * Adds the claims found in one scan, given in document order among themselves, keeping the
   * whole list in document order: appended at the end when they follow every known claim (a
   * page that grows at the bottom), else each put in place by binary search. Never a full
   * sort, so a page with 20,000 claims pays for the new ones only.
   * Ids are never reused within a page's life.
   */
  addInOrder(found: ReadonlyArray<{ claim: Claim; range: Range; root: Node }>): ClaimRecord[] {
    const added = found.map(({ claim, range, root }) => ({
      id: this.nextId++,
      claim,
      range,
      root,
    }));
    const records = this.records;
    for (const record of added) {
      const last = records[records.length - 1];
      if (!last || before(last, record)) {
        records.push(record);
        continue;
      }
      let lo = 0;
      let hi = records.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(records[mid] as ClaimRecord, record)) lo = mid + 1;
        else hi = mid;
      }
      records.splice(lo, 0, record);
    }
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
    return this.records.slice(0, limit).map(({ id, claim }) => ({
      id,
      text: claim.text,
      category: claim.category,
      stance: claim.stance,
    }));
  }
}

/** True when record `a` starts before record `b` in the document. */
function before(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.range.startContainer === b.range.startContainer)
    return a.range.startOffset < b.range.startOffset;
  return !!(
    a.range.startContainer.compareDocumentPosition(b.range.startContainer) &
    Node.DOCUMENT_POSITION_FOLLOWING
  );
}
