import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

/** The gecko id Firefox needs for storage and store upload (see README, Firefox). */
export const GECKO_ID = 'claim-context@claim-context.example';

/**
 * Serves webextension-polyfill (a UMD file) to the bundler as an ES module with one default
 * export, the library's code unchanged, run on the first use of the API rather than when the
 * script starts.
 *
 * As CommonJS it came wrapped in the bundler's interop, which walks every property of the
 * exported API object when the script starts; in Chromium 156 that made every API binding build
 * itself (the content script's start-up task 10.9 → 10.1 ms of CPU, medians of 8 loads, issue
 * 14). Run at start, it still builds its API table and the `runtime` binding (its
 * `chrome.runtime.id` check) in every page and frame, before the page gate has looked at
 * anything; the gate stage of a page that never names the therapy calls no API at all. So the
 * export is a stand-in that runs the library the first time any property is read and hands every
 * read, `in` test and key listing on to what it made. Every extension API call goes through the
 * polyfill as before.
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'claim-context:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/.test(id))
        return;
      // The UMD header takes its CommonJS branch (`exports` defined) and fills `module`.
      return {
        code: `let loaded;
function load() {
  if (loaded === undefined) {
    const module = { exports: {} };
    const exports = module.exports;
${code}
    loaded = module.exports;
  }
  return loaded;
}
export default new Proxy({}, {
  get: (_, key) => Reflect.get(load(), key),
  has: (_, key) => Reflect.has(load(), key),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const found = Reflect.getOwnPropertyDescriptor(load(), key);
    return found && { ...found, configurable: true };
  },
});
`,
        map: null,
      };
    },
  };
}

/**
 * Gives the content scripts' bundles `content/shared-polyfill.ts` in place of
 * webextension-polyfill: the copy `entrypoints/api.ts` leaves in their world, so a page that
 * names the therapy loads the library once, not once per script (content/shared-api.ts).
 */
function sharedPolyfill(): Plugin {
  const shared = fileURLToPath(new URL('./content/shared-polyfill.ts', import.meta.url));
  return {
    name: 'claim-context:shared-polyfill',
    enforce: 'pre',
    resolveId: (source) => (source === 'webextension-polyfill' ? shared : undefined),
  };
}

/** The script that leaves the shared polyfill (entrypoints/api.ts), as the manifest names it. */
const API_SCRIPT = 'api.js';

/** Set by `npm run build:e2e` only: the Firefox test build (toolchain notes P7). */
const IS_E2E_BUILD = process.env.CLAIM_CONTEXT_E2E === '1';

// https://wxt.dev/api/config.html
export default defineConfig({
  // The e2e build is a production build (the same code as the store build) in its own folder.
  outDirTemplate: IS_E2E_BUILD ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({
    plugins: [preact(), polyfillAsModule()],
    resolve: {
      // WXT's content-script context announces the extension to every page and can be stopped
      // by a page's forged event; ours has the same shape and talks to nobody (see that file).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./content/script-context.ts', import.meta.url)),
        },
      ],
    },
    // Two optimiser passes can serve two Preact copies in dev mode (toolchain notes P9).
    optimizeDeps: {
      include: ['preact', 'preact/hooks', 'preact/jsx-runtime', 'preact/jsx-dev-runtime'],
    },
  }),
  hooks: {
    // Each content script is built on its own; those two take the polyfill from api.js.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script'))
        config.plugins = [sharedPolyfill(), ...(config.plugins ?? [])];
    },
    // api.js runs first wherever the gate stage runs (the engine gets it from the background).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? [])
        script.js = [API_SCRIPT, ...(script.js ?? []).filter((js) => js !== API_SCRIPT)];
    },
  },
  zip: {
    excludeSources: ['.ci/**', 'docs/screenshots/**', '.tmp/**', 'tests/fixtures/large/**'],
  },
  manifest: ({ browser }) => ({
    // Name, description and command texts come from locales/<lang>.yml (@wxt-dev/i18n).
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // storage: remembers the on/off settings and the reader's corrections. contextMenus: the
    // "Check with Claim Context" item on a selection (issue 15; Firefox accepts the name as an
    // alias of `menus`). scripting: every page gets only the small gate stage (declared), and
    // the background adds the engine to the frames whose text names the therapy (issue 14,
    // utils/engine-injection.ts); WXT adds the engine's matches, `<all_urls>` like the gate's,
    // as the host permissions that injection needs: the sites the browser already shows as
    // reachable for the declared script. Nothing else is requested: the popup learns the page
    // from the content script, and the badge and keyboard commands need no permission. WXT adds
    // `sidePanel` to Chrome's manifest for the side panel (entrypoints/sidepanel/, Chrome's
    // `side_panel`); Firefox's `sidebar_action` needs no permission.
    permissions: ['storage', 'contextMenus', 'scripting'],
    action: { default_title: 'Claim Context' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_extension_nextClaim__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_extension_previousClaim__',
      },
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_extension_checkSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // Test-only: lets a Firefox test page navigate to the popup (toolchain notes P7). Only the
    // e2e build has it; tests/e2e/manifest.e2e.test.ts proves the store builds do not.
    ...(IS_E2E_BUILD
      ? {
          web_accessible_resources: [
            {
              resources: ['popup.html', 'options.html', 'sidepanel.html'],
              matches: ['http://127.0.0.1/*'],
            },
          ],
        }
      : {}),
  }),
});
