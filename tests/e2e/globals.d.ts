/** Functions passed to `evaluate` in the service worker or extension pages use the `chrome` global. */
declare const chrome: typeof import('wxt/browser').browser;
