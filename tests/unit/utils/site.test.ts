import { describe, expect, it } from 'vitest';
import { siteKey, unreadableReason } from '../../../utils/site';

describe('siteKey', () => {
  it.each([
    ['https://www.example.com/page?x=1', 'example.com'],
    ['https://Example.COM./a', 'example.com'],
    ['http://clinic.example.org:8080/stem-cells', 'clinic.example.org'],
    ['https://www.', 'www'],
    ['http://127.0.0.1:5173/x', '127.0.0.1'],
    ['https://[::1]/', '[::1]'],
    ['https://sub.www.example.com/', 'sub.www.example.com'],
  ])('%s → %s', (url, key) => expect(siteKey(url)).toBe(key));

  it.each([
    'chrome://extensions',
    'about:blank',
    'file:///home/me/a.html',
    'data:text/html,hi',
    'not a url',
    '',
    undefined,
    null,
  ])('has no site for %s', (url) => expect(siteKey(url)).toBeNull());
});

describe('unreadableReason', () => {
  it.each([
    ['chrome://newtab', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store-page'],
    ['https://example.com/paper.PDF', 'pdf'],
    ['file:///tmp/a.html', 'file'],
    ['https://example.com/article', null],
  ])('%s → %s', (url, reason) => expect(unreadableReason(url)).toBe(reason));
});
