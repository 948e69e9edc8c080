import { PopupApp } from '../popup/PopupApp';
import type { PopupData } from '../popup/use-popup-data';
import type { TabSource } from '../popup/tab-source';
import './sidepanel.css';

/** Props of the connected side panel. */
export interface SidePanelAppProps {
  /** The tab to describe as it changes: `followActiveTab()` (follow-tab.ts) in the extension. */
  tabs: TabSource;
}

/** The panel cannot open itself: its view has no "open in side panel" button. */
function withoutPanelButton(data: PopupData): PopupData {
  return { ...data, onOpenSidePanel: undefined };
}

/**
 * The side panel (Chrome) or sidebar (Firefox): the popup's surface, built from the same
 * components and data (components/popup/), for whichever tab is active in its window, updated as
 * the reader switches tabs and as the page's claims change. Only its width and the missing
 * "open in side panel" button differ (sidepanel.css).
 */
export function SidePanelApp({ tabs }: SidePanelAppProps) {
  // No polling: the background's news keeps it current (use-popup-data.ts, REFRESH_MS).
  return <PopupApp tabs={tabs} refreshMs={null} select={withoutPanelButton} />;
}
