import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The gecko id Firefox needs for storage and store upload (see README, Firefox). */
export const GECKO_ID = 'claim-context@claim-context.example';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Two optimiser passes can serve two Preact copies in dev mode (toolchain notes P9).
    optimizeDeps: {
      include: ['preact', 'preact/hooks', 'preact/jsx-runtime', 'preact/jsx-dev-runtime'],
    },
  }),
  zip: {
    excludeSources: ['.ci/**', 'docs/screenshots/**', '.tmp/**', 'tests/fixtures/large/**'],
  },
  manifest: ({ browser, mode }) => ({
    name: 'Claim Context',
    description:
      'Balanced, sourced context when a page makes claims about stem cell therapy for back pain. Private: page text never leaves your browser.',
    // storage: remembers the on/off settings. Nothing else is requested: content scripts are
    // declared (not injected), the popup learns the page from the content script, and the badge
    // and keyboard commands need no permission.
    permissions: ['storage'],
    action: { default_title: 'Claim Context' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlighted claim',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous highlighted claim',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    // Test-only: lets a Firefox test page navigate to the popup (toolchain notes P7). Only the
    // `e2e` mode has it; tests/unit/manifest.test.ts proves the store builds do not.
    ...(mode === 'e2e'
      ? {
          web_accessible_resources: [
            { resources: ['popup.html', 'options.html'], matches: ['http://127.0.0.1/*'] },
          ],
        }
      : {}),
  }),
});
