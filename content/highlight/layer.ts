import { CATEGORIES, type Category } from '../../topic/categories';
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../utils/settings';
import { FLASH_NAME, FOCUS_NAME, highlightName } from './names';
import { MarkFallback } from './fallback';
import { adoptHighlightStyles, dropHighlightStyles, useHighlightStyle } from './shadow-styles';
import { VisibleFirst, type Paintable } from './visible-first';

export type { Paintable } from './visible-first';

/** Paints claim ranges; the engine owns which claims exist. */
export interface Painter {
  /**
   * Gets the page ready for claims about to be painted: our styles go in now, so the restyle
   * they cost falls in the page's next frame, not in the frame that paints the ranges.
   */
  prepare(): void;
  add(range: Range, category: Category): void;
  /** Paints many: those near the viewport at once, the rest may follow in idle time. */
  addMany(entries: Iterable<Paintable>): void;
  /** Paints `range` now if it waits to be painted (before it is revealed or focused). */
  show(range: Range): void;
  delete(range: Range, category: Category): void;
  /** Changes the style and which categories show, repainting what is there. */
  configure(style: HighlightStyle, shown: ReadonlySet<Category>): void;
  setFocus(range: Range | null): void;
  setFlash(range: Range | null): void;
  /** Removes everything this painter registered or inserted, and what waits to be. */
  clear(): void;
}

type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
type Registry = Map<string, Set<Range>>;

/** True where the CSS Custom Highlight API exists (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function hasHighlightApi(win: Window & typeof globalThis = window): boolean {
  const css = (win as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as { Highlight?: unknown }).Highlight === 'function';
}

/**
 * Highlights through `CSS.highlights`: one named Highlight per category, registered only while
 * it has ranges, so a page without claims gets no registry entries and no stylesheet (the
 * document adopts ours a frame before its first ranges, `prepare`, and gives it back on
 * `clear`). The DOM is never touched. `addMany` registers the ranges near the viewport first
 * (visible-first.ts).
 */
class HighlightApiPainter implements Painter {
  private readonly registry: Registry;
  private readonly Ctor: HighlightCtor;
  private readonly byCategory = new Map<Category, Set<Range>>();
  private style: HighlightStyle = 'tint';
  private shown: ReadonlySet<Category> = new Set(CATEGORIES);
  private namesTaken = false;
  private styled = false;
  private readonly later: VisibleFirst;

  constructor(private readonly win: Window & typeof globalThis) {
    this.registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
    this.Ctor = (win as unknown as { Highlight: HighlightCtor }).Highlight;
    this.later = new VisibleFirst(win, (range, category) => this.add(range, category));
  }

  prepare(): void {
    this.takeNames();
    this.applyStyles();
  }

  addMany(entries: Iterable<Paintable>): void {
    this.later.add(entries);
  }

  show(range: Range): void {
    this.later.show(range);
  }

  add(range: Range, category: Category): void {
    this.takeNames();
    this.applyStyles();
    let set = this.byCategory.get(category);
    if (!set) this.byCategory.set(category, (set = new Set()));
    set.add(range);
    if (this.shown.has(category)) this.highlightFor(category).add(range);
  }

  delete(range: Range, category: Category): void {
    this.later.drop(range);
    this.byCategory.get(category)?.delete(range);
    const name = highlightName(category, this.style);
    const h = this.registry.get(name);
    if (!h) return;
    h.delete(range);
    if (h.size === 0) this.registry.delete(name);
  }

  configure(style: HighlightStyle, shown: ReadonlySet<Category>): void {
    this.removeCategoryHighlights();
    useHighlightStyle(style);
    this.style = style;
    this.shown = shown;
    for (const [category, ranges] of this.byCategory) {
      if (!shown.has(category) || ranges.size === 0) continue;
      const h = this.highlightFor(category);
      for (const r of ranges) h.add(r);
    }
  }

  setFocus(range: Range | null): void {
    this.setSingle(FOCUS_NAME, range);
  }

  setFlash(range: Range | null): void {
    this.setSingle(FLASH_NAME, range);
  }

  clear(): void {
    this.later.cancel();
    this.removeCategoryHighlights();
    this.byCategory.clear();
    this.registry.delete(FOCUS_NAME);
    this.registry.delete(FLASH_NAME);
    if (this.styled) dropHighlightStyles(this.win.document);
    this.styled = false;
  }

  private setSingle(name: string, range: Range | null): void {
    this.takeNames();
    if (range) this.applyStyles();
    if (range) this.registry.set(name, new this.Ctor(range));
    else this.registry.delete(name);
  }

  private highlightFor(category: Category): Set<Range> {
    const name = highlightName(category, this.style);
    let h = this.registry.get(name);
    if (!h) this.registry.set(name, (h = new this.Ctor()));
    return h;
  }

  /** Gives the document our highlight styles before the first range it paints. */
  private applyStyles(): void {
    if (this.styled) return;
    this.styled = true;
    adoptHighlightStyles(this.win.document);
  }

  /**
   * Before the first paint, drops whatever the page registered under our names (in either
   * style, focus and flash included): our styles would paint it, passing the page's text off
   * as a claim we flagged. Never done on a page where nothing is painted.
   */
  private takeNames(): void {
    if (this.namesTaken) return;
    this.namesTaken = true;
    for (const c of CATEGORIES)
      for (const style of HIGHLIGHT_STYLES) this.registry.delete(highlightName(c, style));
    this.registry.delete(FOCUS_NAME);
    this.registry.delete(FLASH_NAME);
  }

  private removeCategoryHighlights(): void {
    for (const c of CATEGORIES) this.registry.delete(highlightName(c, this.style));
  }
}

/** The painter for this window: the Highlight API where present, else wrapping marks. */
export function createPainter(win: Window & typeof globalThis = window): Painter {
  return hasHighlightApi(win) ? new HighlightApiPainter(win) : new MarkFallback(win.document);
}

/**
 * A painter made on first use: until something is painted, focused or flashed it only keeps the
 * configuration, so a page without claims never has `CSS.highlights` (or anything else of the
 * page) touched. `delete` and `clear` before then have nothing to remove.
 */
export function lazyPainter(win: Window & typeof globalThis = window): Painter {
  let real: Painter | null = null;
  let config: [HighlightStyle, ReadonlySet<Category>] | null = null;
  const made = (): Painter => {
    if (real) return real;
    real = createPainter(win);
    if (config) real.configure(...config);
    return real;
  };
  return {
    prepare: () => made().prepare(),
    add: (range, category) => made().add(range, category),
    addMany: (entries) => made().addMany(entries),
    show: (range) => real?.show(range),
    delete: (range, category) => real?.delete(range, category),
    configure(style, shown) {
      config = [style, shown];
      real?.configure(style, shown);
    },
    setFocus: (range) => (range || real ? made().setFocus(range) : undefined),
    setFlash: (range) => (range || real ? made().setFlash(range) : undefined),
    clear: () => real?.clear(),
  };
}
