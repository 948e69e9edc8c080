// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHost } from '../../../../components/card/card-host';
import type { ClaimRecord } from '../../../../content/claim-store';
import type { Category } from '../../../../topic/categories';
import { trusted } from '../../trusted';
import { cardLabels } from '../../../../components/card/card-labels';
import type { CardContent } from '../../../../utils/messages';
import { categoryLabel } from '../../../../components/shared/labels';

const SUMMARY: CardContent = {
  facets: [],
  text: 'Evidence is limited to small trials.',
  sourceTitle: 'A review',
  sourceUrl: 'https://example.org/review',
  labels: cardLabels('efficacy'),
};

function record(category: Category = 'efficacy'): ClaimRecord {
  const range = document.createRange();
  return {
    id: 1,
    claim: {
      start: 0,
      end: 10,
      text: 'Stem cells cure back pain.',
      category,
      stance: 'promotional',
      cues: [],
      confidence: 1,
    },
    range,
    root: document.body,
  };
}

const anchor = (top = 100, left = 50) => new DOMRect(left, top, 120, 18);

/** Lets the host's promises (shadow root creation, summary) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Shadow roots attached during a test, captured where they are made (the card's is closed). */
let shadows: ShadowRoot[] = [];
const realAttachShadow = Element.prototype.attachShadow;
const shadow = () => shadows[0] ?? null;
const hostEl = () => {
  const host = shadow()?.host as HTMLElement | undefined;
  return host?.isConnected ? host : null;
};
const cardEl = () => (hostEl() ? shadow()?.querySelector<HTMLElement>('.card') : null) ?? null;

let ctx: AbortController;
type Asked = { category: Category; text: string };
let summaryFor: ReturnType<typeof vi.fn<(claim: Asked) => Promise<CardContent>>>;
let onFullContext: ReturnType<typeof vi.fn<() => void>>;
let onClose: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  ctx = new AbortController();
  shadows = [];
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = realAttachShadow.call(this, init);
    shadows.push(root);
    return root;
  };
  summaryFor = vi.fn(async ({ category }: Asked) => ({ ...SUMMARY, labels: cardLabels(category) }));
  onFullContext = vi.fn();
  onClose = vi.fn();
  Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
});

afterEach(() => {
  ctx.abort();
  hostEl()?.remove();
  Element.prototype.attachShadow = realAttachShadow;
});

const newHost = () => createCardHost(ctx.signal, summaryFor, onFullContext, onClose);

describe('card host', () => {
  it('adds nothing to the page until a card is shown', async () => {
    newHost();
    await settle();
    expect(hostEl()).toBeNull();
  });

  it('mounts the card last in <html>, in a closed shadow root with its own styles', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    const host = hostEl();
    expect(host).not.toBeNull();
    expect(document.documentElement.lastElementChild).toBe(host);
    // The stylesheet comes first in the shadow root (its text is empty here: Vitest does not
    // process CSS; the reset it starts with is checked on the file below).
    expect(shadow()?.firstElementChild?.tagName).toBe('STYLE');
    expect(cardEl()?.textContent).toContain(categoryLabel('efficacy'));
    expect(cardEl()?.textContent).toContain(SUMMARY.text);
    expect(summaryFor).toHaveBeenCalledWith(
      expect.objectContaining({ category: 'efficacy', text: 'Stem cells cure back pain.' }),
    );
  });

  it("resets inherited page styles at the shadow host (WXT's shadow-root reset)", () => {
    const css = readFileSync('components/card/hover-card.css', 'utf8');
    expect(css).toMatch(/^:host \{\n  all: initial !important;\n/m);
  });

  it('gives the page nothing to read, name or drive: a plain div with a closed shadow root', async () => {
    newHost().show(record(), anchor(), false);
    await settle();
    const host = hostEl() as HTMLElement;
    expect(host.localName).toBe('div');
    expect(host.attributes.length).toBeLessThanOrEqual(1);
    expect([...host.attributes].map((a) => a.name).filter((n) => n !== 'popover')).toEqual([]);
    expect(shadow()?.mode).toBe('closed');
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
  });

  it('ignores clicks and keys a script dispatched', async () => {
    newHost().show(record(), anchor(), true);
    await settle();
    const buttons = shadow()?.querySelectorAll('button') ?? [];
    for (const b of buttons) b.click();
    cardEl()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onFullContext).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(hostEl()).not.toBeNull();
  });

  it('places the card below the highlight, or above it near the bottom of the viewport', async () => {
    const cards = newHost();
    cards.show(record(), anchor(100, 50), false);
    await settle();
    expect(cardEl()?.style.top).toBe('126px');
    expect(cardEl()?.style.left).toBe('50px');
    cards.show(record(), anchor(700, 900), false);
    await settle();
    expect(cardEl()?.style.top).toBe(`${700 - 180 - 8}px`);
    expect(cardEl()?.style.left).toBe(`${1024 - 340 - 8}px`);
  });

  it('gives a card with facet answers the room on the roomier side, never over the highlight', async () => {
    const facets = [{ id: 'price', heading: 'The price', lines: [], reviewed: 'Reviewed' }];
    summaryFor.mockImplementation(async ({ category }) => ({
      ...SUMMARY,
      facets,
      labels: cardLabels(category),
    }));
    const cards = newHost();
    cards.show(record(), anchor(300, 50), false);
    await settle();
    // Below: 300 + 18 + 8 = 326, and 768 - 326 - 8 = 434 pixels of room.
    expect(cardEl()?.style.top).toBe('326px');
    expect(cardEl()?.style.maxHeight).toBe('434px');
    cards.show(record(), anchor(600, 50), false);
    await settle();
    // Above: 600 - 16 = 584 pixels of room, more than the 520 a card takes at most.
    expect(cardEl()?.style.maxHeight).toBe('520px');
    expect(cardEl()?.style.top).toBe(`${600 - 8 - 520}px`);
  });

  it('removes the host when hidden and mounts it again for the next card', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    const first = hostEl();
    cards.hide();
    expect(hostEl()).toBeNull();
    cards.show(record('safety'), anchor(), false);
    await settle();
    expect(hostEl()).toBe(first);
    expect(cardEl()?.textContent).toContain(categoryLabel('safety'));
    expect(shadows).toHaveLength(1);
    expect(shadow()?.querySelectorAll('.card')).toHaveLength(1);
  });

  it('drops a card hidden before its summary arrived', async () => {
    let resolve: (s: CardContent) => void = () => undefined;
    summaryFor.mockImplementation(() => new Promise((r) => (resolve = r)));
    const cards = newHost();
    cards.show(record(), anchor(), false);
    cards.hide();
    resolve(SUMMARY);
    await settle();
    expect(hostEl()).toBeNull();
  });

  it('hides when the summary cannot be had', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    summaryFor.mockRejectedValueOnce(new Error('background gone'));
    cards.show(record('cost'), anchor(), false);
    await settle();
    expect(hostEl()).toBeNull();
  });

  it('takes focus when opened from the keyboard only', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    expect(shadow()?.activeElement ?? null).toBeNull();
    cards.hide();
    cards.show(record(), anchor(), true);
    await settle();
    expect(shadow()?.activeElement).toBe(cardEl());
  });

  it('closes on Escape without the key reaching the page', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const cards = newHost();
    cards.show(record(), anchor(), true);
    await settle();
    cardEl()?.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(hostEl()).toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('wires the buttons', async () => {
    newHost().show(record(), anchor(), false);
    await settle();
    const buttons = shadow()?.querySelectorAll('button') ?? [];
    const click = () => trusted(new MouseEvent('click', { bubbles: true }));
    (buttons[0] as HTMLButtonElement).dispatchEvent(click());
    expect(onFullContext).toHaveBeenCalledTimes(1);
    (buttons[1] as HTMLButtonElement).dispatchEvent(click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(hostEl()).toBeNull();
  });

  it('knows which targets are inside the card', async () => {
    const cards = newHost();
    expect(cards.contains(document.body)).toBe(false);
    cards.show(record(), anchor(), false);
    await settle();
    expect(cards.contains(hostEl())).toBe(true);
    expect(cards.contains(document.body)).toBe(false);
    expect(cards.contains(null)).toBe(false);
  });

  it('removes the card when the context is invalidated and shows no more', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    ctx.abort();
    expect(hostEl()).toBeNull();
    cards.show(record(), anchor(), false);
    await settle();
    expect(hostEl()).toBeNull();
  });
});
