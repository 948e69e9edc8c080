// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_TAG, createCardHost } from '../../../content/card-host';
import type { ClaimRecord } from '../../../content/claim-store';
import type { Category } from '../../../topic/categories';
import { isSkippedElement } from '../../../content/scan/skip';
import type { CardSummary } from '../../../topic/knowledge/card-summary';
import { CATEGORY_LABELS } from '../../../utils/labels';

const SUMMARY: CardSummary = {
  text: 'Evidence is limited to small trials.',
  sourceTitle: 'A review',
  sourceUrl: 'https://example.org/review',
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

const hostEl = () => document.querySelector(CARD_HOST_TAG) as HTMLElement | null;
const cardEl = () => hostEl()?.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;

let ctx: ContentScriptContext;
let summaryFor: ReturnType<typeof vi.fn<(category: Category) => Promise<CardSummary>>>;
let onFullContext: ReturnType<typeof vi.fn<() => void>>;
let onClose: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  ctx = new ContentScriptContext('content');
  summaryFor = vi.fn(async () => SUMMARY);
  onFullContext = vi.fn();
  onClose = vi.fn();
  Object.defineProperty(window, 'innerWidth', { value: 1024, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
});

afterEach(() => {
  ctx.abort();
  document.querySelectorAll(CARD_HOST_TAG).forEach((el) => el.remove());
});

const newHost = () => createCardHost(ctx, summaryFor, onFullContext, onClose);

describe('card host', () => {
  it('adds nothing to the page until a card is shown', async () => {
    newHost();
    await settle();
    expect(hostEl()).toBeNull();
  });

  it('mounts the card last in <html>, in an open shadow root with its own styles', async () => {
    const cards = newHost();
    cards.show(record(), anchor(), false);
    await settle();
    const host = hostEl();
    expect(host).not.toBeNull();
    expect(document.documentElement.lastElementChild).toBe(host);
    // The stylesheet comes first in the shadow root (its text is empty here: Vitest does not
    // process CSS; the reset it starts with is checked on the file below).
    expect(host?.shadowRoot?.firstElementChild?.tagName).toBe('STYLE');
    expect(cardEl()?.textContent).toContain(CATEGORY_LABELS.efficacy);
    expect(cardEl()?.textContent).toContain(SUMMARY.text);
    expect(summaryFor).toHaveBeenCalledWith('efficacy');
  });

  it("resets inherited page styles at the shadow host (WXT's shadow-root reset)", () => {
    const css = readFileSync('components/hover-card.css', 'utf8');
    expect(css).toMatch(/^:host \{\n  all: initial !important;\n\}$/m);
  });

  it('uses the tag the scanner skips, so the card is never read as page text', async () => {
    newHost().show(record(), anchor(), false);
    await settle();
    const host = hostEl();
    expect(host?.tagName).toBe('CLAIM-CONTEXT-CARD');
    expect(host && isSkippedElement(host)).toBe(true);
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
    expect(cardEl()?.textContent).toContain(CATEGORY_LABELS.safety);
    expect(first?.shadowRoot?.querySelectorAll('.card')).toHaveLength(1);
  });

  it('drops a card hidden before its summary arrived', async () => {
    let resolve: (s: CardSummary) => void = () => undefined;
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
    expect(hostEl()?.shadowRoot?.activeElement ?? null).toBeNull();
    cards.hide();
    cards.show(record(), anchor(), true);
    await settle();
    expect(hostEl()?.shadowRoot?.activeElement).toBe(cardEl());
  });

  it('closes on Escape without the key reaching the page', async () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const cards = newHost();
    cards.show(record(), anchor(), true);
    await settle();
    cardEl()?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(hostEl()).toBeNull();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('wires the buttons', async () => {
    newHost().show(record(), anchor(), false);
    await settle();
    const buttons = hostEl()?.shadowRoot?.querySelectorAll('button') ?? [];
    (buttons[0] as HTMLButtonElement).click();
    expect(onFullContext).toHaveBeenCalledTimes(1);
    (buttons[1] as HTMLButtonElement).click();
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
