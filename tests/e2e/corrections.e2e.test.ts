import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  claimTexts,
  firstClaimPoint,
  launchWithExtension,
  openOptions,
  settledClaims,
  tabIdOf,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { useChromium } from './chromium-session';
import { axeViolations, cardMarkupViolations } from './axe';
import { cardMarkup, cardText, expectedClaimsOf } from './page-helpers';
import { clickCardButton } from '../../scripts/lib/browser/card-click';

/**
 * Issue 15 in Chromium: "Check this text" through the context menu's handler, "Not a claim" on a
 * highlight's card (gone after a reload, and from the frame's report), "Mark as a claim" on
 * checked text, and the options page's list and export. The cards live in a closed shadow root:
 * they are read and clicked through DevTools, as the reader's own (trusted) input.
 */

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started));

/**
 * Selects the text of the first element matching `selector` whose text starts with `start` (or
 * a field's whole value).
 */
async function select(page: Page, selector: string, start = ''): Promise<string> {
  return page.evaluate(
    ([sel, begin]) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) =>
        (e.textContent ?? '').trim().startsWith(begin),
      ) as HTMLElement;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
        el.focus();
        el.select();
        return el.value;
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [selector, start] as const,
  );
}

/** What the context menu's click handler does for `text` in the page's top frame. */
async function checkThroughMenu(page: Page, text: string): Promise<void> {
  const tabId = await tabIdOf(browser, page);
  await browser.serviceWorker.evaluate(
    ({ id, selectionText }) =>
      (
        globalThis as unknown as {
          claimContextMenuClicked(info: object, tab: object): void;
        }
      ).claimContextMenuClicked(
        { menuItemId: 'check-selection', selectionText, frameId: 0 },
        { id },
      ),
    { id: tabId, selectionText: text },
  );
}

/** The stored corrections. */
function storedCorrections(): Promise<
  { url: string; text: string; label: string; category: string | null }[]
> {
  return browser.serviceWorker.evaluate(
    async () => ((await chrome.storage.local.get('corrections')).corrections ?? []) as never,
  );
}

const clearCorrections = () =>
  browser.serviceWorker.evaluate(() => chrome.storage.local.remove('corrections'));

/** The top frame's report total (what the popup and badge count). */
async function reportedTotal(page: Page): Promise<number> {
  const tabId = await tabIdOf(browser, page);
  return browser.serviceWorker.evaluate(
    async (id) =>
      (
        (await chrome.tabs.sendMessage(
          id,
          { tag: 'claim-context/1', name: 'getFrameReport', data: null },
          { frameId: 0 },
        )) as { total: number }
      ).total,
    tabId,
  );
}

describe('check this text (context menu)', () => {
  it('checks a selected sentence through the context-menu handler and shows the verdict card', async () => {
    await clearCorrections();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/clinic-marketing.html`);
    await settledClaims(page, 6);
    const text = await select(page, 'p', 'Stem cell injections regenerate');
    await checkThroughMenu(page, text);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Checked text');
    const card = (await cardText(page)) ?? '';
    expect(card).toContain('Mark as a claim');
    expect(card).toContain('Not a claim');
    expect(card).toMatch(/this sentence (promotes|is neutral|urges)/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await page.close();
  });

  it('checks text on a page that never names the therapy: the background adds the engine for the card', async () => {
    // Issue 14: such a page runs only the gate stage, which has no card of its own.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/no-treatment-terms.html`);
    await settledClaims(page, 0);
    const text = await select(page, 'p', 'Gentle movement helps');
    await checkThroughMenu(page, text);
    await expect
      .poll(() => cardText(page), { timeout: 5000 })
      .toContain('No claim about stem-cell therapy for back pain found in this text.');
    expect(await cardText(page)).toContain('Checked text');
    // The engine added for the card reads the page too, and finds nothing to highlight.
    expect(await claimTexts(page)).toEqual([]);
    await page.close();
  });

  it('checks text the page scan skipped (a textarea) and says when a text holds no claim', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editable-regions.html`);
    await settledClaims(page, 1);
    const inField = await select(page, '#ta');
    await checkThroughMenu(page, inField);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Checked text');
    expect(await cardText(page)).toContain('Does it work?');
    // Nothing in the field gets highlighted: the card is all.
    expect(await claimTexts(page)).toEqual(await expectedClaimsOf(page));

    const none = await select(page, 'h1');
    await checkThroughMenu(page, none);
    await expect
      .poll(() => cardText(page), { timeout: 5000 })
      .toContain('No claim about stem-cell therapy for back pain found in this text.');
    await page.close();
  });

  it('marks checked text as a claim: highlighted at once and again after a reload', async () => {
    await clearCorrections();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editable-regions.html`);
    const expected = await expectedClaimsOf(page);
    await settledClaims(page, expected.length);
    const heading = await select(page, 'h1');
    await checkThroughMenu(page, heading);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('No claim');
    await clickCardButton(page, 'Mark as a claim');
    await expect.poll(() => cardText(page)).toContain('Marked as a claim (Does it work?)');
    expect(await storedCorrections()).toMatchObject([
      {
        url: `${server.origin}/editable-regions.html`,
        text: 'Reader comments',
        label: 'claim',
        category: 'efficacy',
      },
    ]);
    const withMark = [...expected, 'Reader comments'].sort();
    await expect.poll(() => claimTexts(page), { timeout: 10_000 }).toEqual(withMark);
    await page.reload();
    expect(await settledClaims(page, withMark.length)).toEqual(withMark);
    await page.close();
    await clearCorrections();
  });

  it("answers the keyboard command's question with the selection, in a text field too", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/editable-regions.html`);
    await settledClaims(page, 1);
    const tabId = await tabIdOf(browser, page);
    const ask = () =>
      browser.serviceWorker.evaluate(
        (id) =>
          chrome.tabs.sendMessage(
            id,
            { tag: 'claim-context/1', name: 'getSelectedText', data: null },
            { frameId: 0 },
          ),
        tabId,
      );
    await select(page, '#ta');
    expect(await ask()).toEqual({ text: 'Stem cell therapy cured my herniated disc completely.' });
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await select(page, 'p');
    expect(await ask()).toEqual({
      text: 'Stem cell injections are not approved by the FDA for any back pain condition.',
    });
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the verdict card (${scheme})`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/clinic-marketing.html`);
      await settledClaims(page, 6);
      await checkThroughMenu(page, await select(page, 'p', 'A stem cell injection'));
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Checked text');
      const markup = (await cardMarkup(page)) ?? '';
      const copy = await browser.context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      expect(await cardMarkupViolations(copy, markup)).toEqual([]);
      await copy.close();
      await page.close();
    });
  }
});

/**
 * Opens `path` on the test server in `page`, waits for its claims, and presses "Not a claim" on
 * the first one's card with a real click. @returns the claims before, and those left after.
 */
async function dismissFirstClaim(
  page: Page,
  path: string,
): Promise<{ expected: string[]; remaining: string[] }> {
  await page.goto(`${server.origin}${path}`);
  const expected = await expectedClaimsOf(page);
  await settledClaims(page, expected.length);
  const { x, y } = await firstClaimPoint(page);
  await page.mouse.move(x, y);
  await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Not a claim');
  await clickCardButton(page, 'Not a claim');
  await expect.poll(() => claimTexts(page)).toHaveLength(expected.length - 1);
  return { expected, remaining: await claimTexts(page) };
}

describe('"Not a claim" on a highlight\'s card', () => {
  it('hides the highlight, remembers it, and it stays gone after a reload (and from the count)', async () => {
    await clearCorrections();
    const page = await browser.context.newPage();
    const { expected, remaining } = await dismissFirstClaim(page, '/clinic-marketing.html#top');
    const dismissed = expected.filter((c) => !remaining.includes(c));
    expect(dismissed).toHaveLength(1);
    await expect
      .poll(storedCorrections)
      .toMatchObject([
        { url: `${server.origin}/clinic-marketing.html`, text: dismissed[0], label: 'none' },
      ]);
    await expect.poll(() => reportedTotal(page)).toBe(expected.length - 1);

    await page.reload();
    expect(await settledClaims(page, expected.length - 1)).toEqual(remaining);
    await page.waitForTimeout(500);
    expect(await claimTexts(page)).toEqual(remaining);
    expect(await reportedTotal(page)).toBe(expected.length - 1);
    await page.close();
  });

  it('survives a browser restart', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'claim-context-restart-'));
    try {
      let own = await launchWithExtension({ userDataDir: profile });
      let page = await own.context.newPage();
      const { remaining } = await dismissFirstClaim(page, '/clinic-marketing.html');
      await own.close({ keepProfile: true });

      own = await launchWithExtension({ userDataDir: profile });
      page = await own.context.newPage();
      await page.goto(`${server.origin}/clinic-marketing.html`);
      expect(await settledClaims(page, remaining.length)).toEqual(remaining);
      await own.close({ keepProfile: true });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('a page cannot create a correction: script clicks on the card do nothing', async () => {
    await clearCorrections();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/clinic-marketing.html`);
    await settledClaims(page, 6);
    const { x, y } = await firstClaimPoint(page);
    await page.mouse.move(x, y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Not a claim');
    // Everything a page script can do at the card: its host is all it can see.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('html > div')) {
        (el as HTMLElement).click();
        for (const type of ['click', 'mousedown', 'mouseup', 'keydown'])
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      }
      const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement | null;
      hit?.click();
    });
    await page.waitForTimeout(500);
    expect(await storedCorrections()).toEqual([]);
    expect(await claimTexts(page)).toHaveLength(6);
    await page.close();
  });
});

describe('the options page lists and exports corrections', () => {
  const CORRECTION = {
    id: 'e2e-1',
    url: 'https://clinic.example/back-pain',
    text: 'Our stem cell shots cost $4,950.',
    label: 'claim',
    category: 'cost',
    stance: 'promotional',
    at: '2026-12-05T23:00:00.000Z',
  };

  /** Opens the options page with one correction stored, once it is listed. */
  async function openWithCorrection(): Promise<Page> {
    await browser.serviceWorker.evaluate(
      (c) => chrome.storage.local.set({ corrections: [c] }),
      CORRECTION,
    );
    const page = await openOptions(browser);
    await page.getByText('“Our stem cell shots cost $4,950.”').waitFor({ timeout: 10_000 });
    return page;
  }

  it('exports a correction as JSONL in the corpus labels format plus the page URL', async () => {
    const page = await openWithCorrection();
    expect(await page.locator('.correction-list li').textContent()).toContain('Claim: Cost');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSONL' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('claim-context-corrections.jsonl');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toBe(
      `${JSON.stringify({ url: CORRECTION.url, text: CORRECTION.text, label: 'claim', category: 'cost', stance: 'promotional' })}\n`,
    );
    await page.close();
  });

  it('names stored entries it cannot read, and a delete keeps them', async () => {
    await browser.serviceWorker.evaluate(
      (c) => chrome.storage.local.set({ corrections: [42, c] }),
      CORRECTION,
    );
    const page = await openOptions(browser);
    await page.getByText('“Our stem cell shots cost $4,950.”').waitFor({ timeout: 10_000 });
    expect(await page.getByRole('alert').textContent()).toContain('entry 1: not an object');
    await page.getByRole('button', { name: /^Delete the correction/ }).click();
    await expect.poll(storedCorrections).toEqual([42]);
    await page.close();
  });

  it('deletes a correction and undoes the delete', async () => {
    const page = await openWithCorrection();
    await page
      .getByRole('button', { name: 'Delete the correction of “Our stem cell shots cost $4,950.”' })
      .click();
    await expect.poll(storedCorrections).toEqual([]);
    await expect.poll(() => page.getByText('You have made no corrections.').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(storedCorrections).toEqual([CORRECTION]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations with corrections listed (${scheme})`, async () => {
      const page = await openWithCorrection();
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: /^Delete the correction/ }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
      await clearCorrections();
    });
  }

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
