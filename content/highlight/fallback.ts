import { CATEGORIES, type Category } from '../../topic/categories';
import type { HighlightStyle } from '../../utils/settings';
import { MARK_TAG } from './names';
import { FLASH_TINT, FOCUS_COLOUR } from './shadow-styles';
import { adoptHighlightStyles, dropHighlightStyles } from './shadow-styles';
import type { Painter } from './layer';
import type { Paintable } from './visible-first';

/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps the text of each
 * range in MARK_TAG elements (names.ts), and unwraps them exactly on delete or clear.
 * Whitespace-only text (between table cells or list items) is never wrapped, so layout holds.
 * The engine ignores mutations of these marks (see engine.ts).
 */
export class MarkFallback implements Painter {
  private readonly marks = new Map<Range, { category: Category; els: HTMLElement[] }>();
  private style: HighlightStyle = 'tint';
  private shown: ReadonlySet<Category> = new Set(CATEGORIES);
  private styled = false;

  constructor(private readonly doc: Document) {}

  prepare(): void {
    this.applyStyles();
  }

  add(range: Range, category: Category): void {
    if (this.marks.has(range)) return;
    const els = this.shown.has(category) ? this.wrap(range, category) : [];
    this.marks.set(range, { category, els });
  }

  /** Marks change the DOM later ranges are mapped in: all are wrapped at once. */
  addMany(entries: Iterable<Paintable>): void {
    for (const e of entries) this.add(e.range, e.category);
  }

  show(): void {}

  delete(range: Range): void {
    const entry = this.marks.get(range);
    if (!entry) return;
    this.marks.delete(range);
    unwrap(entry.els);
  }

  configure(style: HighlightStyle, shown: ReadonlySet<Category>): void {
    this.style = style;
    this.shown = shown;
    for (const [range, entry] of this.marks) {
      unwrap(entry.els);
      entry.els = shown.has(entry.category) ? this.wrap(range, entry.category) : [];
    }
  }

  setFocus(range: Range | null): void {
    for (const [r, { els }] of this.marks) {
      for (const el of els) el.style.outline = r === range ? `2px dashed ${FOCUS_COLOUR}` : '';
    }
  }

  setFlash(range: Range | null): void {
    for (const [r, { els }] of this.marks) {
      for (const el of els) el.style.backgroundColor = r === range ? FLASH_TINT : '';
    }
  }

  clear(): void {
    for (const { els } of this.marks.values()) unwrap(els);
    this.marks.clear();
    if (this.styled) dropHighlightStyles(this.doc);
    this.styled = false;
  }

  /**
   * The marks' styles come before the first mark (`prepare`) or with it; never on a page without
   * claims.
   */
  private applyStyles(): void {
    if (!this.styled) adoptHighlightStyles(this.doc);
    this.styled = true;
  }

  private wrap(range: Range, category: Category): HTMLElement[] {
    this.applyStyles();
    const texts = textNodesIn(range);
    const els: HTMLElement[] = [];
    for (let i = 0; i < texts.length; i++) {
      let node = texts[i] as Text;
      if (node.data.trim() === '') continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from) continue;
      if (from > 0) node = node.splitText(from);
      if (to - from < node.data.length) node.splitText(to - from);
      const mark = this.doc.createElement(MARK_TAG);
      mark.dataset.category = category;
      if (this.style === 'underline') mark.dataset.style = 'line';
      node.parentNode?.insertBefore(mark, node);
      mark.appendChild(node);
      els.push(mark);
    }
    if (els.length > 0) {
      const first = els[0]?.firstChild;
      const last = els[els.length - 1]?.lastChild;
      if (first && last) {
        range.setStart(first, 0);
        range.setEnd(last, (last as Text).data.length);
      }
    }
    return els;
  }
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const walker = (root.ownerDocument as Document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
  }
  return out;
}

/** Replaces each mark with its text and joins the text back to its split neighbours. */
function unwrap(els: HTMLElement[]): void {
  for (const mark of els) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const text = mark.firstChild;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    if (text && text.nodeType === 3) joinNeighbours(text as Text);
  }
}

function joinNeighbours(text: Text): void {
  const prev = text.previousSibling;
  if (prev && prev.nodeType === 3) {
    (prev as Text).appendData(text.data);
    text.remove();
    text = prev as Text;
  }
  const next = text.nextSibling;
  if (next && next.nodeType === 3) {
    text.appendData((next as Text).data);
    next.remove();
  }
}
