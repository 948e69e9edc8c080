import { knowledgePack } from '../../topic/knowledge';
import { renderClaimAnswers } from './ClaimAnswers';
import { Popup } from './Popup';
import { REFRESH_MS, usePopupData, type PopupData } from './use-popup-data';
import type { TabSource } from './tab-source';
import '../shared/theme.css';
import './popup.css';

/** Props of the connected popup. */
export interface PopupAppProps {
  /**
   * Which tab to describe (use-popup-data.ts `TabSource`): the toolbar popup passes
   * `fixedTab(tabFromAddress)`; the side panel follows its window's active tab.
   */
  tabs: TabSource;
  /** How often to ask again without news (use-popup-data.ts); null never. REFRESH_MS by default. */
  refreshMs?: number | null;
  /** Leaves data out of the view, e.g. the side panel drops the button that opens it. */
  select?(data: PopupData): PopupData;
}

/**
 * The popup with its real data sources (use-popup-data.ts), each listed claim's facet answers
 * (ClaimAnswers.tsx) and styles: what an entry point mounts, directly (the toolbar popup) or
 * through another surface (components/sidepanel/SidePanelApp.tsx).
 */
export function PopupApp({ tabs, refreshMs = REFRESH_MS, select }: PopupAppProps) {
  const data = usePopupData(tabs, refreshMs);
  return (
    <Popup
      {...(select ? select(data) : data)}
      pack={knowledgePack}
      renderAnswer={renderClaimAnswers}
    />
  );
}
