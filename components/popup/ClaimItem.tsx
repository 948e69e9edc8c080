import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { TabClaim } from '../../utils/messages';
import { stanceLabel } from '../shared/labels';

/** Props of one claim in the popup's list. */
export interface ClaimItemProps {
  claim: TabClaim;
  /** Called when the reader picks the claim: the page scrolls to it and flashes it. */
  onPick(claim: TabClaim): void;
  /**
   * What to show under the claim, e.g. the specific answer to what this sentence asserts (issue
   * #13 facets); nothing when absent.
   */
  children?: ComponentChildren;
}

/**
 * One claim: a button with the sentence (clamped to three lines) and its stance, which reveals
 * the claim in the page, followed by whatever the list passes as children.
 */
export function ClaimItem({ claim, onPick, children }: ClaimItemProps) {
  return (
    <li data-claim={`${claim.frameId}:${claim.id}`}>
      <button type="button" class="claim" onClick={() => onPick(claim)}>
        <span class="visually-hidden">{i18n.t('claims.showOnPage')} </span>
        <span class="claim-text">{claim.text}</span>
        <span class="claim-stance muted"> · {stanceLabel(claim.stance)}</span>
      </button>
      {children}
    </li>
  );
}
