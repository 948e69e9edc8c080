import { knowledgePack } from '../../topic/knowledge';
import { renderClaimAnswers } from './ClaimAnswers';
import { Popup } from './Popup';
import { usePopupData } from './use-popup-data';
import '../shared/theme.css';
import './popup.css';

/** Props of the connected popup. */
export interface PopupAppProps {
  /** Finds the tab to describe, once when the surface opens (see tabFromAddress). */
  findTab(): Promise<number | null>;
}

/**
 * The popup with its real data sources (use-popup-data.ts), each listed claim's facet answers
 * (ClaimAnswers.tsx) and styles: what an entry point mounts. The toolbar popup passes `tabFromAddress`; another surface passes its own finder.
 */
export function PopupApp({ findTab }: PopupAppProps) {
  return (
    <Popup {...usePopupData(findTab)} pack={knowledgePack} renderAnswer={renderClaimAnswers} />
  );
}
