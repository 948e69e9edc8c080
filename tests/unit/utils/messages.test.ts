import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkMessage,
  MAX_CARD_TEXT,
  onMessages,
  TO_BACKGROUND,
  TO_CONTENT,
  type ToBackground,
} from '../../../utils/messages';

const ok = { tag: 'claim-context/1', name: 'revealClaim', data: { id: 3 } };

describe('checkMessage', () => {
  beforeEach(() => fakeBrowser.reset());
  const self = () => fakeBrowser.runtime.id;

  it('accepts a well-formed message from this extension', () => {
    expect(checkMessage(ok, self())).toEqual(ok);
  });
  it("accepts a card request with the claim's category and text", () => {
    const ask = {
      tag: 'claim-context/1',
      name: 'getCardSummary',
      data: { category: 'cost', text: 'It costs $5,000.' },
    };
    expect(checkMessage(ask, self())).toEqual(ask);
  });
  it.each([
    ['another extension', ok, 'someone-else'],
    ['a web page (no sender id)', ok, undefined],
  ])('ignores messages from %s', (_name, message, sender) => {
    expect(checkMessage(message, sender)).toBeNull();
  });
  it.each([
    ['not an object', 'revealClaim'],
    ['no tag', { name: 'revealClaim', data: { id: 1 } }],
    ['an unknown name', { tag: 'claim-context/1', name: 'deleteEverything', data: null }],
    ['a prototype name', { tag: 'claim-context/1', name: 'toString', data: null }],
    ['bad data', { tag: 'claim-context/1', name: 'revealClaim', data: { id: 'x' } }],
    ['bad direction', { tag: 'claim-context/1', name: 'stepClaim', data: { direction: 5 } }],
    [
      'a card request without the claim text',
      { tag: 'claim-context/1', name: 'getCardSummary', data: { category: 'cost' } },
    ],
    [
      'a card request with a text longer than MAX_CARD_TEXT',
      {
        tag: 'claim-context/1',
        name: 'getCardSummary',
        data: { category: 'cost', text: 'x'.repeat(MAX_CARD_TEXT + 1) },
      },
    ],
    [
      'a claim of unknown category',
      {
        tag: 'claim-context/1',
        name: 'claimsChanged',
        data: {
          url: 'x',
          highlightsOn: true,
          claims: [{ id: 1, text: 't', category: 'evil', stance: 'neutral' }],
        },
      },
    ],
  ])('ignores %s', (_name, message) => {
    expect(checkMessage(message, self())).toBeNull();
  });
});

describe('onMessages', () => {
  beforeEach(() => fakeBrowser.reset());
  const deliver = (message: unknown, id: string | undefined = fakeBrowser.runtime.id) =>
    new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage
        .trigger(message, { id, tab: { id: 7 }, frameId: 2 } as never, resolve)
        .then((results: unknown[]) => {
          if (!results.includes(true)) resolve('not handled');
        });
    });

  it('calls the handler with validated data and the sender, and replies', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    onMessages<ToBackground>(TO_BACKGROUND, { openFullContext: handler });
    await expect(
      deliver({ tag: 'claim-context/1', name: 'openFullContext', data: null }),
    ).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(handler).toHaveBeenCalledWith(null, { tabId: 7, frameId: 2 });
  });

  it("starts the handler inside the browser's dispatch, where a message's user action still holds", () => {
    // Chrome lets the background open the side panel for a click in the card only while the
    // listener runs (issue 15): a handler started a microtask later is refused.
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    onMessages<ToBackground>(TO_BACKGROUND, { openFullContext: handler });
    void fakeBrowser.runtime.onMessage.trigger(
      { tag: 'claim-context/1', name: 'openFullContext', data: null },
      { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 } as never,
      () => undefined,
    );
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('replies undefined when a handler throws at once, leaving no sender waiting', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onMessages<ToBackground>(TO_BACKGROUND, {
      openFullContext: () => {
        throw new Error('broken');
      },
    });
    await expect(
      deliver({ tag: 'claim-context/1', name: 'openFullContext', data: null }),
    ).resolves.toBeUndefined();
  });

  it('ignores messages it has no handler for, and foreign senders', async () => {
    const handler = vi.fn();
    onMessages<ToBackground>(TO_BACKGROUND, { openFullContext: handler });
    await expect(
      deliver({ tag: 'claim-context/1', name: 'revealClaim', data: { id: 1 } }),
    ).resolves.toBe('not handled');
    await expect(
      deliver({ tag: 'claim-context/1', name: 'openFullContext', data: null }, 'evil'),
    ).resolves.toBe('not handled');
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts only the messages of its own table, whatever handlers it is given', async () => {
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    // A content script's table: a message addressed to the background is unknown here, even
    // if a handler of that name were registered by mistake.
    onMessages(TO_CONTENT, { revealClaim: handler, openFullContext: handler } as never);
    await expect(
      deliver({ tag: 'claim-context/1', name: 'openFullContext', data: null }),
    ).resolves.toBe('not handled');
    await expect(
      deliver({ tag: 'claim-context/1', name: 'revealClaim', data: { id: 4 } }),
    ).resolves.toEqual({ ok: true, value: null });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('stops listening once its signal aborts', async () => {
    const handler = vi.fn();
    const controller = new AbortController();
    onMessages<ToBackground>(TO_BACKGROUND, { openFullContext: handler }, controller.signal);
    controller.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
