import { Component, createRef } from 'preact';
import { CATEGORIES, type Category } from '../../topic/categories';
import type { Result, Verdict } from '../../utils/messages';
import { ClaimDetails } from './ClaimDetails';

/** Props of the card for a text the reader checked (issue 15). */
export interface VerdictCardProps {
  verdict: Verdict;
  /** Viewport position of the card's top-left corner. */
  top: number;
  left: number;
  /** Height cap in pixels, where the card's room is less than its stylesheet allows. */
  maxHeight?: number | undefined;
  /** Records the checked text as a claim of `category`; the reply is shown on the card. */
  onMarkClaim(category: Category): Promise<Result<null>>;
  /** Records the claim found as not one; the reply is shown on the card. */
  onNotClaim(): Promise<Result<null>>;
  onClose(): void;
}

interface VerdictCardState {
  category: Category;
  status: string;
}

const MAX_QUOTE = 160;

/**
 * What the detector makes of a text the reader selected and checked: its first claim with the
 * hover card's details (kind, stance, the claim's own answers, the evidence and its source), or
 * "no claim … found"; then the reader's corrections: "Not a claim" for a claim found, and "Mark
 * as a claim" with a choice of kind. Opened by the reader (menu or command), it takes focus.
 * Only the reader's own input acts (`isTrusted`). A class component, like HoverCard, so the
 * content script bundles no preact/hooks.
 */
export class VerdictCard extends Component<VerdictCardProps, VerdictCardState> {
  private readonly card = createRef<HTMLDivElement>();

  constructor(props: VerdictCardProps) {
    super(props);
    this.state = { category: props.verdict.claim?.category ?? 'efficacy', status: '' };
  }

  // Each verdict mounts a card of its own (card-host.tsx keys it), so state starts afresh.
  override componentDidMount(): void {
    this.card.current?.focus();
  }

  private async record(action: () => Promise<Result<null>>, done: string): Promise<void> {
    const labels = this.props.verdict.labels;
    let reply: Result<null>;
    try {
      reply = await action();
    } catch {
      reply = { ok: false, error: 'no answer' };
    }
    this.setState({
      status: reply?.ok ? done : labels.failed.replace('{error}', reply?.error ?? 'no answer'),
    });
  }

  override render() {
    const { verdict, onClose } = this.props;
    const { labels, claim, text } = verdict;
    const quote = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
    return (
      <div
        ref={this.card}
        class="card verdict"
        role="dialog"
        aria-label={labels.dialog}
        tabIndex={-1}
        style={{
          top: `${this.props.top}px`,
          left: `${this.props.left}px`,
          ...(this.props.maxHeight === undefined ? {} : { maxHeight: `${this.props.maxHeight}px` }),
        }}
        onKeyDown={(e) => {
          if (e.isTrusted && e.key === 'Escape') onClose();
        }}
      >
        {text ? (
          <p class="checked">
            <span class="stance">{labels.checked}</span> “{quote}”
          </p>
        ) : (
          <p class="no-claim">{labels.noText}</p>
        )}
        {claim ? (
          <ClaimDetails
            category={claim.category}
            stance={claim.stance}
            facets={claim.content.facets}
            summary={claim.content.text}
            sourceTitle={claim.content.sourceTitle}
            sourceUrl={claim.content.sourceUrl}
            labels={claim.content.labels}
          />
        ) : (
          text && <p class="no-claim">{labels.noClaim}</p>
        )}
        {text && (
          <div class="mark">
            <label for="claim-kind">{labels.category}</label>
            <select
              id="claim-kind"
              value={this.state.category}
              onChange={(e) => {
                const value = e.currentTarget.value as Category;
                if (e.isTrusted && CATEGORIES.includes(value)) this.setState({ category: value });
              }}
            >
              {CATEGORIES.map((c) => (
                <option value={c} key={c}>
                  {labels.categories[c]}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={(e) =>
                e.isTrusted &&
                void this.record(
                  () => this.props.onMarkClaim(this.state.category),
                  labels.marked[this.state.category],
                )
              }
            >
              {labels.markClaim}
            </button>
          </div>
        )}
        <p class="status" role="status">
          {this.state.status}
        </p>
        <div class="actions">
          {claim ? (
            <button
              type="button"
              onClick={(e) =>
                e.isTrusted && void this.record(() => this.props.onNotClaim(), labels.dismissed)
              }
            >
              {labels.notClaim}
            </button>
          ) : (
            <span />
          )}
          <button type="button" aria-label={labels.close} onClick={(e) => e.isTrusted && onClose()}>
            ×
          </button>
        </div>
      </div>
    );
  }
}
