import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openOptions,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import { readStoredSettings, writeSettings } from './settings';
import { axeViolations } from './axe';
import { CATEGORIES } from '../../topic/categories';
import { enCategory } from '../messages';
import type { Settings } from '../../utils/settings';

const DEFAULTS: Settings = {
  onByDefault: true,
  onFor: [],
  offFor: [],
  hiddenCategories: [],
  highlightStyle: 'tint',
  hoverCards: true,
};
const GLOBAL_SWITCH = 'Highlight claims on all sites';
const HOVER_SWITCH = 'Show a small card when a highlighted claim is hovered or focused';
const FILE_NAME = 'claim-context-settings.json';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settingsReset'));
  await writeSettings(browser, DEFAULTS);
});

/** Opens the options page and waits until the settings are shown. */
async function openLoaded(): Promise<Page> {
  const page = await openOptions(browser);
  await page.getByRole('switch', { name: GLOBAL_SWITCH }).waitFor({ timeout: 10_000 });
  return page;
}

/** What the controls show, read back through their roles and names. */
async function shownSettings(page: Page) {
  const categories: string[] = [];
  for (const c of CATEGORIES) {
    if (await page.getByRole('checkbox', { name: enCategory(c), exact: true }).isChecked()) {
      categories.push(c);
    }
  }
  return {
    onByDefault: await page.getByRole('switch', { name: GLOBAL_SWITCH }).isChecked(),
    categories,
    highlightStyle: (await page.getByRole('radio', { name: /^Underline only/ }).isChecked())
      ? 'underline'
      : (await page.getByRole('radio', { name: /^Tint/ }).isChecked())
        ? 'tint'
        : 'none',
    hoverCards: await page.getByRole('switch', { name: HOVER_SWITCH }).isChecked(),
  };
}

/** The import-export section's status line. */
const importStatus = (page: Page) => page.locator('.import-export [role="status"]');

/** Puts a file into the import input, as if the user had picked it. */
async function importFile(page: Page, text: string, name = FILE_NAME): Promise<void> {
  await page.getByLabel('Import settings from a JSON file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

const sites = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}.example`);

describe('the options page in Chromium', () => {
  it('saves every edit; a reload shows the saved values', async () => {
    const page = await openLoaded();
    expect(await shownSettings(page)).toEqual({
      onByDefault: true,
      categories: [...CATEGORIES],
      highlightStyle: 'tint',
      hoverCards: true,
    });

    await page.getByRole('switch', { name: GLOBAL_SWITCH }).click();
    await page.getByRole('checkbox', { name: enCategory('cost'), exact: true }).click();
    await page.getByRole('radio', { name: /^Underline only/ }).click();
    await page.getByRole('switch', { name: HOVER_SWITCH }).click();
    const expected = {
      ...DEFAULTS,
      onByDefault: false,
      hiddenCategories: ['cost'],
      highlightStyle: 'underline',
      hoverCards: false,
    };
    await expect.poll(() => readStoredSettings(browser)).toEqual(expected);
    expect(await page.locator('.save-status').textContent()).toBe('Settings saved.');

    await page.reload();
    await page.getByRole('switch', { name: GLOBAL_SWITCH }).waitFor({ timeout: 10_000 });
    expect(await shownSettings(page)).toEqual({
      onByDefault: false,
      categories: CATEGORIES.filter((c) => c !== 'cost'),
      highlightStyle: 'underline',
      hoverCards: false,
    });
    expect(await readStoredSettings(browser)).toEqual(expected);
    await page.close();
  });

  it('lists the sites with their own setting; one can be removed, all reset', async () => {
    await writeSettings(browser, { onFor: ['b.example', 'a.example'], offFor: ['c.example'] });
    const page = await openLoaded();
    page.on('dialog', (d) => void d.accept());
    const rows = page.locator('ul.sites li');
    await expect
      .poll(() => rows.allTextContents())
      .toEqual([
        expect.stringMatching(/^a\.example\s*always on/),
        expect.stringMatching(/^b\.example\s*always on/),
        expect.stringMatching(/^c\.example\s*always off/),
      ]);
    expect(await page.getByText('3 sites have their own setting.').count()).toBe(1);

    await page.getByRole('button', { name: 'Remove the setting for b.example' }).click();
    await expect
      .poll(() => readStoredSettings(browser))
      .toMatchObject({ onFor: ['a.example'], offFor: ['c.example'] });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByText('b.example').count()).toBe(0);

    await page.getByRole('button', { name: /^Reset all sites/ }).click();
    await page.getByRole('button', { name: 'Yes, remove all' }).click();
    await expect.poll(() => readStoredSettings(browser)).toMatchObject({ onFor: [], offFor: [] });
    await expect.poll(() => page.getByText('No site has its own setting.').count()).toBe(1);
    expect(await rows.count()).toBe(0);
    await page.close();
  });

  it('handles 2,000 sites: a page of rows, a filter, removal and reset', async () => {
    const onFor = sites('on', 1000);
    const offFor = sites('off', 1000);
    await writeSettings(browser, { onFor, offFor });
    const started = Date.now();
    const page = await openLoaded();
    await page.getByText('2000 sites have their own setting.').waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const rows = page.locator('ul.sites li');
    expect(await rows.count()).toBe(100);
    expect(await rows.first().textContent()).toContain('off-0000.example');
    expect(await page.getByRole('button', { name: 'Show more (1900 not shown)' }).count()).toBe(1);

    await page.getByLabel('Find a site').fill('on-0999');
    await expect.poll(() => page.getByText('1 of 2000 sites match.').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove the setting for on-0999.example' }).click();
    await expect
      .poll(async () => {
        const s = (await readStoredSettings(browser)) as Settings;
        return [s.onFor.length, s.offFor.length, s.onFor.includes('on-0999.example')];
      })
      .toEqual([999, 1000, false]);

    await page.getByLabel('Find a site').fill('');
    await page.getByRole('button', { name: /^Reset all sites/ }).click();
    await page.getByRole('button', { name: 'Yes, remove all' }).click();
    await expect.poll(() => readStoredSettings(browser)).toMatchObject({ onFor: [], offFor: [] });
    await page.close();
  });

  it('exports the settings to a file and imports them back', async () => {
    const mine: Settings = {
      onByDefault: false,
      onFor: ['news.example'],
      offFor: ['clinic.example', 'shop.example'],
      hiddenCategories: ['mechanism', 'cost', 'research', 'testimonial', 'alternative-to-surgery'],
      highlightStyle: 'underline',
      hoverCards: false,
    };
    await writeSettings(browser, mine);
    const page = await openLoaded();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(mine);
    expect(await importStatus(page).textContent()).toBe(`Settings exported as ${FILE_NAME}.`);

    // Change everything, then restore from the file.
    await writeSettings(browser, DEFAULTS);
    await expect.poll(() => shownSettings(page)).toMatchObject({ onByDefault: true });
    await importFile(page, text);
    await expect
      .poll(() => importStatus(page).textContent())
      .toBe(`Settings imported from ${FILE_NAME}.`);
    await expect.poll(() => readStoredSettings(browser)).toEqual(mine);
    expect(await shownSettings(page)).toEqual({
      onByDefault: false,
      categories: ['efficacy', 'safety', 'regulatory'],
      highlightStyle: 'underline',
      hoverCards: false,
    });
    await page.close();
  });

  const BAD_FILES: [string, string, RegExp][] = [
    ['not JSON', '{ this is not json', /not valid JSON/],
    [
      'JSON with bad fields',
      JSON.stringify({ ...DEFAULTS, onByDefault: 'yes', highlightStyle: 'glow' }),
      /not a valid Claim Context settings file.*onByDefault.*highlightStyle/,
    ],
    ['JSON that is not an object', '[1, 2, 3]', /not a valid Claim Context settings file/],
  ];
  for (const [what, text, message] of BAD_FILES) {
    it(`rejects an import file that is ${what}, with a message, changing nothing`, async () => {
      const mine: Settings = { ...DEFAULTS, offFor: ['kept.example'], hoverCards: false };
      await writeSettings(browser, mine);
      const page = await openLoaded();
      await importFile(page, text, 'bad.json');
      const status = importStatus(page);
      await expect.poll(() => status.textContent()).toMatch(message);
      expect(await status.textContent()).toContain('Nothing was changed.');
      expect(await status.isVisible()).toBe(true);
      expect(await status.getAttribute('class')).toContain('error');
      expect(await readStoredSettings(browser)).toEqual(mine);
      expect(await page.getByRole('switch', { name: HOVER_SWITCH }).isChecked()).toBe(false);
      await page.close();
    });
  }

  it('migrates settings stored by version 1 (shown categories) when the page opens', async () => {
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          onByDefault: true,
          onFor: [],
          offFor: ['clinic.example'],
          categories: ['efficacy', 'mechanism', 'safety', 'regulatory', 'research'],
          highlightStyle: 'tint',
          hoverCards: true,
        },
        settings$: { v: 1 },
      }),
    );
    const page = await openLoaded();
    expect((await shownSettings(page)).categories).toEqual([
      'efficacy',
      'mechanism',
      'safety',
      'regulatory',
      'research',
    ]);
    expect(await readStoredSettings(browser)).toEqual({
      ...DEFAULTS,
      offFor: ['clinic.example'],
      hiddenCategories: ['cost', 'testimonial', 'alternative-to-surgery'],
    });
    expect(await page.locator('.reset-notice').count()).toBe(0);
    await page.close();
  });

  it('renders defaults and says so when the stored value is corrupted', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    const page = await openLoaded();
    const notice = page.locator('.reset-notice');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getByRole('heading').textContent()).toBe('Your settings were reset');
    expect(await notice.textContent()).toContain('settings are not an object');
    expect(await shownSettings(page)).toEqual({
      onByDefault: true,
      categories: [...CATEGORIES],
      highlightStyle: 'tint',
      hoverCards: true,
    });
    expect(await readStoredSettings(browser)).toEqual(DEFAULTS);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(
          async () => (await chrome.storage.local.get('settingsReset')).settingsReset ?? null,
        ),
      )
      .toBeNull();
    await page.reload();
    await page.getByRole('switch', { name: GLOBAL_SWITCH }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.reset-notice').count()).toBe(0);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${scheme})`, async () => {
      await writeSettings(browser, { onFor: ['a.example'], offFor: ['b.example'] });
      await browser.serviceWorker.evaluate(() =>
        chrome.storage.local.set({
          settingsReset: {
            at: '2026-11-24T10:00:00.000Z',
            problems: ['hoverCards is not true or false'],
          },
        }),
      );
      const page = await openLoaded();
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        scheme === 'dark',
      );
      await page.locator('.reset-notice').waitFor();
      await page.locator('.reset-notice summary').click();
      // Every message colour on screen: a saved status and an import error.
      await page.getByRole('switch', { name: HOVER_SWITCH }).click();
      await expect.poll(() => page.locator('.save-status').textContent()).toBe('Settings saved.');
      await importFile(page, 'not json', 'bad.json');
      await expect.poll(() => importStatus(page).textContent()).toMatch(/not valid JSON/);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('logs no error in any context', () => {
    expect(browser.errors).toEqual([]);
  });
});
