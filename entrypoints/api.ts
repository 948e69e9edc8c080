import { defineUnlistedScript } from '#imports';
import { browser } from 'wxt/browser';
import { shareApi } from '../content/shared-api';

/**
 * The extension API for both content scripts: webextension-polyfill, once per frame, run on its
 * first use (wxt.config.ts). Listed before the gate stage in the manifest and injected before
 * the engine where needed (utils/engine-injection.ts); see content/shared-api.ts.
 */
export default defineUnlistedScript(() => shareApi(browser));
