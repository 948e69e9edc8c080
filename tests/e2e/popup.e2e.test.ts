import { describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  claimTexts,
  highlightTexts,
  launchWithExtension,
  openPopupFor,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { openFixtureIn, useChromium } from './chromium-session';
import { readOpenSections, readStoredSettings, writeOpenSections, writeSettings } from './settings';
import { foldedAndOpenViolations } from './axe';
import { enCategory } from '../messages';
import { REVIEWED_ON } from '../../topic/knowledge';
import type { Category } from '../../topic/categories';

/** The server's site key (utils/site.ts): the host of every fixture URL. */
const SITE = '127.0.0.1';
const SITE_SWITCH = `Highlight claims on ${SITE}`;
const GLOBAL_SWITCH = 'Highlight claims on all sites';

/** A claim far below the fold of an 800×600 viewport. */
const DEEP_CLAIM =
  'No stem cell product has been approved by the FDA for treating back pain or degenerative disc disease.';
const FILLER = Array.from(
  { length: 60 },
  (_, i) => `<p>Paragraph ${i + 1} is about the weather, gardening and the local library.</p>`,
).join('\n');
const DEEP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep claim</title>
<style>p { margin: 0 0 40px; }</style></head><body><h1>A long page</h1>
${FILLER}
<p id="deep">${DEEP_CLAIM}</p>
${FILLER}
</body></html>`;

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started), {
  '/deep.html': () => ({ body: DEEP_PAGE }),
});

/** Opens a fixture page and waits for its expected claims to be highlighted. */
function openFixture(name: string, b = browser): Promise<{ page: Page; expected: string[] }> {
  return openFixtureIn(b, server.origin, name);
}

const collapse = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The popup's claim list: group heading → claim texts, in the order shown. */
function popupGroups(popup: Page): Promise<Record<string, string[]>> {
  return popup.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const group of document.querySelectorAll('.claim-group')) {
      const heading = group.querySelector('h3')?.textContent ?? '';
      const label = heading.replace(/\s*\(\d+\)\s*$/, '').trim();
      out[label] = [...group.querySelectorAll('button.claim .claim-text')].map((el) =>
        (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    }
    return out;
  });
}

/** The page's highlighted claims by category, from the highlight names (tint style). */
async function pageClaimsByCategory(page: Page): Promise<Map<Category, string[]>> {
  const byName = await highlightTexts(page);
  const out = new Map<Category, string[]>();
  for (const [name, texts] of Object.entries(byName)) {
    if (name.endsWith('-focus') || name.endsWith('-flash') || texts.length === 0) continue;
    const category = name.replace(/^claim-context-(line-)?/, '') as Category;
    out.set(category, [...(out.get(category) ?? []), ...texts.map(collapse)].sort());
  }
  return out;
}

const REVIEWED_TEXT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${REVIEWED_ON}T00:00:00Z`));

describe('the popup in Chromium', () => {
  for (const name of ['clinic-marketing.html', 'news-article.html']) {
    it(`lists exactly the claims of ${name}, grouped by category, with a card per category`, async () => {
      const { page, expected } = await openFixture(name);
      const byCategory = await pageClaimsByCategory(page);
      const popup = await openPopupFor(browser, page);
      await expect
        .poll(() => popup.locator('button.claim').count(), { timeout: 10_000 })
        .toBe(expected.length);

      const groups = await popupGroups(popup);
      expect(Object.values(groups).flat().sort()).toEqual(expected);
      const wanted = Object.fromEntries(
        [...byCategory].map(([c, texts]) => [enCategory(c), texts]),
      );
      const shown = Object.fromEntries(
        Object.entries(groups).map(([label, texts]) => [label, [...texts].sort()]),
      );
      expect(shown).toEqual(wanted);

      const cards = await popup
        .locator('section.card[data-category]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-category')));
      expect(cards.sort()).toEqual([...byCategory.keys()].sort());

      const footer = collapse(await popup.locator('footer').textContent());
      expect(footer).toContain('not medical advice');
      expect(footer).toContain(`Context reviewed on ${REVIEWED_TEXT}.`);
      await Promise.all([popup.close(), page.close()]);
    });
  }

  it('leads with the page: its summary and claims first, the general context folded', async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const popup = await openPopupFor(browser, page);
    await expect
      .poll(() => popup.locator('button.claim').count(), { timeout: 10_000 })
      .toBe(expected.length);
    const order = await popup.evaluate(() =>
      [...document.querySelectorAll('main > section, main > p')].map(
        (el) => el.getAttribute('aria-labelledby') ?? el.className,
      ),
    );
    expect(order.slice(0, 3)).toEqual(['page-summary-heading', 'claims-heading', 'more-heading']);
    const kinds = await popup.locator('.page-summary li[data-category]').count();
    expect(kinds).toBe(
      await popup.locator('.claim-group').count(), // one summary line per kind of claim listed
    );
    // Every fold starts closed, and the summary fits one screen of the popup (Chromium's popup
    // is at most 600 px high).
    expect(await popup.locator('details.fold[open]').count()).toBe(0);
    expect(await popup.locator('details.fold').count()).toBeGreaterThanOrEqual(8);
    const summaryHeight = await popup
      .locator('.page-summary')
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(summaryHeight).toBeLessThan(600);
    // Folded, the whole popup is a fraction of its unfolded length.
    const height = () => popup.evaluate(() => document.documentElement.scrollHeight);
    const folded = await height();
    await popup.evaluate(() => {
      for (const d of document.querySelectorAll('details.fold'))
        (d as HTMLDetailsElement).open = true;
    });
    const unfolded = await height();
    expect(unfolded).toBeGreaterThan(4000);
    expect(folded).toBeLessThan(unfolded / 2);
    await Promise.all([popup.close(), page.close()]);
    // Opening them all was remembered: start the next test folded.
    await writeOpenSections(browser, { open: [] });
  });

  it('opens a section from the keyboard and remembers it the next time the popup opens', async () => {
    // A damaged stored value reads as "all folded".
    await writeOpenSections(browser, { open: 'everything' });
    const { page, expected } = await openFixture('clinic-marketing.html');
    const popup = await openPopupFor(browser, page);
    await expect
      .poll(() => popup.locator('button.claim').count(), { timeout: 10_000 })
      .toBe(expected.length);
    const risks = popup.locator('details[data-section="risks"]');
    const risksSummary = risks.locator('summary');
    await risksSummary.focus();
    expect(await risksSummary.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await expect.poll(() => risks.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(() => risks.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await popup.keyboard.press('Enter');
    await expect.poll(() => risks.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => readOpenSections(browser)).toEqual({ open: ['risks'] });
    await popup.close();

    const again = await openPopupFor(browser, page);
    await expect
      .poll(
        () =>
          again
            .locator('details[data-section="risks"]')
            .evaluate((d) => (d as HTMLDetailsElement).open),
        { timeout: 10_000 },
      )
      .toBe(true);
    expect(await again.locator('details.fold[open]').count()).toBe(1);
    // Close it again, so the other tests start folded.
    await again.locator('details[data-section="risks"] summary').click();
    await expect.poll(() => readOpenSections(browser)).toEqual({ open: [] });
    await Promise.all([again.close(), page.close()]);
  });

  it('scrolls the page to a claim picked in the popup and flashes it', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${server.origin}/deep.html`);
    expect(await settledClaims(page, 1)).toEqual([DEEP_CLAIM]);
    const inView = () =>
      page.evaluate(() => {
        const rect = document.getElementById('deep')!.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      });
    const flashed = () =>
      page.evaluate(() =>
        [
          ...((CSS.highlights as unknown as Map<string, Set<Range>>).get('claim-context-flash') ??
            []),
        ].map((r) => r.toString()),
      );
    expect(await inView()).toBe(false);

    const popup = await openPopupFor(browser, page);
    const button = popup.locator('button.claim', { hasText: DEEP_CLAIM });
    await button.click({ timeout: 10_000 });
    await expect.poll(flashed, { timeout: 1_500, interval: 50 }).toEqual([DEEP_CLAIM]);
    await expect.poll(inView, { timeout: 3_000 }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // The flash goes away by itself.
    await expect.poll(flashed, { timeout: 5_000 }).toEqual([]);
    expect(await popup.locator('.claims [role="status"]').textContent()).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  it("site switch: off clears the open tab's highlights without a reload, on restores them", async () => {
    const { page, expected } = await openFixture('news-article.html');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const popup = await openPopupFor(browser, page);
    const siteSwitch = popup.getByRole('switch', { name: SITE_SWITCH });
    await expect.poll(() => siteSwitch.isChecked(), { timeout: 10_000 }).toBe(true);

    await siteSwitch.click();
    await expect.poll(() => claimTexts(page), { timeout: 5_000 }).toEqual([]);
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    expect(await readStoredSettings(browser)).toMatchObject({ offFor: [SITE], onFor: [] });
    await expect.poll(() => popup.getByRole('note').textContent()).toContain(SITE);

    await siteSwitch.click();
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    expect(await readStoredSettings(browser)).toMatchObject({ offFor: [], onFor: [] });
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await Promise.all([popup.close(), page.close()]);
  });

  it('keeps its word while a site is off: no "no claims found" for a page that has claims', async () => {
    const { page, expected } = await openFixture('clinic-marketing.html');
    const popup = await openPopupFor(browser, page);
    const siteSwitch = popup.getByRole('switch', { name: SITE_SWITCH });
    await expect
      .poll(() => popup.locator('button.claim').count(), { timeout: 10_000 })
      .toBe(expected.length);
    await siteSwitch.click();
    await expect.poll(() => claimTexts(page), { timeout: 5_000 }).toEqual([]);
    const note = popup.getByRole('note');
    await expect.poll(() => note.textContent()).toContain(`Highlights are off for ${SITE}`);
    // Let the popup ask the page again (it refreshes every 1.5 s).
    await popup.waitForTimeout(3_500);
    expect(await popup.locator('.no-claims').count()).toBe(0);
    if ((await note.textContent())?.includes('Claims are still listed here')) {
      expect(await popup.locator('button.claim').count()).toBe(expected.length);
    }
    await siteSwitch.click();
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    await Promise.all([popup.close(), page.close()]);
  });

  it('global switch: off clears highlights on sites without their own setting, on restores them', async () => {
    const port = new URL(server.origin).port;
    await writeSettings(browser, { onByDefault: true, onFor: ['localhost'], offFor: [] });
    const { page, expected } = await openFixture('news-article.html');
    const own = await browser.context.newPage();
    await own.goto(`http://localhost:${port}/news-article.html`);
    expect(await settledClaims(own, expected.length)).toEqual(expected);

    const popup = await openPopupFor(browser, page);
    const globalSwitch = popup.getByRole('switch', { name: GLOBAL_SWITCH });
    await expect.poll(() => globalSwitch.isChecked(), { timeout: 10_000 }).toBe(true);
    await globalSwitch.click();
    await expect.poll(() => claimTexts(page), { timeout: 5_000 }).toEqual([]);
    expect(await readStoredSettings(browser)).toMatchObject({ onByDefault: false });
    // The site switch follows the default; the site with its own setting keeps its highlights.
    await expect
      .poll(() => popup.getByRole('switch', { name: SITE_SWITCH }).isChecked())
      .toBe(false);
    await own.waitForTimeout(500);
    expect(await claimTexts(own)).toEqual(expected);

    await globalSwitch.click();
    expect(await settledClaims(page, expected.length)).toEqual(expected);
    expect(await readStoredSettings(browser)).toMatchObject({
      onByDefault: true,
      onFor: ['localhost'],
      offFor: [],
    });
    await writeSettings(browser, { onFor: [] });
    await Promise.all([popup.close(), own.close(), page.close()]);
  });

  it('keeps a site switched off across a browser restart', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'claim-context-restart-'));
    try {
      const first = await launchWithExtension({ userDataDir });
      const { page, expected } = await openFixture('news-article.html', first);
      const popup = await openPopupFor(first, page);
      const siteSwitch = popup.getByRole('switch', { name: SITE_SWITCH });
      await siteSwitch.click({ timeout: 10_000 });
      await expect.poll(() => claimTexts(page), { timeout: 5_000 }).toEqual([]);
      await expect
        .poll(() => readStoredSettings(first))
        .toMatchObject({ offFor: [SITE], onByDefault: true });
      expect(first.errors).toEqual([]);
      await first.close({ keepProfile: true });

      const second = await launchWithExtension({ userDataDir });
      try {
        expect(await readStoredSettings(second)).toMatchObject({ offFor: [SITE] });
        const again = await second.context.newPage();
        await again.goto(`${server.origin}/news-article.html`);
        const popup2 = await openPopupFor(second, again);
        const switch2 = popup2.getByRole('switch', { name: SITE_SWITCH });
        await expect.poll(() => switch2.count(), { timeout: 10_000 }).toBe(1);
        expect(await switch2.isChecked()).toBe(false);
        await again.waitForTimeout(1_000);
        expect(await claimTexts(again)).toEqual([]);
        // The content script is there and only held back by the setting: on paints the claims.
        await switch2.click();
        expect(await settledClaims(again, expected.length)).toEqual(expected);
        expect(second.errors).toEqual([]);
      } finally {
        await second.close({ keepProfile: true });
      }
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });

  it('shows a short message and the topic overview on a page without claims', async () => {
    const { page } = await openFixture('no-treatment-terms.html');
    const popup = await openPopupFor(browser, page);
    await expect
      .poll(() => popup.locator('.no-claims').textContent(), { timeout: 10_000 })
      .toContain('No claims about stem-cell therapy for back pain were found');
    expect(
      await popup
        .getByRole('heading', { name: 'Stem-cell therapy for back pain: an overview' })
        .count(),
    ).toBe(1);
    expect(await popup.locator('.overview li').count()).toBeGreaterThan(0);
    expect(await popup.locator('button.claim').count()).toBe(0);
    expect(collapse(await popup.locator('footer').textContent())).toContain('not medical advice');
    await Promise.all([popup.close(), page.close()]);
  });

  for (const url of ['about:blank', 'chrome://version/']) {
    it(`explains that it cannot read ${url}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(url);
      const popup = await openPopupFor(browser, page);
      const heading = popup.getByRole('heading', { name: 'Claim Context cannot read this page' });
      await expect.poll(() => heading.count(), { timeout: 10_000 }).toBe(1);
      const text = collapse(await popup.locator('.unreadable').textContent());
      expect(text).toMatch(/browser|reload/i);
      expect(await popup.getByRole('status').filter({ hasText: 'Checking' }).count()).toBe(0);
      expect(await popup.locator('button.claim').count()).toBe(0);
      await Promise.all([popup.close(), page.close()]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    for (const name of ['clinic-marketing.html', 'no-treatment-terms.html']) {
      it(`has no axe-core violations (${scheme}, ${name})`, async () => {
        const { page, expected } = await openFixture(name);
        const popup = await openPopupFor(browser, page);
        await popup.emulateMedia({ colorScheme: scheme });
        if (expected.length > 0) {
          await expect
            .poll(() => popup.locator('button.claim').count(), { timeout: 10_000 })
            .toBe(expected.length);
        } else {
          await popup.locator('.no-claims').waitFor({ timeout: 10_000 });
        }
        expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          scheme === 'dark',
        );
        // As it opens, then with every folded section open.
        expect(await foldedAndOpenViolations(popup)).toEqual([]);
        await Promise.all([popup.close(), page.close()]);
        await writeOpenSections(browser, { open: [] });
      });
    }
  }

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
