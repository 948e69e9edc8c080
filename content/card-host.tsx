import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import cardCss from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import type { Category } from '../topic/categories';
import type { CardHost } from './engine';
import { CARD_TAG } from './highlight/names';
import type { CardSummary } from '../topic/knowledge/card-summary';

const CARD_WIDTH = 340;
const GAP = 8;

/**
 * Tag of the shadow host (names.ts CARD_TAG). content/scan/skip.ts skips it by this name, so the
 * card's own text is never read as page text.
 */
export const CARD_HOST_TAG = CARD_TAG;

/** The shadow host, and the element inside its shadow root that the card renders into. */
interface Shell {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * The shadow host with its styles and mount point. What @webext-core/isolated-element does for
 * WXT's shadow-root UIs, in a few lines (that package and its name check cost the content script
 * 0.8 KB gzipped, docs/performance.md): an open shadow root (styles isolated from the page),
 * the card's CSS, and key events stopped at the shadow root so page shortcuts never see them.
 */
function buildShell(): Shell {
  const host = document.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = cardCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress'])
    shadow.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}

/**
 * The hover/keyboard card in its own shadow root (open, styles isolated from the page, key
 * events kept from the page; see buildShell). The shadow host is created on first use only (a
 * page nobody hovers never gets an element from us), appended last to `<html>` while a card
 * shows and removed when hidden, so the page's DOM holds nothing of ours between cards.
 * Everything is removed when the context is invalidated.
 */
export function createCardHost(
  ctx: ContentScriptContext,
  summaryFor: (category: Category) => Promise<CardSummary>,
  onFullContext: () => void,
  onClose: () => void,
): CardHost {
  /** Created on first show, so `contains` can answer synchronously. */
  let built: Shell | null = null;
  let generation = 0;

  const ensure = (): Shell => (built ??= buildShell());

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
      void summaryPromise.then((summary) => {
        if (mine !== generation || ctx.signal.aborted) return;
        const { host, container } = ensure();
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
