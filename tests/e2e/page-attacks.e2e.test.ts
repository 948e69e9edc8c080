import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openOptions,
  openPopupFor,
  tabIdOf,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import { startServer, type StaticServer } from '../../scripts/lib/browser/server';
import { openSidePanels } from '../../scripts/lib/browser/side-panel';
import { cardText } from './page-helpers';
import { claims, expectClaims, isolatedEval } from './isolated';
import { writeSettings } from './settings';
import { longTasksOfOurs, tasksOfOurs } from './our-tasks';
import { claim } from '../pages/hostile';
import {
  appendStormPage,
  editorPage,
  manyClaimsPage,
  plainClaimsPage,
  xhtmlPage,
} from '../pages/attacks';

/**
 * Issue 17: a hostile page cannot forge, drive, switch off, flood or fingerprint the extension
 * (each test is one finding of ../shared/design/security-probe-2026-12.md). Highlights are read
 * from a fresh isolated world, so the page's own tampering cannot fool the reading; the card is
 * read through DevTools (page-helpers.ts cardText), since no page script can open it.
 */

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  const html =
    (make: () => string, type = 'text/html; charset=utf-8') =>
    () => ({
      body: make(),
      headers: { 'content-type': type },
    });
  server = await startServer(undefined, {
    '/attack/plain.html': html(() => plainClaimsPage(browser.extensionId)),
    '/attack/editor.html': html(editorPage),
    '/attack/page.xhtml': html(xhtmlPage, 'application/xhtml+xml; charset=utf-8'),
    '/attack/storm.html': html(() => appendStormPage(100, 50)),
    '/attack/many.html': html(() => manyClaimsPage(20_000)),
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path);
  return page;
}

/** Viewport point inside the element with this id (scrolled into view). */
async function pointIn(page: Page, id: string): Promise<{ x: number; y: number }> {
  return isolatedEval(
    page,
    `(() => { const el = document.getElementById(${JSON.stringify(id)}); el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect(); return { x: r.left + 15, y: r.top + r.height / 2 }; })()`,
  );
}

/** Counts the claimsChanged messages the service worker receives from now on. */
async function countBackgroundMessages(): Promise<() => Promise<number>> {
  await browser.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __claimsChanged?: number; __counting?: boolean };
    g.__claimsChanged = 0;
    if (g.__counting) return;
    g.__counting = true;
    chrome.runtime.onMessage.addListener((m: { name?: string }) => {
      if (m?.name === 'claimsChanged') g.__claimsChanged = (g.__claimsChanged ?? 0) + 1;
    });
  });
  return () =>
    browser.serviceWorker.evaluate(
      () => (globalThis as unknown as { __claimsChanged: number }).__claimsChanged,
    );
}

/** Pages of the extension (popup, options) open in the browser right now. */
function extensionPages(): string[] {
  return browser.context
    .pages()
    .map((p) => p.url())
    .filter((u) => u.startsWith(`chrome-extension://${browser.extensionId}/`));
}

describe('the card belongs to the reader', () => {
  it('a page can neither open the card with synthetic events nor read or rewrite it', async () => {
    const page = await open('/attack/plain.html');
    await expectClaims(page, [claim(0), claim(4)]);
    const target = await pointIn(page, 'a');
    // A synthetic mousemove over the claim: untrusted input shows nothing.
    await page.evaluate(({ x, y }) => {
      document.dispatchEvent(
        new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }),
      );
    }, target);
    await page.waitForTimeout(600);
    expect(await cardText(page)).toBeNull();
    // A real pointer shows it.
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
    const original = await cardText(page);
    // The page finds no shadow root, text or link of ours, and its rewrite attempts reach nothing.
    const seen = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        const root = (el as Element).shadowRoot;
        if (root) {
          found.push(root.textContent ?? '');
          root.querySelectorAll('p').forEach((p) => (p.textContent = 'Claim Context verified'));
          root.querySelectorAll('a').forEach((a) => (a.href = 'https://phish.example/'));
        }
      }
      return { found, text: document.documentElement.textContent ?? '' };
    });
    expect(seen.found).toEqual([]);
    expect(seen.text).not.toContain('Full context');
    expect(await cardText(page)).toBe(original);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('synthetic clicks cannot open the popup, the side panel or any extension page', async () => {
    const page = await open('/attack/plain.html');
    await expectClaims(page, [claim(0), claim(4)]);
    const target = await pointIn(page, 'a');
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
    // Every element the page can reach at every point of the card gets clicks and key presses.
    await page.evaluate(() => {
      for (let y = 0; y < innerHeight; y += 8)
        for (let x = 0; x < innerWidth; x += 8) {
          const el = document.elementFromPoint(x, y);
          if (!el || el === document.documentElement || el === document.body) continue;
          (el as HTMLElement).click?.();
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
    });
    await page.waitForTimeout(1500);
    expect(extensionPages()).toEqual([]);
    // Nor the side panel, which the card's "Full context" opens for the reader's own click.
    expect(await openSidePanels(browser)).toEqual([]);
    await page.close();
  });
});

describe('the page cannot learn that the extension is installed, or switch it off', () => {
  it('no window message or framework event names the extension or its id', async () => {
    const page = await open('/attack/plain.html');
    await expectClaims(page, [claim(0), claim(4)]);
    await page.evaluate(() => history.pushState({}, '', '?route=2'));
    await page.waitForTimeout(500);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(
      heard.filter((h) => h.includes(browser.extensionId) || /claim.?context/i.test(h)),
    ).toEqual([]);
    // No attribute or global either.
    const traces = await page.evaluate(() => {
      const attrs = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => `${a.name}=${a.value}`),
      );
      return [...attrs, ...Object.keys(window)].filter((s) => /claim.?context|wxt/i.test(s));
    });
    expect(traces).toEqual([]);
    await page.close();
  });

  it("the framework's start-up event, forged by the page, does not switch highlighting off", async () => {
    const page = await open('/attack/plain.html');
    await expectClaims(page, [claim(0), claim(4)]);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`]) {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.dispatchEvent(new CustomEvent(name, { detail }));
      }
    }, browser.extensionId);
    await page.waitForTimeout(300);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('late')?.append(p);
    }, claim(3));
    await expectClaims(page, [claim(0), claim(3), claim(4)]);
    const target = await pointIn(page, 'a');
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
    await page.close();
  });

  it('forged location events and a burst of route changes send the background a bounded number of messages', async () => {
    const page = await open('/attack/plain.html');
    await expectClaims(page, [claim(0), claim(4)]);
    await page.waitForTimeout(500);
    const count = await countBackgroundMessages();
    await page.evaluate((id) => {
      for (let i = 0; i < 2000; i++) {
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
        if (i % 10 === 0) history.pushState({}, '', `?route=${i}`);
      }
    }, browser.extensionId);
    await page.waitForTimeout(2500);
    const sent = await count();
    // 200 real route changes in one task: coalesced into a few reports, at least the last one.
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThanOrEqual(5);
    await page.close();
  });
});

describe('editable text is never highlighted', () => {
  it('typing a claim into a paragraph of a rich-text editor highlights nothing there', async () => {
    const page = await open('/attack/editor.html');
    await expectClaims(page, [claim(0), claim(4)]);
    await page.click('#inner');
    await page.keyboard.press('End');
    await page.keyboard.type(claim(2), { delay: 2 });
    await page.waitForTimeout(1500);
    await expectClaims(page, [claim(0), claim(4)]);
    await page.close();
  });

  it('a region made editable after load loses its highlights, and designMode clears them all', async () => {
    const page = await open('/attack/editor.html');
    await expectClaims(page, [claim(0), claim(4)]);
    await page.evaluate(() =>
      document.getElementById('later')?.setAttribute('contenteditable', ''),
    );
    await expectClaims(page, [claim(0)]);
    await page.evaluate(() => (document.designMode = 'on'));
    await expectClaims(page, []);
    await page.close();
  });

  it('XHTML: form controls are skipped, blocks keep their bounds, a card does not lose a claim', async () => {
    const page = await open('/attack/page.xhtml');
    expect(await isolatedEval<string>(page, 'document.body.tagName')).toBe('body');
    await expectClaims(page, [claim(0), claim(4)]);
    const target = await pointIn(page, 'p');
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
    await page.waitForTimeout(800);
    await expectClaims(page, [claim(0), claim(4)]);
    await page.close();
  });
});

describe('load', () => {
  it('an append storm (1,000 claim paragraphs a second for 5 s): no task of ours takes 50 ms', async () => {
    const page = await browser.context.newPage();
    const ours = await tasksOfOurs(page, browser.extensionId, async () => {
      await page.goto(server.origin + '/attack/storm.html');
      await page.waitForFunction(
        () => (window as { __stormDone?: boolean }).__stormDone === true,
        null,
        { timeout: 30_000 },
      );
      await expect
        .poll(async () => (await claims(page)).length, { timeout: 20_000, interval: 250 })
        .toBe(5000);
    });
    expect(ours.length).toBeGreaterThan(10);
    expect(longTasksOfOurs(ours)).toEqual([]);
    await page.close();
  });

  it('20,000 claims: every one highlighted, the badge and the popup say how many', async () => {
    const page = await open('/attack/many.html');
    await expect
      .poll(async () => (await claims(page)).length, { timeout: 30_000, interval: 500 })
      .toBe(20_000);
    const tabId = await tabIdOf(browser, page);
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      )
      .toBe('99+');
    const popup = await openPopupFor(browser, page);
    await expect
      .poll(() => popup.locator('body').innerText(), { timeout: 10_000 })
      .toContain('20,000');
    const text = await popup.locator('body').innerText();
    expect(text).not.toContain('No claims');
    await popup.close();
    await page.close();
  });
});

describe('stored values are validated', () => {
  it('a garbage settingsReset value is repaired and the options page renders', async () => {
    for (const garbage of [42, 'oops', [], { at: 5, problems: 'x' }]) {
      await browser.serviceWorker.evaluate(
        (value) => chrome.storage.local.set({ settingsReset: value }),
        garbage as unknown as string,
      );
      const before = browser.errors.length;
      const options = await openOptions(browser);
      await expect.poll(() => options.locator('h1').count()).toBeGreaterThan(0);
      await options.waitForTimeout(300);
      expect(browser.errors.slice(before)).toEqual([]);
      const stored = await browser.serviceWorker.evaluate(
        async () => (await chrome.storage.local.get('settingsReset')).settingsReset,
      );
      expect(stored === null || stored === undefined).toBe(true);
      await options.close();
    }
  });

  it('a 5 MB site list: each frame reads only its own site, and the choice still applies', async () => {
    const sites = Array.from({ length: 20_000 }, (_, i) => `site-${i}-${'x'.repeat(230)}.example`);
    await writeSettings(browser, { offFor: [...sites, '127.0.0.1'] });
    const page = await open('/attack/plain.html');
    await page.waitForTimeout(1500);
    expect(await claims(page)).toEqual([]);
    await writeSettings(browser, { offFor: sites });
    await expectClaims(page, [claim(0), claim(4)]);
    await writeSettings(browser, { offFor: [] });
    await page.close();
  });

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
