import { render } from 'preact';
import { i18n } from '#i18n';
import { PopupApp } from '../../components/popup/PopupApp';
import { fixedTab, tabFromAddress } from '../../components/popup/tab-source';

/**
 * Mounts the popup. Opened from the toolbar (the active tab) or as `popup.html?tabId=N` (in
 * tests); the data logic is components/popup/use-popup-data.ts.
 */
document.documentElement.lang = i18n.t('format.lang');
render(<PopupApp tabs={fixedTab(tabFromAddress)} />, document.getElementById('app')!);
