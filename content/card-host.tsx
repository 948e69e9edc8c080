import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import cardCss from '../components/hover-card.css?inline';
import { HoverCard } from '../components/HoverCard';
import type { Category } from './detect/types';
import type { CardHost } from './engine';
import type { CardSummary } from '../utils/card-summary';

const CARD_WIDTH = 340;
const GAP = 8;

/**
 * The hover/keyboard card as WXT shadow-root UI: mounted on first use only (a page nobody
 * hovers never gets an element from us) and removed when hidden, so the page's DOM holds
 * nothing of ours between cards.
 */
export function createCardHost(
  ctx: ContentScriptContext,
  summaryFor: (category: Category) => Promise<CardSummary>,
  onFullContext: () => void,
  onClose: () => void,
): CardHost {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
  let pending: Promise<void> | null = null;
  let container: HTMLElement | null = null;
  let generation = 0;

  const ensure = async () => {
    if (ui) return;
    pending ??= createShadowRootUi<void>(ctx, {
      name: 'claim-context-card',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      isolateEvents: true,
      onMount: (uiContainer) => {
        container = uiContainer;
      },
      onRemove: () => {
        if (container) render(null, container);
        container = null;
      },
    }).then((created) => {
      ui = created;
    });
    await pending;
  };

  const hide = () => {
    generation++;
    if (container) render(null, container);
    ui?.remove();
  };

  return {
    show(record, anchor, fromKeyboard) {
      const mine = ++generation;
      const summaryPromise = summaryFor(record.claim.category);
      void Promise.all([ensure(), summaryPromise]).then(([, summary]) => {
        if (mine !== generation || !ui) return;
        if (!container) ui.mount();
        if (!container) return;
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
      return !!ui && target instanceof Node && ui.shadowHost.contains(target);
    },
  };
}
