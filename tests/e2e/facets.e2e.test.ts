import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  openPopupFor,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { useChromium } from './chromium-session';
import { axeViolations, cardMarkupViolations } from './axe';
import { cardMarkup, cardText, expectedClaimsOf } from './page-helpers';
import { knowledgePack } from '../../topic/knowledge';
import { FACET_PACK } from '../../topic/facets';

/**
 * Claim facets end to end (issue 13): hovering a highlight on tests/fixtures/facet-claims.html
 * shows the answer to what that sentence claims (with the page's own figure on its chart), then
 * its category's context; the popup lists each claim with its answer. The card is read through
 * DevTools (page-helpers.ts), since no page script can open its closed shadow root.
 */

const PAGE = 'facet-claims.html';
const SUCCESS = 'In our clinic, 92% of stem cell patients report lasting relief from back pain.';
const PRICE = 'One stem cell injection for a damaged disc costs $6,500 at our Harbor Spine clinic.';
const REGISTERED =
  'Our stem cell therapy for back pain is prepared in an FDA-registered laboratory.';
const ABROAD =
  'Stem cell therapy for back pain is approved in Mexico, where one injection costs $3,900.';

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started));

async function openFacetPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${server.origin}/${PAGE}`);
  const expected = await expectedClaimsOf(page);
  expect(await settledClaims(page, expected.length)).toEqual(expected);
  return page;
}

/** Moves the mouse onto the highlight of the claim whose text is `claim`. */
async function hover(page: Page, claim: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  await expect.poll(() => cardText(page)).toBeNull();
  const point = await page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('claim-context-') || /focus|flash/.test(name)) continue;
      for (const range of h) {
        if (range.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'start' });
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no highlight for: ${wanted}`);
  }, claim);
  await page.mouse.move(point.x, point.y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Full context');
}

/** The card's text once it holds `expected`. */
async function cardWith(page: Page, expected: string): Promise<string> {
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(expected);
  return (await cardText(page)) ?? '';
}

describe('facet answers in the hover card', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFacetPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it("puts a success rate beside the sham-controlled trials' responder shares, then the category context", async () => {
    await hover(page, SUCCESS);
    const text = await cardWith(page, 'Success rates and sham-controlled trials');
    expect(text).toContain('Figure quoted: 92%');
    expect(text).toMatch(/RESPINE.*Donor cells: 74% of 58.*Sham: 69% of 56/);
    expect(text).toContain('Reviewed on 5 December 2026');
    // The answer comes first, then what the evidence says about this kind of claim.
    expect(text.indexOf('Success rates')).toBeLessThan(text.indexOf('About claims of this kind:'));
  });

  it("places the page's own price on the chart of published US prices", async () => {
    await hover(page, PRICE);
    const text = await cardWith(page, 'The price on this page');
    expect(text).toContain('Published prices in the US');
    expect(text).toContain('This page: $6,500');
    // Every published US range is drawn, named as the knowledge pack and the facets name it.
    for (const range of [...knowledgePack.costs.ranges, ...FACET_PACK.priceRanges])
      if (range.region === 'US') expect(text).toContain(range.label);
    expect(text).not.toContain('Published prices abroad');
  });

  it('keeps a price quoted abroad apart from the US ranges and says what an approval abroad means', async () => {
    await hover(page, ABROAD);
    const text = await cardWith(page, 'What an approval abroad means');
    expect(text).toContain('The price on this page');
    const abroad = text.slice(text.indexOf('Published prices abroad'));
    expect(abroad).toContain('This page: $3,900');
    expect(abroad).toContain('No published price range was found');
    const us = text.slice(
      text.indexOf('Published prices in the US'),
      text.indexOf('Published prices abroad'),
    );
    expect(us).not.toContain('This page');
  });

  it('says what "FDA registered" means, with a source the reader can open', async () => {
    await hover(page, REGISTERED);
    await cardWith(page, 'What "FDA registered" or "FDA compliant" means');
    const markup = (await cardMarkup(page)) ?? '';
    const links = [...markup.matchAll(/<a [^>]*href="([^"]+)"[^>]*target="_blank"/g)].map(
      (m) => m[1],
    );
    expect(links).toContain(
      'https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271/subpart-A/section-1271.10',
    );
    for (const href of links) expect(href).toMatch(/^https:\/\//);
    // The page itself never sees the answer: it lives in the closed shadow root.
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(
      'paperwork duty',
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the card with a price chart (${scheme})`, async () => {
      await hover(page, ABROAD);
      await cardWith(page, 'Published prices abroad');
      const markup = (await cardMarkup(page)) ?? '';
      const copy = await browser.context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      expect(await cardMarkupViolations(copy, markup)).toEqual([]);
      await copy.close();
    });
  }
});

describe('facet answers in the popup', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`lists each claim with its answer, axe-clean (${scheme})`, async () => {
      const page = await openFacetPage();
      const popup = await openPopupFor(browser, page);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => popup.locator('.claim-answers details').count(), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(4);
      const price = popup.locator('li', { hasText: PRICE }).locator('details');
      expect(await price.locator('summary').textContent()).toBe('The price on this page');
      expect(await price.textContent()).toContain('This page: $6,500');
      expect(await popup.locator('li', { hasText: SUCCESS }).textContent()).toContain(
        'Figure quoted: 92%',
      );
      expect(await axeViolations(popup)).toEqual([]);
      await Promise.all([popup.close(), page.close()]);
    });
  }

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
