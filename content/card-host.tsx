import { render } from 'preact';
import { createIsolatedElement } from '@webext-core/isolated-element';
import type { ContentScriptContext } from '#imports';
import cardCss from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import type { Category } from './detect/types';
import type { CardHost } from './engine';
import type { CardSummary } from '../utils/card-summary';

const CARD_WIDTH = 340;
const GAP = 8;

/**
 * Tag of the shadow host. content/scan/skip.ts skips it by this name (upper case there, as
 * `tagName` reports it), so the card's own text is never read as page text.
 */
export const CARD_HOST_TAG = 'claim-context-card';

/** The shadow host, and the element inside its shadow root that the card renders into. */
interface Shell {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * The hover/keyboard card in its own shadow root (open, styles isolated from the page, key
 * events kept from the page), built with @webext-core/isolated-element: the part of WXT's
 * `createShadowRootUi` this card uses, without its auto-mount machinery. The shadow host is
 * created on first use only (a page nobody hovers never gets an element from us), appended last
 * to `<html>` while a card shows and removed when hidden, so the page's DOM holds nothing of
 * ours between cards. Everything is removed when the context is invalidated.
 */
export function createCardHost(
  ctx: ContentScriptContext,
  summaryFor: (category: Category) => Promise<CardSummary>,
  onFullContext: () => void,
  onClose: () => void,
): CardHost {
  let shell: Promise<Shell> | null = null;
  /** Set once the shell exists, so `contains` can answer synchronously. */
  let built: Shell | null = null;
  let generation = 0;

  const ensure = (): Promise<Shell> =>
    (shell ??= createIsolatedElement({
      name: CARD_HOST_TAG,
      mode: 'open',
      css: { textContent: cardCss },
      isolateEvents: true,
    }).then(({ parentElement, isolatedElement }) => {
      built = { host: parentElement, container: isolatedElement };
      return built;
    }));

  const hide = () => {
    generation++;
    if (!built) return;
    render(null, built.container);
    built.host.remove();
  };
  ctx.onInvalidated(hide);

  return {
    show(record, anchor, fromKeyboard) {
      const mine = ++generation;
      const summaryPromise = summaryFor(record.claim.category);
      void Promise.all([ensure(), summaryPromise]).then(([{ host, container }, summary]) => {
        if (mine !== generation || ctx.signal.aborted) return;
        if (!host.isConnected) document.documentElement.append(host);
        const below = anchor.bottom + GAP;
        const top =
          below + 180 > window.innerHeight ? Math.max(GAP, anchor.top - 180 - GAP) : below;
        const left = Math.min(Math.max(GAP, anchor.left), window.innerWidth - CARD_WIDTH - GAP);
        render(
          <HoverCard
            category={record.claim.category}
            stance={record.claim.stance}
            summary={summary.text}
            sourceTitle={summary.sourceTitle}
            sourceUrl={summary.sourceUrl}
            top={top}
            left={Math.max(GAP, left)}
            fromKeyboard={fromKeyboard}
            onFullContext={onFullContext}
            onClose={() => {
              hide();
              onClose();
            }}
          />,
          container,
        );
      }, hide);
    },
    hide,
    contains(target) {
      return !!built && target instanceof Node && built.host.contains(target);
    },
  };
}
