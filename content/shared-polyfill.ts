import { sharedApi, type Api } from './shared-api';

/**
 * What the content scripts' bundles get in place of webextension-polyfill (wxt.config.ts): the
 * copy `entrypoints/api.ts` left in this world (content/shared-api.ts), taken once when the script
 * starts. Where none was left (a build or manifest mistake), any use of the API throws an error
 * that says so rather than a bare TypeError.
 */
const api: Api =
  sharedApi() ??
  (new Proxy({} as Api, {
    get() {
      throw new Error('[claim-context] api.js did not run before this content script');
    },
  }) as Api);

export default api;
