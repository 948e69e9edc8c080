import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  claimTexts,
  expectedClaimsOf,
  launchFirefox,
  LAUNCHER_ROUTES,
  openExtensionPage,
  settledClaims,
  tabIdOf,
  type FirefoxWithExtension,
} from './firefox';
import { startServer, type StaticServer } from '../../scripts/lib/browser/server';

/**
 * Issue 15 in Firefox ESR (the e2e build as a temporary add-on): the context menu's handler opens
 * the card for checked text, a stored "Not a claim" hides its highlight at once and after a
 * reload (and from the frame's report), and a marked sentence is highlighted. Firefox's BiDi
 * cannot pierce the card's closed shadow root, so its buttons are clicked in Chromium
 * (corrections.e2e.test.ts); here the corrections are written as the background writes them.
 */

let server: StaticServer;
let ff: FirefoxWithExtension;
let options: Page;

beforeAll(async () => {
  server = await startServer(undefined, LAUNCHER_ROUTES);
  ff = await launchFirefox({ origin: server.origin });
  options = await openExtensionPage(ff, server.origin, 'options.html');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const setCorrections = (value: unknown[]) =>
  options.evaluate((v) => chrome.storage.local.set({ corrections: v }), value);

const correction = (
  url: string,
  text: string,
  label: 'claim' | 'none',
  category: string | null,
) => ({
  id: `${label}-${text.length}`,
  url,
  text,
  label,
  category,
  stance: null,
  at: '2026-12-05T23:00:00.000Z',
});

describe('corrections in Firefox', () => {
  it('checks a selected sentence through the context-menu handler: the card opens', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/clinic-marketing.html`);
    await settledClaims(page, 6);
    const text = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) =>
        e.textContent?.startsWith('Stem cell injections regenerate'),
      )!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    const tabId = await tabIdOf(options, page);
    await options.evaluate(
      async (id, selectionText) => {
        const background = (await browser.runtime.getBackgroundPage()) as unknown as {
          claimContextMenuClicked(info: object, tab: object): void;
        };
        background.claimContextMenuClicked(
          { menuItemId: 'check-selection', selectionText, frameId: 0 },
          { id },
        );
      },
      tabId,
      text,
    );
    // The card is in a closed shadow root: the page (and BiDi) sees only its open popover host.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('html > div[popover]')].some((d) =>
              d.matches(':popover-open'),
            ),
          ),
        { timeout: 5000 },
      )
      .toBe(true);
    await page.close();
  });

  it('hides a claim marked "not a claim" at once and after a reload; highlights a marked sentence', async () => {
    await setCorrections([]);
    const page = await ff.browser.newPage();
    const url = `${server.origin}/clinic-marketing.html`;
    await page.goto(url);
    const expected = await expectedClaimsOf(page);
    await settledClaims(page, expected.length);
    const [dismissed, ...kept] = expected as [string, ...string[]];
    await setCorrections([correction(url, dismissed, 'none', null)]);
    await expect.poll(() => claimTexts(page), { timeout: 5000 }).toEqual(kept);

    await page.reload();
    expect(await settledClaims(page, kept.length)).toEqual(kept);

    const marked = 'Our team has treated patients from across the state since 2009.';
    await setCorrections([
      correction(url, dismissed, 'none', null),
      correction(url, marked, 'claim', 'testimonial'),
    ]);
    await expect
      .poll(() => claimTexts(page), { timeout: 10_000 })
      .toEqual([...kept, marked].sort());
    await setCorrections([]);
    await page.close();
  });

  it('logs no error in any context', async () => {
    await new Promise((r) => setTimeout(r, 500));
    expect(ff.errors).toEqual([]);
  });
});
