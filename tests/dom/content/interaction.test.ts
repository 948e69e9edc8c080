// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaimStore, type ClaimRecord } from '../../../content/claim-store';
import type { Painter } from '../../../content/highlight/layer';
import {
  startInteraction,
  type CardHost,
  type InteractionDeps,
} from '../../../content/interaction';
import { trusted } from '../trusted';
import { foundIn } from '../found';

/** A painter that remembers the focused and flashed ranges as text. */
function fakePainter(): Painter & {
  focus: string | null;
  flash: string | null;
  shown: string[];
} {
  return {
    focus: null,
    flash: null,
    shown: [],
    prepare: () => undefined,
    add: () => undefined,
    addMany: () => undefined,
    show(range) {
      this.shown.push(String(range));
    },
    delete: () => undefined,
    configure: () => undefined,
    clear: () => undefined,
    setFocus(range) {
      this.focus = range ? String(range) : null;
    },
    setFlash(range) {
      this.flash = range ? String(range) : null;
    },
  };
}

/** A card host that records what it shows; `open` is the claim on it, or null. */
function fakeCards(): CardHost & { open: string | null; fromKeyboard: boolean[] } {
  return {
    open: null,
    fromKeyboard: [],
    show(record, _anchor, fromKeyboard) {
      this.open = record.claim.text;
      this.fromKeyboard.push(fromKeyboard);
    },
    hide() {
      this.open = null;
    },
    contains: () => false,
  };
}

/** One record per paragraph of the page, as the engine stores them. */
function storeOfParagraphs(): ClaimStore {
  const store = new ClaimStore();
  const found = Array.from(document.querySelectorAll('p')).map(foundIn);
  store.addAll(found, true);
  return store;
}

let controller: AbortController;
let store: ClaimStore;
let painter: ReturnType<typeof fakePainter>;
let cards: ReturnType<typeof fakeCards>;
/** What the pointer is over, for the stubbed `CSS.highlights.highlightsFromPoint`. */
let underPointer: ClaimRecord | null;

function start(patch: Partial<InteractionDeps> = {}) {
  return startInteraction(
    {
      doc: document,
      store,
      painter,
      cards,
      isShown: () => true,
      hasHoverCards: () => true,
      ...patch,
    },
    controller.signal,
  );
}

const move = (isTrusted = true) => {
  const event = new MouseEvent('mousemove', { clientX: 5, clientY: 5, bubbles: true });
  document.dispatchEvent(isTrusted ? trusted(event) : event);
};
const escape = (isTrusted = true) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
  document.dispatchEvent(isTrusted ? trusted(event) : event);
};
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  document.body.innerHTML = '<p>First claim.</p><p>Second claim.</p>';
  controller = new AbortController();
  store = storeOfParagraphs();
  painter = fakePainter();
  cards = fakeCards();
  underPointer = null;
  vi.stubGlobal('CSS', {
    highlights: {
      highlightsFromPoint: () => (underPointer ? [{ ranges: [underPointer.range] }] : []),
    },
  });
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('interaction', () => {
  it('steps through the claims in document order, round the ends, with the card open', () => {
    const interaction = start();
    expect(interaction.step(1)).toBe(true);
    expect([painter.focus, cards.open]).toEqual(['First claim.', 'First claim.']);
    expect(interaction.step(1)).toBe(true);
    expect(interaction.step(1)).toBe(true);
    expect(cards.open).toBe('First claim.');
    expect(interaction.step(-1)).toBe(true);
    expect(cards.open).toBe('Second claim.');
    expect(cards.fromKeyboard).toEqual([true, true, true, true]);
    expect(painter.shown).toHaveLength(4);
  });

  it('does not step while highlights are off or there is no claim', () => {
    expect(start({ isShown: () => false }).step(1)).toBe(false);
    store.clear();
    expect(start().step(1)).toBe(false);
    expect(cards.open).toBeNull();
  });

  it('flashes a revealed claim for a moment; an unknown id reveals nothing', () => {
    vi.useFakeTimers();
    const interaction = start();
    const second = store.all()[1]!;
    expect(interaction.reveal(second.id)).toBe(true);
    expect(painter.flash).toBe('Second claim.');
    // A range still waiting for idle time is painted before it is revealed.
    expect(painter.shown).toEqual(['Second claim.']);
    vi.advanceTimersByTime(2000);
    expect(painter.flash).toBeNull();
    expect(interaction.reveal(9999)).toBe(false);
  });

  it('shows the card of the claim under the pointer, and Escape closes it', async () => {
    start();
    underPointer = store.all()[0]!;
    move();
    await vi.waitFor(() => expect(cards.open).toBe('First claim.'));
    expect(cards.fromKeyboard).toEqual([false]);
    escape();
    expect(cards.open).toBeNull();
  });

  it("ignores the page's own synthetic pointer and key events", async () => {
    const interaction = start();
    underPointer = store.all()[0]!;
    move(false);
    await nextFrame();
    expect(cards.open).toBeNull();
    interaction.step(1);
    escape(false);
    expect([painter.focus, cards.open]).toEqual(['First claim.', 'First claim.']);
  });

  it('shows no card on hover while cards are off in the settings', async () => {
    start({ hasHoverCards: () => false });
    underPointer = store.all()[0]!;
    move();
    await nextFrame();
    expect(cards.open).toBeNull();
  });

  it('lets go of a focused claim that leaves the page', () => {
    const interaction = start();
    interaction.step(1);
    interaction.forget(store.all()[1]!);
    expect(cards.open).toBe('First claim.');
    interaction.forget(store.all()[0]!);
    expect([painter.focus, cards.open]).toEqual([null, null]);
  });

  it('stops listening and hides the card when aborted', async () => {
    start();
    underPointer = store.all()[0]!;
    move();
    await vi.waitFor(() => expect(cards.open).toBe('First claim.'));
    controller.abort();
    expect(cards.open).toBeNull();
    underPointer = store.all()[1]!;
    move();
    await nextFrame();
    expect(cards.open).toBeNull();
  });
});
