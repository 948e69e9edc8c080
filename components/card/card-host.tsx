import { render } from 'preact';
import cardCss from './hover-card.css?inline';
import facetCss from './facet-answer.css?inline';
import { HoverCard } from './HoverCard';
import type { Category } from '../../topic/categories';
import type { CardHost } from '../../content/engine';
import type { CardContent } from '../../utils/messages';

const CARD_WIDTH = 340;
const GAP = 8;
/** Height planned for a card without and with facet answers (hover-card.css caps the latter). */
const PLAIN_HEIGHT = 180;
const FACET_HEIGHT = 520;

/** The shadow host, and the element inside its shadow root that the card renders into. */
interface Shell {
  host: HTMLElement;
  container: HTMLElement;
}

/**
 * The shadow host with its styles and mount point, built so that the page cannot read, change
 * or drive the card (issue 17):
 * - a plain `div` (a custom tag would name the extension, and a page could define it first);
 * - a *closed* shadow root, attached before the host is ever in the page: no page script can
 *   reach the card's text, link or buttons (`host.shadowRoot` is null for it);
 * - a manual popover where the browser has them, so the card sits in the top layer above the
 *   page's own overlays; `:host { all: initial !important }` keeps page CSS off the host;
 * - key events stopped at the shadow root so page shortcuts never see them.
 */
function buildShell(): Shell {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  if (typeof host.showPopover === 'function') host.popover = 'manual';
  const style = document.createElement('style');
  style.textContent = cardCss + facetCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress'])
    shadow.addEventListener(type, (event) => event.stopPropagation());
  return { host, container };
}

/**
 * The hover/keyboard card in its own closed shadow root (see buildShell). The shadow host is
 * created on first use only (a page nobody hovers never gets an element from us), appended last
 * to `<html>` while a card shows and removed when hidden, so the page's DOM holds nothing of ours
 * between cards. Everything is removed when the context is invalidated. A closure a little over
 * a screen: show, hide and contains share the shell and the pending summary.
 */
export function createCardHost(
  signal: AbortSignal,
  summaryFor: (claim: { category: Category; text: string }) => Promise<CardContent>,
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
  signal.addEventListener('abort', hide, { once: true });

  return {
    show(record, anchor, fromKeyboard) {
      const mine = ++generation;
      const summaryPromise = summaryFor(record.claim);
      void summaryPromise.then((summary) => {
        if (mine !== generation || signal.aborted) return;
        const { host, container } = ensure();
        if (!host.isConnected) {
          document.documentElement.append(host);
          // The top layer, where the browser has it; a page's later popover may still cover it.
          if (host.popover) host.showPopover();
        }
        // Below the highlight if the card fits there or there is more room below than above;
        // a card with facet answers is as tall as the room allows (it scrolls), up to FACET_HEIGHT.
        const want = summary.facets.length ? FACET_HEIGHT : PLAIN_HEIGHT;
        const below = anchor.bottom + GAP;
        const roomBelow = window.innerHeight - below - GAP;
        const roomAbove = anchor.top - 2 * GAP;
        const isBelow = roomBelow >= want || roomBelow >= roomAbove;
        const height = Math.max(0, Math.min(want, isBelow ? roomBelow : roomAbove));
        const top = isBelow ? below : Math.max(GAP, anchor.top - GAP - height);
        const left = Math.min(Math.max(GAP, anchor.left), window.innerWidth - CARD_WIDTH - GAP);
        render(
          <HoverCard
            category={record.claim.category}
            stance={record.claim.stance}
            facets={summary.facets}
            summary={summary.text}
            sourceTitle={summary.sourceTitle}
            sourceUrl={summary.sourceUrl}
            labels={summary.labels}
            top={top}
            maxHeight={summary.facets.length ? height : undefined}
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
