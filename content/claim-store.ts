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

  /** Adds claims found in one scan; ids are never reused within a page's life. */
  add(claim: Claim, range: Range, root: Node): ClaimRecord {
    const record = { id: this.nextId++, claim, range, root };
    this.records.push(record);
    return record;
  }

  /** Restores document order after claims were added out of order (late text, shadow roots). */
  sort(): void {
    this.records.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer)
        return a.range.startOffset - b.range.startOffset;
      const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
      if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
      if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
      return 0;
    });
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

  /** The claims as the popup lists them. */
  toPageClaims(): PageClaim[] {
    return this.records.map(({ id, claim }) => ({
      id,
      text: claim.text,
      category: claim.category,
      stance: claim.stance,
    }));
  }
}
