import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  firstClaimPoint,
  launchWithExtension,
  openPopupFor,
  settledClaims,
  tabIdOf,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import {
  attachSidePanel,
  openSidePanels,
  type SidePanel,
} from '../../scripts/lib/browser/side-panel';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { openFixtureIn, useChromium } from './chromium-session';
import { cardButtonPoint, cardText, expectedClaimsOf } from './page-helpers';
import { axeViolationsVia, foldedAndOpenViolations } from './axe';
import { writeOpenSections } from './settings';

/**
 * The side panel (issue 15) in Chromium: the browser's real side panel, opened by the reader from
 * the popup's button and from the hover card, read through DevTools (scripts/lib/browser/
 * side-panel.ts); and the panel's view opened as `sidepanel.html?tabId=N` in a tab, the way the
 * background opens it where the browser will not open the panel, for the checks a tab makes easy
 * (following a tab, axe in light and dark).
 */

/** A claim the tests append to a page, as a feed page does. */
const APPENDED =
  'Stem cell injections are a proven cure for chronic back pain, with no risk of complications.';

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started));

const CLAIM_TEXTS = `[...document.querySelectorAll('.claim-text')]
  .map((e) => (e.textContent ?? '').replace(/\\s+/g, ' ').trim()).sort()`;

/** The claim texts a view lists, sorted. */
function listedIn(view: Page): Promise<string[]> {
  return view.evaluate(CLAIM_TEXTS) as Promise<string[]>;
}

/** Opens a fixture page and waits for its expected claims to be highlighted. */
function openFixture(name: string, b = browser): Promise<{ page: Page; expected: string[] }> {
  return openFixtureIn(b, server.origin, name);
}

/** Opens the side panel's view for a page's tab, in a tab of its own. */
async function openPanelViewFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const view = await browser.context.newPage();
  await view.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return view;
}

/** Appends a paragraph with APPENDED to the page, as a feed appends a post. */
function appendClaim(page: Page): Promise<void> {
  return page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }, APPENDED);
}

describe("the browser's side panel", () => {
  it("opens from the popup's button and lists the claims of the tab the reader is on", async () => {
    const other = await launchWithExtension();
    let panel: SidePanel | undefined;
    try {
      const { page, expected } = await openFixture('clinic-marketing.html', other);
      const popup = await openPopupFor(other, page);
      expect(await openSidePanels(other)).toEqual([]);
      await popup.getByRole('button', { name: 'Open in side panel' }).click({ timeout: 10_000 });
      await expect.poll(() => openSidePanels(other)).toHaveLength(1);
      panel = await attachSidePanel(other);
      // The popup opened as a tab is the active tab (the panel says it cannot read it); the
      // reader goes back to the page, and the panel follows.
      await page.bringToFront();
      await expect
        .poll(() => panel!.evaluate<string[]>(CLAIM_TEXTS), { timeout: 10_000 })
        .toEqual(expected);
      // The panel has no button to open itself; the popup does.
      expect(
        await panel.evaluate<number>(
          `[...document.querySelectorAll('button')].filter((b) => b.textContent === 'Open in side panel').length`,
        ),
      ).toBe(0);
      for (const scheme of ['light', 'dark'] as const) {
        await panel.setColorScheme(scheme);
        expect(await panel.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(
          scheme === 'dark',
        );
        expect(await axeViolationsVia((e) => panel!.evaluate(e))).toEqual([]);
      }
      expect(other.errors).toEqual([]);
    } finally {
      await panel?.detach();
      await other.close();
    }
  });

  it('opens from the hover card\'s "Full context" on a real click, for that page', async () => {
    const other = await launchWithExtension();
    let panel: SidePanel | undefined;
    try {
      const { page, expected } = await openFixture('clinic-marketing.html', other);
      const pagesBefore = other.context.pages().length;
      const point = await firstClaimPoint(page);
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
      const button = await cardButtonPoint(page, 'Full context');
      expect(button).not.toBeNull();
      await page.mouse.click(button!.x, button!.y);
      // Chrome keeps the click's user action for a background that opens the panel at once: the
      // panel opens, with no popup tab as a fallback.
      await expect.poll(() => openSidePanels(other), { timeout: 5000 }).toHaveLength(1);
      expect(other.context.pages().length).toBe(pagesBefore);
      panel = await attachSidePanel(other);
      await expect
        .poll(() => panel!.evaluate<string[]>(CLAIM_TEXTS), { timeout: 10_000 })
        .toEqual(expected);
      expect(other.errors).toEqual([]);
    } finally {
      await panel?.detach();
      await other.close();
    }
  });
});

describe("the side panel's view, following a tab", () => {
  it('lists a claim as soon as the page appends it', async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const view = await openPanelViewFor(page);
    await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(expected);
    await appendClaim(page);
    await expect.poll(() => settledClaims(page, expected.length + 1)).toContain(APPENDED);
    await expect
      .poll(() => listedIn(view), { timeout: 5000 })
      .toEqual([...expected, APPENDED].sort());
    await Promise.all([view.close(), page.close()]);
  });

  it('follows a new page in the tab and the tab the reader switches to', async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const view = await openPanelViewFor(page);
    await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(expected);

    // A new page in the same tab replaces the list.
    await page.goto(`${server.origin}/news-article.html`);
    const news = await expectedClaimsOf(page);
    await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(news);

    // Another tab becomes active: the view follows it, and back.
    const { page: second } = await openFixture('no-treatment-terms.html');
    await second.bringToFront();
    await expect.poll(() => view.locator('.no-claims').count(), { timeout: 10_000 }).toBe(1);
    await page.bringToFront();
    await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(news);
    // Looking at the view's own tab changes nothing: it never describes itself.
    await view.bringToFront();
    await view.waitForTimeout(500);
    expect(await listedIn(view)).toEqual(news);
    await Promise.all([view.close(), second.close(), page.close()]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const name of ['clinic-marketing.html', 'no-treatment-terms.html']) {
      it(`has no axe-core violations (${scheme}, ${name})`, async () => {
        const { page, expected } = await openFixture(name);
        const view = await openPanelViewFor(page);
        await view.emulateMedia({ colorScheme: scheme });
        if (expected.length > 0) {
          await expect.poll(() => listedIn(view), { timeout: 10_000 }).toEqual(expected);
        } else {
          await view.locator('.no-claims').waitFor({ timeout: 10_000 });
        }
        // As it opens, then with every folded section open.
        expect(await foldedAndOpenViolations(view)).toEqual([]);
        await Promise.all([view.close(), page.close()]);
        await writeOpenSections(browser, { open: [] });
      });
    }
  }

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
