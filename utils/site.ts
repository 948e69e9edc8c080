/**
 * The key under which a page's per-site setting is stored: its hostname, lower-cased, without a
 * leading "www." (so example.com and www.example.com share one switch). Pure, tested with a table
 * of URLs in tests/unit/utils/site.test.ts.
 *
 * @returns the key, or null for pages that have no site (browser pages, files, data: URLs,
 *   malformed input), where per-site settings do not apply.
 */
export function siteKey(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}

/** Why the extension cannot read a page, for the popup's explanation; null when it can. */
export type UnreadableReason = 'browser-page' | 'store-page' | 'pdf' | 'file' | null;

const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'microsoftedge.microsoft.com',
  'addons.mozilla.org',
]);

/**
 * Classifies URLs the browser never lets an extension's content script into.
 * @returns the reason, or null when nothing about the URL itself forbids reading it.
 */
export function unreadableReason(url: string | undefined | null): UnreadableReason {
  if (!url) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.has(parsed.hostname)) return 'store-page';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
