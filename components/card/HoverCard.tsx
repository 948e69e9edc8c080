import { Component, createRef } from 'preact';
import { ClaimDetails, type ClaimDetailsProps } from './ClaimDetails';

/** Props of the in-page card shown for a highlighted claim: what it says (ClaimDetails), and where. */
export interface HoverCardProps extends ClaimDetailsProps {
  /** Viewport position of the card's top-left corner. */
  top: number;
  left: number;
  /** Height cap in pixels, where the card's room is less than its stylesheet allows. */
  maxHeight?: number | undefined;
  /** Opened by the keyboard command: the card takes focus so Tab reaches its controls. */
  fromKeyboard: boolean;
  onFullContext(): void;
  onClose(): void;
  /**
   * The reader says this is not a claim (issue 15): hide it on this page and remember. No button
   * when absent.
   */
  onNotClaim?: (() => void) | undefined;
}

/**
 * A small card: which kind of claim this is, the answer to what the sentence specifically claims
 * (its facets, each with sources and a review date), what the evidence says about that kind of
 * claim, its source, and a way to the full context. Rendered inside a shadow root, so page styles do
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
    const labels = props.labels;
    return (
      <div
        ref={this.card}
        class="card"
        role="dialog"
        aria-label={labels.dialog}
        tabIndex={-1}
        style={{
          top: `${props.top}px`,
          left: `${props.left}px`,
          ...(props.maxHeight === undefined ? {} : { maxHeight: `${props.maxHeight}px` }),
        }}
        onKeyDown={(e) => {
          if (e.isTrusted && e.key === 'Escape') props.onClose();
        }}
      >
        <ClaimDetails
          category={props.category}
          stance={props.stance}
          facets={props.facets}
          summary={props.summary}
          sourceTitle={props.sourceTitle}
          sourceUrl={props.sourceUrl}
          labels={labels}
        />
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={(e) => e.isTrusted && props.onFullContext()}
          >
            {labels.fullContext}
          </button>
          {props.onNotClaim && (
            <button type="button" onClick={(e) => e.isTrusted && props.onNotClaim?.()}>
              {labels.notClaim}
            </button>
          )}
          <button
            type="button"
            aria-label={labels.close}
            onClick={(e) => e.isTrusted && props.onClose()}
          >
            ×
          </button>
        </div>
      </div>
    );
  }
}
