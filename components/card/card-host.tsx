import { render } from 'preact';
import cardCss from './hover-card.css?inline';
import facetCss from './facet-answer.css?inline';
import { HoverCard } from './HoverCard';
import { VerdictCard } from './VerdictCard';
import type { Category, Stance } from '../../topic/categories';
import type { CardHost } from '../../content/engine';
import type { Claim } from '../../content/detect/types';
import type { CardContent, Result, Verdict } from '../../utils/messages';

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

/** The reader's corrections from a card (issue 15); the entry sends them to the background. */
export interface CardCorrections {
  /** "Not a claim" on a claim: hide it on this page and remember. */
  notClaim(claim: Claim): Promise<Result<null>>;
  /** "Mark as a claim" on checked text, with the kind chosen (and the stance found, if any). */
  markClaim(text: string, category: Category, stance: Stance | null): Promise<Result<null>>;
}

/** The card host with the card for checked text besides the hover card. */
export interface CheckingCardHost extends CardHost {
  /** Shows what the detector made of checked text beside `anchor` (the selection's box). */
  showVerdict(verdict: Verdict, anchor: DOMRect): void;
}

/** Where a card of planned height `want` goes beside `anchor`, in viewport pixels. */
function place(anchor: DOMRect, want: number): { top: number; left: number; height: number } {
  // Below the anchor if the card fits there or there is more room below than above; a card
  // with facet answers is as tall as the room allows (it scrolls), up to FACET_HEIGHT.
  const below = anchor.bottom + GAP;
  const roomBelow = window.innerHeight - below - GAP;
  const roomAbove = anchor.top - 2 * GAP;
  const isBelow = roomBelow >= want || roomBelow >= roomAbove;
  const height = Math.max(0, Math.min(want, isBelow ? roomBelow : roomAbove));
  const top = isBelow ? below : Math.max(GAP, anchor.top - GAP - height);
  const left = Math.min(Math.max(GAP, anchor.left), window.innerWidth - CARD_WIDTH - GAP);
  return { top, left: Math.max(GAP, left), height };
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
  corrections?: CardCorrections,
): CheckingCardHost {
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

  /** The shell, in the page and in the top layer (where the browser has it). */
  const mount = (): Shell => {
    const shell = ensure();
    if (!shell.host.isConnected) {
      document.documentElement.append(shell.host);
      // The top layer, where the browser has it; a page's later popover may still cover it.
      if (shell.host.popover) shell.host.showPopover();
    }
    return shell;
  };

  return {
    show(record, anchor, fromKeyboard) {
      const mine = ++generation;
      const summaryPromise = summaryFor(record.claim);
      void summaryPromise.then((summary) => {
        if (mine !== generation || signal.aborted) return;
        const { container } = mount();
        const want = summary.facets.length ? FACET_HEIGHT : PLAIN_HEIGHT;
        const { top, left, height } = place(anchor, want);
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
            left={left}
            fromKeyboard={fromKeyboard}
            onFullContext={onFullContext}
            onClose={() => {
              hide();
              onClose();
            }}
            onNotClaim={
              corrections &&
              (() => {
                hide();
                void corrections.notClaim(record.claim);
              })
            }
          />,
          container,
        );
      }, hide);
    },
    showVerdict(verdict, anchor) {
      const mine = ++generation;
      if (signal.aborted) return;
      // Opened by the reader's command: focus goes to the card, and back where it was on close.
      const before = document.activeElement;
      const { container } = mount();
      const want = verdict.claim?.content.facets.length ? FACET_HEIGHT : PLAIN_HEIGHT;
      const { top, left, height } = place(anchor, want);
      const close = () => {
        hide();
        if (before instanceof HTMLElement && before.isConnected) before.focus();
      };
      const claim = verdict.claim;
      render(
        <VerdictCard
          key={mine}
          verdict={verdict}
          top={top}
          left={left}
          maxHeight={claim?.content.facets.length ? height : undefined}
          onClose={close}
          onMarkClaim={(category) =>
            corrections?.markClaim(verdict.text, category, claim?.stance ?? null) ??
            Promise.resolve({ ok: false, error: 'not available here' })
          }
          onNotClaim={() =>
            claim && corrections
              ? corrections.notClaim({
                  start: 0,
                  end: claim.text.length,
                  text: claim.text,
                  category: claim.category,
                  stance: claim.stance,
                  cues: [],
                  confidence: 1,
                })
              : Promise.resolve({ ok: false, error: 'no claim' })
          }
        />,
        container,
      );
    },
    hide,
    contains(target) {
      return !!built && target instanceof Node && built.host.contains(target);
    },
  };
}
