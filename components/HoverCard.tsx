import { Component, createRef } from 'preact';
import type { Category, Stance } from '../topic/categories';
import { CATEGORY_COLORS, CATEGORY_LABELS } from '../utils/labels';

/** Props of the in-page card shown for a highlighted claim. */
export interface HoverCardProps {
  category: Category;
  stance: Stance;
  /** One line on what the evidence says about this kind of claim. */
  summary: string;
  sourceTitle: string;
  sourceUrl: string;
  /** Viewport position of the card's top-left corner. */
  top: number;
  left: number;
  /** Opened by the keyboard command: the card takes focus so Tab reaches its controls. */
  fromKeyboard: boolean;
  onFullContext(): void;
  onClose(): void;
}

/**
 * The card's stance line for each stance the detector gives, each a clause with its verb
 * ("· this sentence is neutral", not "· this sentence neutral"). Typed by `Stance`, so a new
 * stance cannot be added without its line.
 */
export const STANCE_LINES: Readonly<Record<Stance, string>> = {
  promotional: 'this sentence promotes the treatment',
  neutral: 'this sentence is neutral',
  cautionary: 'this sentence urges caution',
};

/**
 * A small card: which kind of claim this is, what the evidence says about that kind of claim,
 * its source, and a way to the full context. Rendered inside a shadow root, so page styles do
 * not reach it (components/card/card-host.tsx). Only the reader's own input acts: events a script
 * dispatched (`isTrusted` false) are ignored.
 * A class component (Preact core) rather than hooks, so the content script does not bundle
 * preact/hooks for one focus call.
 */
export class HoverCard extends Component<HoverCardProps> {
  private readonly card = createRef<HTMLDivElement>();

  // The card is rendered only when it is shown (components/card/card-host.tsx), so every render is an
  // opening: from the keyboard, the card takes focus, again when it moves to another claim.
  override componentDidMount(): void {
    this.componentDidUpdate();
  }

  override componentDidUpdate(): void {
    if (this.props.fromKeyboard) this.card.current?.focus();
  }

  override render() {
    const props = this.props;
    const label = CATEGORY_LABELS[props.category];
    return (
      <div
        ref={this.card}
        class="card"
        role="dialog"
        aria-label={`Claim Context: ${label}`}
        tabIndex={-1}
        style={{ top: `${props.top}px`, left: `${props.left}px` }}
        onKeyDown={(e) => {
          if (e.isTrusted && e.key === 'Escape') props.onClose();
        }}
      >
        <p class="kind">
          <span
            class="swatch"
            style={{ background: CATEGORY_COLORS[props.category] }}
            aria-hidden="true"
          />
          <strong>{label}</strong> <span class="stance">· {STANCE_LINES[props.stance]}</span>
        </p>
        <p class="summary">{props.summary}</p>
        <p class="source">
          Source:{' '}
          <a href={props.sourceUrl} target="_blank" rel="noopener noreferrer">
            {props.sourceTitle}
          </a>
        </p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={(e) => e.isTrusted && props.onFullContext()}
          >
            Full context
          </button>
          <button type="button" aria-label="Close" onClick={(e) => e.isTrusted && props.onClose()}>
            ×
          </button>
        </div>
      </div>
    );
  }
}
