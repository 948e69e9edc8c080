import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { claimTexts, launchFirefox, LAUNCHER_ROUTES, type FirefoxWithExtension } from './firefox';
import { startServer, type StaticServer } from '../../scripts/lib/browser/server';
import { claim } from '../pages/hostile';
import { editorPage, plainClaimsPage } from '../pages/attacks';

/**
 * Issue 17 in Firefox ESR, for the findings that apply there: the page hears nothing naming the
 * extension, cannot switch it off with the framework's event (in Firefox the event names carry
 * the public gecko id), cannot open or read the card, and editable text stays unhighlighted.
 */

let server: StaticServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  server = await startServer(undefined, {
    ...LAUNCHER_ROUTES,
    '/attack/plain.html': () => ({ body: plainClaimsPage(ff.addonId) }),
    '/attack/editor.html': () => ({ body: editorPage() }),
  });
  ff = await launchFirefox({ origin: server.origin });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function open(path: string, expected: string[]): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(server.origin + path);
  await expect.poll(() => claimTexts(page), { timeout: 15_000 }).toEqual([...expected].sort());
  return page;
}

/** Centre-left point of an element, scrolled into view. */
function pointIn(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((elementId) => {
    const el = document.getElementById(elementId) as HTMLElement;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + 15, y: r.top + r.height / 2 };
  }, id);
}

/** What the page can see of a card host: elements after <body> and any shadow root text. */
function cardTraces(page: Page): Promise<{ hosts: number; openRoots: string[] }> {
  return page.evaluate(() => {
    const hosts = [...document.documentElement.children].filter(
      (el) => el !== document.head && el !== document.body,
    );
    return {
      hosts: hosts.length,
      openRoots: [...document.querySelectorAll('*')]
        .map((el) => el.shadowRoot?.textContent ?? null)
        .filter((t): t is string => t !== null),
    };
  });
}

describe('Firefox: a hostile page', () => {
  it('hears no message or framework event naming the extension, and cannot switch it off', async () => {
    const page = await open('/attack/plain.html', [claim(0), claim(4)]);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((h) => h.includes(ff.addonId) || /claim.?context/i.test(h))).toEqual([]);
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      for (let i = 0; i < 500; i++)
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, ff.addonId);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.getElementById('late')?.append(p);
    }, claim(3));
    await expect
      .poll(() => claimTexts(page), { timeout: 15_000 })
      .toEqual([claim(0), claim(3), claim(4)].sort());
    await page.close();
  });

  it('cannot open the card with a synthetic mousemove, nor read the one the reader opens', async () => {
    const page = await open('/attack/plain.html', [claim(0), claim(4)]);
    const target = await pointIn(page, 'a');
    await page.evaluate(({ x, y }) => {
      document.dispatchEvent(
        new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }),
      );
    }, target);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardTraces(page)).toEqual({ hosts: 0, openRoots: [] });
    await page.mouse.move(target.x, target.y);
    await expect.poll(async () => (await cardTraces(page)).hosts, { timeout: 5000 }).toBe(1);
    expect((await cardTraces(page)).openRoots).toEqual([]);
    await page.close();
  });

  it('gets no highlight on a claim typed into a rich-text editor, and none under designMode', async () => {
    const page = await open('/attack/editor.html', [claim(0), claim(4)]);
    await page.click('#inner');
    await page.keyboard.press('End');
    await page.keyboard.type(claim(2));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await claimTexts(page)).toEqual([claim(0), claim(4)].sort());
    await page.evaluate(() => (document.designMode = 'on'));
    await expect.poll(() => claimTexts(page), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('logs no error', () => {
    expect(ff.errors).toEqual([]);
  });
});
