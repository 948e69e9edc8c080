import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, QUIET_FLAGS, settledClaims } from '../../scripts/lib/browser/chromium';
import { findChromium } from '../../scripts/lib/browser/browser-path.mjs';
import { startServer, type StaticServer } from '../../scripts/lib/browser/server';
import { expectedClaimsOf } from './page-helpers';

/**
 * A tab opened before the extension was installed has no gate stage, and so no api.js (the
 * manifest's scripts reach only pages loaded later). The popup asking about it adds both before
 * the engine (utils/engine-injection.ts): without api.js the engine has no extension API and
 * answers nothing. Chromium loads the build while the page is open, over DevTools
 * (`Extensions.loadUnpacked`, on 127.0.0.1).
 */
let server: StaticServer;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  server = await startServer();
  userDataDir = await mkdtemp(join(tmpdir(), 'claim-context-e2e-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    // Playwright turns extensions off unless told otherwise; none is loaded at launch here.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_FLAGS, '--enable-unsafe-extension-debugging', '--remote-debugging-port=0'],
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** Installs the Chrome build into the running browser; returns the extension's id. */
async function installNow(): Promise<string> {
  const [port] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await browser.newBrowserCDPSession();
    const { id } = (await session.send(
      'Extensions.loadUnpacked' as never,
      {
        path: CHROME_BUILD,
      } as never,
    )) as { id: string };
    return id;
  } finally {
    // Disconnects this second client only; the browser stays open.
    await browser.close();
  }
}

describe('a tab opened before the extension was installed', () => {
  it('gets the API and the engine from the popup, which lists its claims, and is highlighted', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/clinic-marketing.html`);
    const expected = await expectedClaimsOf(page);
    expect(expected.length).toBeGreaterThan(0);
    const id = await installNow();
    // Nothing of ours runs in the open tab: no gate stage, no highlight.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    // The popup as the tests open it (`?tabId=N`); the tab's id from an extension page (host
    // access lets it match the fixture's address).
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/options.html`);
    const tabId = await popup.evaluate(async () => {
      const tabs = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs[0]?.id;
    });
    expect(tabId).toBeTypeOf('number');
    await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
    await expect
      .poll(
        () =>
          popup.evaluate(() =>
            [...document.querySelectorAll('.claim-text')]
              .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
              .sort(),
          ),
        { timeout: 10_000 },
      )
      .toEqual(expected);
    expect(await settledClaims(page, expected.length)).toEqual(expected);
  });
});
