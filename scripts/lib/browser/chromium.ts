import { claimTextsOf, readHighlights, settle } from './highlight-reading';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './browser-path.mjs';

/** Flags that keep Chromium off this machine's closed network (toolchain notes, probe). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** A Chromium with the built extension loaded, and what the tests need from it. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Console errors and uncaught exceptions from pages, extension pages and the service worker. */
  errors: string[];
  /** Closes the browser; removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** The unpacked Chrome build the tests load. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');

/**
 * Launches Debian's Chromium (new headless mode) with the unpacked extension in a fresh (or the
 * given) profile. Fails with a clear message when the build or the browser is missing.
 */
export async function launchWithExtension(
  options: { userDataDir?: string; extensionPath?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'claim-context-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
  const errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`[page ${page.url()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`[page ${page.url()}] ${e.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  serviceWorker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`[service worker] ${m.text()}`);
  });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    errors,
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile && !options.userDataDir)
        await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of a page. Without the "tabs" permission the extension cannot read tab
 * URLs, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const ids = await browser.serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({ active: true })).map((t) => t.id ?? -1),
  );
  if (ids.length !== 1 || (ids[0] ?? -1) < 0)
    throw new Error(`cannot tell the tab of ${page.url()}`);
  return ids[0] as number;
}

/** Opens the popup view for a page's tab, as a tab (`popup.html?tabId=N`). */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Opens the options page. */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

/** The ranges registered in `CSS.highlights` under our prefix: name → texts, read in the page. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}

/** All highlighted claim texts (every category), sorted, with whitespace collapsed. */
export async function claimTexts(page: Page): Promise<string[]> {
  return claimTextsOf(await highlightTexts(page));
}

/** Waits until the page's claims stop changing and at least `min` are there. */
export function settledClaims(page: Page, min = 0, timeout = 10_000): Promise<string[]> {
  return settle(() => claimTexts(page), min, timeout);
}

/** Centre of the first range in the first claim highlight, in viewport coordinates. */
export async function firstClaimPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('claim-context-') || name.endsWith('focus') || name.endsWith('flash'))
        continue;
      const range = [...h][0];
      if (!range) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
    }
    throw new Error('no claim highlight');
  });
}
