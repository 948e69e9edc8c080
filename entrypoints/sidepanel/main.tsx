import { render } from 'preact';
import { i18n } from '#i18n';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { followActiveTab } from '../../components/sidepanel/follow-tab';

/**
 * Mounts the side panel (Chrome) or sidebar (Firefox): the popup's surface for the active tab of
 * its window, followed live (components/sidepanel/). `sidepanel.html?tabId=N` starts on tab N.
 */
document.documentElement.lang = i18n.t('format.lang');
render(<SidePanelApp tabs={followActiveTab()} />, document.getElementById('app')!);
