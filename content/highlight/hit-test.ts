import type { ClaimRecord } from '../claim-store';

interface HighlightHit {
  ranges: AbstractRange[];
}
interface HighlightRegistryWithHit {
  highlightsFromPoint?: (x: number, y: number) => HighlightHit[];
}

/**
 * The claim under a viewport point: `CSS.highlights.highlightsFromPoint` where the browser has
 * it, else the caret position at the point checked against each claim's range rectangles.
 * @returns the record, or null when the point is on no claim.
 */
export function recordAtPoint(
  doc: Document,
  records: readonly ClaimRecord[],
  x: number,
  y: number,
): ClaimRecord | null {
  if (records.length === 0) return null;
  const registry = (
    doc.defaultView as unknown as { CSS?: { highlights?: HighlightRegistryWithHit } }
  ).CSS?.highlights;
  if (registry && typeof registry.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    for (const hit of hits) {
      for (const range of hit.ranges) {
        const found = records.find((r) => r.range === range);
        if (found) return found;
      }
    }
    return null;
  }
  const caret = caretAt(doc, x, y);
  for (const r of records) {
    if (caret && !safeInRange(r.range, caret.node, caret.offset)) continue;
    for (const rect of Array.from(r.range.getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return r;
    }
  }
  return null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}
