import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import {
  claimTexts,
  clickSwitch,
  expectedClaimsOf,
  launchFirefox,
  LAUNCHER_ROUTES,
  openExtensionPage,
  openPopupFor,
  openViewFor,
  settledClaims,
  storedSettings,
  switchState,
  type FirefoxWithExtension,
} from './firefox';
import { fixturesWithExpectedClaims } from './page-helpers';
import { startServer, type StaticServer } from '../../scripts/lib/browser/server';
import { claimColourPixels, footprint, MUTATION_COUNTER } from './footprint';

/**
 * The same extension in Firefox ESR (issue 7): the e2e build installed as a temporary add-on.
 * Every fixture page with an `expected-claims` list is checked here, so Firefox must highlight
 * exactly what Chromium does (tests/e2e/highlights.e2e.test.ts checks the same lists).
 */

const FIXTURES = fixturesWithExpectedClaims();

/** Per-fixture extras, the same checks highlights.e2e.test.ts makes in Chromium. */
const EXTRA: Record<string, (page: Page) => Promise<void>> = {
  'shadow-and-iframe.html': async (page) => {
    const frame = page.frames().find((f) => f.url().endsWith('iframe-child.html'));
    expect(frame, 'the same-origin iframe').toBeDefined();
    await expect
      .poll(() => claimTexts(frame!), { timeout: 10_000 })
      .toEqual([
        'Stem cell therapy for sciatica has not been shown to work in any placebo-controlled trial.',
      ]);
  },
  'route-change.html': async (page) => {
    const after = await expectedClaimsOf(page, 'expected-after-route');
    await page.click('#to-b');
    await expect.poll(() => claimTexts(page), { timeout: 10_000 }).toEqual(after);
  },
};

/** A claim the side panel tests append to a page, as a feed appends a post. */
const APPENDED =
  'Stem cell injections are a proven cure for chronic back pain, with no risk of complications.';

/** The claim texts an extension view lists, sorted. */
function listedIn(view: Page): Promise<string[]> {
  return view.evaluate(() =>
    [...document.querySelectorAll('.claim-text')]
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
      .sort(),
  );
}

/** What Firefox gives an extension page beyond the Chrome-shaped types of `browser`. */
interface FirefoxPage {
  browser: {
    extension: { getViews(filter: { type: 'sidebar' }): Window[] };
    sidebarAction: { isOpen(details: object): Promise<boolean> };
  };
}

const SITE = '127.0.0.1';
const SITE_SWITCH = `Highlight claims on ${SITE}`;
const GLOBAL_SWITCH = 'Highlight claims on all sites';

let server: StaticServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await startServer(undefined, LAUNCHER_ROUTES);
  ff = await launchFirefox({ origin: server.origin });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** Opens a fixture page and waits for its expected claims; returns the page and the claims. */
async function openFixture(name: string): Promise<{ page: Page; expected: string[] }> {
  const page = await ff.browser.newPage();
  await page.goto(`${server.origin}/${name}`);
  const expected = await expectedClaimsOf(page);
  expect(await settledClaims(page, expected.length)).toEqual(expected);
  return { page, expected };
}

describe('Firefox: the add-on', () => {
  it('installs the MV3 build as a temporary add-on under its gecko id', () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv3-e2e/manifest.json', 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(ff.addonId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('checks every fixture page that lists its expected claims', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of FIXTURES) {
    it(`highlights exactly the expected claims on ${name}, as in Chromium`, async () => {
      const page = await ff.browser.newPage();
      await page.goto(`${server.origin}/${name}`);
      const expected = await expectedClaimsOf(page);
      const timeout = name === 'late-inserted-text.html' ? 15_000 : 10_000;
      expect(await settledClaims(page, expected.length, timeout)).toEqual(expected);
      await EXTRA[name]?.(page);
      await page.close();
    });
  }

  it('renders the popup for a tab, listing the claims highlighted in it', async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const popup = await openPopupFor(ff, server.origin, page);
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Claim Context',
    );
    const listed = () =>
      popup.evaluate(() =>
        [...document.querySelectorAll('.claim-text')]
          .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
          .sort(),
      );
    await expect.poll(listed, { timeout: 10_000 }).toEqual(expected);
    await Promise.all([popup.close(), page.close()]);
  });

  it("popup's site switch: off clears the open tab's highlights, on restores them", async () => {
    const { page, expected } = await openFixture('news-article.html');
    const popup = await openPopupFor(ff, server.origin, page);
    await expect.poll(() => switchState(popup, SITE_SWITCH), { timeout: 10_000 }).toBe(true);

    await clickSwitch(popup, SITE_SWITCH);
    await expect.poll(() => claimTexts(page), { timeout: 5000 }).toEqual([]);
    expect(await switchState(popup, SITE_SWITCH)).toBe(false);
    expect(await storedSettings(popup)).toMatchObject({ offFor: [SITE] });

    await clickSwitch(popup, SITE_SWITCH);
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    expect(await storedSettings(popup)).toMatchObject({ offFor: [], onFor: [] });
    await Promise.all([popup.close(), page.close()]);
  });

  it("popup's global switch: off clears the open tab's highlights, on restores them", async () => {
    const { page, expected } = await openFixture('inline-split.html');
    const popup = await openPopupFor(ff, server.origin, page);
    await expect.poll(() => switchState(popup, GLOBAL_SWITCH), { timeout: 10_000 }).toBe(true);

    await clickSwitch(popup, GLOBAL_SWITCH);
    await expect.poll(() => claimTexts(page), { timeout: 5000 }).toEqual([]);
    expect(await storedSettings(popup)).toMatchObject({ onByDefault: false });

    await clickSwitch(popup, GLOBAL_SWITCH);
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    expect(await storedSettings(popup)).toMatchObject({ onByDefault: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it("side panel's view for a tab: lists a claim the page appends, then follows the tab switched to", async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const view = await openViewFor(ff, server.origin, page, 'sidepanel.html');
    await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(expected);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    }, APPENDED);
    // A background tab's timers are throttled in Firefox, so the page's report takes a few seconds.
    await expect
      .poll(() => listedIn(view), { timeout: 15_000 })
      .toEqual([...expected, APPENDED].sort());
    const other = await ff.browser.newPage();
    await other.goto(`${server.origin}/no-treatment-terms.html`);
    await other.bringToFront();
    await expect
      .poll(() => view.evaluate(() => document.querySelectorAll('.no-claims').length), {
        timeout: 10_000,
      })
      .toBe(1);
    await Promise.all([view.close(), other.close(), page.close()]);
  });

  it("the popup's button opens Firefox's sidebar, which lists the claims of the active tab", async () => {
    const { page, expected } = await openFixture('news-article.html');
    const popup = await openPopupFor(ff, server.origin, page);
    const sidebarClaims = () =>
      popup.evaluate(() => {
        // The sidebar is an extension page of this window: extension pages can see its document.
        const ff = globalThis as unknown as FirefoxPage;
        const [sidebar] = ff.browser.extension.getViews({ type: 'sidebar' });
        if (!sidebar) return null;
        return [...sidebar.document.querySelectorAll('.claim-text')]
          .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
          .sort();
      });
    expect(await sidebarClaims()).toBeNull();
    const button = await popup.evaluateHandle(
      () =>
        [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Open in side panel',
        ) ?? null,
    );
    const element = button.asElement() as ElementHandle<HTMLElement> | null;
    expect(element).not.toBeNull();
    await element!.click(); // a real click: Firefox opens the sidebar only for the reader's input
    await button.dispose();
    await expect
      .poll(
        () =>
          popup.evaluate(() =>
            (globalThis as unknown as FirefoxPage).browser.sidebarAction.isOpen({}),
          ),
        { timeout: 5000 },
      )
      .toBe(true);
    // The popup, opened here as a tab, is the active tab; back on the page, the sidebar follows.
    await page.bringToFront();
    await expect.poll(sidebarClaims, { timeout: 10_000 }).toEqual(expected);
    // It stays open: closing it, too, takes the reader's input.
    await Promise.all([popup.close(), page.close()]);
  });

  it("renders the options page; its global switch clears an open tab's highlights and restores them", async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const options = await openExtensionPage(ff, server.origin, 'options.html');
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'Claim Context settings',
    );
    await expect.poll(() => switchState(options, GLOBAL_SWITCH), { timeout: 10_000 }).toBe(true);

    await clickSwitch(options, GLOBAL_SWITCH);
    await expect.poll(() => claimTexts(page), { timeout: 5000 }).toEqual([]);
    expect(await storedSettings(options)).toMatchObject({ onByDefault: false });

    await clickSwitch(options, GLOBAL_SWITCH);
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    expect(await storedSettings(options)).toMatchObject({ onByDefault: true });
    await Promise.all([options.close(), page.close()]);
  });

  it('leaves a page without treatment terms untouched, and styles a page with claims once it paints them', async () => {
    // Issue 14: no manifest stylesheet; the document adopts ours with its first claim.
    const page = await ff.browser.newPage();
    await page.evaluateOnNewDocument(MUTATION_COUNTER);
    await page.goto(`${server.origin}/no-treatment-terms.html`);
    await settledClaims(page, 0);
    expect(await footprint(page)).toEqual({
      mutations: 0,
      adoptedSheets: 0,
      highlightRules: 0,
      ourHighlights: 0,
      markStyled: false,
    });
    await page.goto(`${server.origin}/news-article.html`);
    const expected = await expectedClaimsOf(page);
    await settledClaims(page, expected.length);
    const seen = await footprint(page);
    expect(seen).toMatchObject({ mutations: 0, adoptedSheets: 1, markStyled: true });
    expect(seen.highlightRules).toBeGreaterThan(0);
    const shoot = async (clip: { x: number; y: number; width: number; height: number }) =>
      (await page.screenshot({ clip, encoding: 'base64' })) as string;
    expect(await claimColourPixels(page, shoot)).toBeGreaterThan(50);
    // And inside an open shadow root, whose host carries the style its elements inherit.
    await page.goto(`${server.origin}/shadow-and-iframe.html`);
    await settledClaims(page, 2);
    expect(
      await claimColourPixels(page, shoot, 'Mesenchymal stem cell injections'),
    ).toBeGreaterThan(50);
    await page.close();
  });

  it('logs no error in any context (pages, extension pages, background, content scripts)', async () => {
    // Errors are printed as they happen; give the last ones a moment to arrive.
    await new Promise((r) => setTimeout(r, 300));
    expect(ff.errors).toEqual([]);
  });

  it('would see an error: one logged in a page and one thrown in an extension page are caught', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${server.origin}/no-treatment-terms.html`);
    await page.evaluate(() => console.error('probe: page console error'));
    const options = await openExtensionPage(ff, server.origin, 'options.html');
    await options.evaluate(() => {
      setTimeout(() => {
        throw new Error('probe: extension page error');
      });
    });
    await expect
      .poll(() => ff.errors.join('\n'), { timeout: 5000 })
      .toMatch(/probe: page console error[\s\S]*probe: extension page error/);
    await Promise.all([options.close(), page.close()]);
  });
});

describe('the Firefox harness', () => {
  it('fails with the command to run when there is no e2e build', async () => {
    await expect(
      launchFirefox({ extensionPath: '/nonexistent/build', origin: server.origin }),
    ).rejects.toThrow(/npm run build:e2e/);
  });

  it('refuses a store build, which must not expose the popup to pages', async () => {
    await expect(
      launchFirefox({ extensionPath: '.output/firefox-mv3', origin: server.origin }),
    ).rejects.toThrow(/does not expose popup\.html/);
  });
});
