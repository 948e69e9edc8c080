import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page, Request } from 'playwright-core';
import {
  claimTexts,
  openOptions,
  openPopupFor,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { useChromium } from './chromium-session';
import { expectedClaimsOf } from './page-helpers';

/**
 * Issue 6, privacy and security: the extension sends nothing over the network from any context,
 * asks for the minimal permissions, and a web page cannot talk to it.
 */

interface Seen {
  url: string;
  from: string;
}

let server: StaticServer;
let browser: ExtensionBrowser;
/** Every request Playwright saw (pages, extension pages, service worker) and CDP saw (pages). */
const requests: Seen[] = [];

function track(page: Page): void {
  void page
    .context()
    .newCDPSession(page)
    .then(async (cdp) => {
      cdp.on('Network.requestWillBeSent', (e) =>
        requests.push({ url: e.request.url, from: `cdp ${page.url()}` }),
      );
      await cdp.send('Network.enable');
    })
    .catch(() => undefined);
}

useChromium((started) => ({ server, browser } = started));
beforeAll(() => {
  browser.context.on('request', (r: Request) => {
    requests.push({
      url: r.url(),
      from: r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? '?'),
    });
  });
  browser.context.on('page', track);
});

const FIXTURES = [
  'clinic-marketing.html',
  'news-article.html',
  'shadow-and-iframe.html',
  'no-treatment-terms.html',
];

/** Requests a page load may make: the test server's fixtures, and the extension's own files. */
function isAllowed(url: string, extensionId: string): boolean {
  if (url.startsWith(`chrome-extension://${extensionId}/`)) return true;
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  if (!url.startsWith(server.origin + '/')) return false;
  const path = new URL(url).pathname.slice(1);
  // The browser itself asks for the favicon of every page the test loads.
  return FIXTURES.includes(path) || path === 'iframe-child.html' || path === 'favicon.ico';
}

describe('network', () => {
  it('sees a request the service worker makes (the check below can fail)', async () => {
    const before = requests.length;
    await browser.serviceWorker.evaluate(
      (u) => fetch(u).then((r) => r.status),
      `${server.origin}/probe.txt`,
    );
    await expect
      .poll(() =>
        requests
          .slice(before)
          .some((r) => r.url.endsWith('/probe.txt') && r.from === 'service worker'),
      )
      .toBe(true);
    requests.length = before;
  });

  it('makes no request in any context while pages load, the popup and options open and toggles flip', async () => {
    const opened: Page[] = [];
    for (const name of FIXTURES) {
      const page = await browser.context.newPage();
      opened.push(page);
      await page.goto(`${server.origin}/${name}`);
      const expected = await expectedClaimsOf(page);
      expect(await settledClaims(page, expected.length)).toEqual(expected);
    }
    const page = opened[0]!;
    const popup = await openPopupFor(browser, page);
    await expect.poll(() => popup.locator('h1').first().textContent()).toContain('Claim Context');
    // Flip every switch in the popup off and on again (the site toggle among them).
    const switches = popup.getByRole('switch');
    const count = await switches.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await switches.nth(i).click();
      await popup.waitForTimeout(200);
      await switches.nth(i).click();
    }
    const options = await openOptions(browser);
    await expect.poll(() => options.locator('h1').first().textContent()).toContain('Claim Context');
    const checks = options.locator('input[type="checkbox"]');
    for (let i = 0; i < Math.min(await checks.count(), 10); i++) {
      await checks.nth(i).click();
      await checks.nth(i).click();
    }
    await page.reload();
    await settledClaims(page, 1);
    await page.waitForTimeout(1000);
    const outside = requests.filter((r) => !isAllowed(r.url, browser.extensionId));
    expect(outside).toEqual([]);
    // The check saw the page loads it made, so it was listening.
    expect(requests.some((r) => r.url === `${server.origin}/clinic-marketing.html`)).toBe(true);
    await Promise.all([...opened, popup, options].map((p) => p.close()));
  });
});

describe('manifest', () => {
  // contextMenus: "Check with Claim Context" on a selection; Chrome's side panel needs
  // `sidePanel` (issue 15); Firefox's sidebar needs no permission. scripting and the host
  // permissions: the background adds the engine to the frames the gate stage found the therapy
  // named in (issue 14), on the same sites the declared gate stage runs on.
  for (const [build, permissions] of [
    ['chrome-mv3', ['storage', 'contextMenus', 'scripting', 'sidePanel']],
    ['firefox-mv3', ['storage', 'contextMenus', 'scripting']],
  ] as const) {
    it(`asks for ${permissions.join(', ')} only, host permissions for the declared script's sites, and no optional permissions (${build})`, async () => {
      const manifest = JSON.parse(await readFile(`.output/${build}/manifest.json`, 'utf8'));
      expect(manifest.permissions).toEqual(permissions);
      expect(Object.keys(manifest.commands)).toContain('check-selection');
      expect(manifest.host_permissions).toEqual(['<all_urls>']);
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      // Web pages and other extensions cannot connect; no page may load the extension's files.
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      // One declared script, the gate stage after the API it takes; the engine is added by the
      // background.
      expect(
        manifest.content_scripts.map((c: { matches: string[]; js: string[] }) => [c.matches, c.js]),
      ).toEqual([[['<all_urls>'], ['api.js', 'content-scripts/gate.js']]]);
    });
  }
});

describe('a web page', () => {
  it('cannot reach the extension: no chrome.runtime, and posted fake messages do nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/news-article.html`);
    const expected = await expectedClaimsOf(page);
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    expect(
      await page.evaluate(() => {
        const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
          .chrome;
        return typeof c?.runtime?.sendMessage;
      }),
    ).toBe('undefined');
    const pagesBefore = browser.context.pages().length;
    await page.evaluate(() => {
      const tag = 'claim-context/1';
      for (const message of [
        { tag, name: 'stepClaim', data: { direction: 1 } },
        { tag, name: 'revealClaim', data: { id: 0 } },
        { tag, name: 'openFullContext', data: null },
        { tag, name: 'claimsChanged', data: { url: 'x', highlightsOn: false, claims: [] } },
      ]) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('claim-context', { detail: message }));
      }
    });
    await page.waitForTimeout(1000);
    // Nothing acted: no focus or flash highlight, no new tab, the claims unchanged.
    const names = await page.evaluate(() => [
      ...(CSS.highlights as unknown as Map<string, unknown>).keys(),
    ]);
    expect(names.filter((n) => n.endsWith('-focus') || n.endsWith('-flash'))).toEqual([]);
    expect(browser.context.pages().length).toBe(pagesBefore);
    expect(await claimTexts(page)).toEqual(expected);
    await page.close();
  });

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
