import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import {
  launchWithExtension,
  openOptions,
  openPopupFor,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { useChromium } from './chromium-session';

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started));

describe('the extension in Chromium', () => {
  it('loads its service worker from the build', async () => {
    const manifest = JSON.parse(await readFile('.output/chrome-mv3/manifest.json', 'utf8'));
    // Name and description come from locales/ (@wxt-dev/i18n); the browser resolves them.
    expect(manifest.name).toBe('__MSG_extension_name__');
    expect(manifest.default_locale).toBe('en');
    expect(
      await browser.serviceWorker.evaluate(() =>
        (chrome.i18n.getMessage as (name: string) => string)('extension_name'),
      ),
    ).toBe('Claim Context');
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toContain('/background.js');
  });

  it('runs the content script on a fixture page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/clinic-marketing.html`);
    const claims = await settledClaims(page, 1);
    expect(claims.length).toBeGreaterThan(0);
    await page.close();
  });

  it('renders the popup and the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/news-article.html`);
    await settledClaims(page, 1);
    const popup = await openPopupFor(browser, page);
    await expect.poll(() => popup.locator('h1').first().textContent()).toContain('Claim Context');
    const options = await openOptions(browser);
    await expect.poll(() => options.locator('h1').first().textContent()).toContain('Claim Context');
    await Promise.all([popup.close(), options.close(), page.close()]);
  });

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});

describe('the end-to-end harness', () => {
  it('fails when there is no extension build to load', async () => {
    await expect(launchWithExtension({ extensionPath: '/nonexistent/build' })).rejects.toThrow(
      /npm run build/,
    );
  });
});
