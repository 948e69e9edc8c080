import type { ClaimRecord, ClaimStore } from './claim-store';
import { recordAtPoint } from './highlight/hit-test';
import type { Painter } from './highlight/layer';

/**
 * Shows and hides the hover card: components/card/card-host.tsx, which the content entry passes
 * in (the page engine never imports Preact); a fake in tests.
 */
export interface CardHost {
  show(record: ClaimRecord, anchor: DOMRect, fromKeyboard: boolean): void;
  hide(): void;
  /** True when the event target is inside the card, so moving onto it keeps it open. */
  contains(target: EventTarget | null): boolean;
}

/** What the reader's side of the engine needs: the claims, the painter and the card. */
export interface InteractionDeps {
  doc: Document;
  store: ClaimStore;
  painter: Painter;
  cards?: CardHost;
  /** Whether highlights are shown on this page now. */
  isShown(): boolean;
  /** Whether the settings allow hover cards. */
  hasHoverCards(): boolean;
}

/** The reader's side of a running engine: hover, Escape, stepping and revealing claims. */
export interface Interaction {
  /** Scrolls to a claim and flashes it. @returns false when there is no such claim. */
  reveal(id: number): boolean;
  /** Moves to the next (+1) or previous (-1) claim and shows its card. @returns false when none. */
  step(direction: 1 | -1): boolean;
  /** A claim left the store: if the keyboard was on it, focus and card go too. */
  forget(record: ClaimRecord): void;
  /** Highlights were switched off: no focus, no hovered claim, no card. */
  reset(): void;
}

/** How long a revealed claim stays flashed. */
const FLASH_MS = 1600;

/**
 * Hover, Escape, stepping and reveal for one frame: one passive mousemove listener (doing nothing
 * while there are no claims or cards are off) and one keydown listener. Only the reader's own
 * input acts: a page can dispatch mousemove and keydown events itself (`isTrusted` false) to open
 * or move the card (issue 17). Aborting `signal` removes the listeners, the pending frame and the
 * flash timer, and hides the card. Fixture: tests/fixtures/clinic-marketing.html.
 * Longer than a screen because it is a closure over the focus, hover and flash state that its
 * listeners and methods share; each of them is short.
 */
export function startInteraction(deps: InteractionDeps, signal: AbortSignal): Interaction {
  const { doc, store, painter, cards, isShown, hasHoverCards } = deps;
  const win = doc.defaultView as Window & typeof globalThis;
  let focused: ClaimRecord | null = null;
  let hovered: ClaimRecord | null = null;
  let frame = 0;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const onMove = (event: MouseEvent) => {
    if (!event.isTrusted || !cards || frame || store.size === 0) return;
    if (!isShown() || !hasHoverCards()) return;
    const { clientX: x, clientY: y, target } = event;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (cards.contains(target)) return;
      const record = recordAtPoint(doc, store.unorderedView(), x, y);
      if (record === hovered) return;
      hovered = record;
      if (record) cards.show(record, record.range.getBoundingClientRect(), false);
      else if (!focused) cards.hide();
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape' || (!focused && !hovered)) return;
    focused = null;
    hovered = null;
    painter.setFocus(null);
    cards?.hide();
  };
  doc.addEventListener('mousemove', onMove, { passive: true, signal });
  doc.addEventListener('keydown', onKey, { signal });
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(flashTimer);
      if (frame) win.cancelAnimationFrame(frame);
      cards?.hide();
    },
    { once: true },
  );

  const scrollTo = (record: ClaimRecord): DOMRect => {
    painter.show(record.range);
    record.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
    });
    return record.range.getBoundingClientRect();
  };

  return {
    reveal(id) {
      const record = store.get(id);
      if (!record || !record.range.startContainer.isConnected) return false;
      scrollTo(record);
      painter.setFlash(record.range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => painter.setFlash(null), FLASH_MS);
      return true;
    },
    step(direction) {
      const all = store.all();
      if (all.length === 0 || !isShown()) return false;
      const index = focused ? all.indexOf(focused) : -1;
      const next =
        index === -1
          ? all[direction === 1 ? 0 : all.length - 1]
          : all[(index + direction + all.length) % all.length];
      if (!next) return false;
      focused = next;
      painter.setFocus(next.range);
      cards?.show(next, scrollTo(next), true);
      return true;
    },
    forget(record) {
      if (focused !== record) return;
      focused = null;
      painter.setFocus(null);
      cards?.hide();
    },
    reset() {
      focused = null;
      hovered = null;
      cards?.hide();
    },
  };
}
