import { claimTextsOf, readHighlights, settle } from '../../scripts/lib/browser/highlight-reading';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { findFirefox } from '../../scripts/lib/browser/browser-path.mjs';
import type { Routes } from '../../scripts/lib/browser/server';

/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * with the built add-on installed as a temporary add-on (toolchain notes 3.5, P6, P7, P12).
 *
 * Firefox refuses to let BiDi navigate a tab to `moz-extension://` and blocks `window.open`, so
 * extension pages are reached the way P7 describes: a page on 127.0.0.1 sets `location.href` to
 * the page, which the e2e build alone lists in `web_accessible_resources`, under a UUID fixed
 * through the `extensions.webextensions.uuids` pref. Puppeteer does not follow that navigation
 * across processes (`page.url()` stays stale), so the helpers poll with `evaluate`.
 */

/** The e2e build: the Firefox store build plus the test-only web_accessible_resources (P7). */
export const FIREFOX_E2E_BUILD = resolve('.output/firefox-mv3-e2e');

/** The page extension pages are opened from; serve it with `startServer(root, LAUNCHER_ROUTES)`. */
export const LAUNCHER_PATH = '/claim-context-launcher';

/** Server routes the harness needs (the launcher page). */
export const LAUNCHER_ROUTES: Routes = {
  [LAUNCHER_PATH]: () => ({ body: '<!doctype html><title>launcher</title><p>launcher</p>' }),
};

/** A Firefox with the add-on installed, and what the tests need from it. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports after installing (the manifest's gecko id). */
  addonId: string;
  /** The fixed moz-extension UUID: extension pages live at `moz-extension://<uuid>/`. */
  uuid: string;
  /**
   * Console errors and uncaught exceptions from web pages, extension pages, the background and
   * content scripts, read from what Firefox prints: puppeteer's page events miss extension pages
   * reached by the P7 navigation and the background page, which BiDi does not expose.
   */
  errors: string[];
  /** Closes Firefox and kills any of its processes still alive afterwards (P12). */
  close(): Promise<void>;
}

/** The parsed manifest of a build; throws naming the command that makes it when it is missing. */
export function readBuiltManifest(dir: string, command: string): Record<string, unknown> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No extension build at ${dir}: run "${command}" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function geckoIdOf(manifest: Record<string, unknown>): string {
  const settings = manifest.browser_specific_settings as { gecko?: { id?: string } } | undefined;
  const id = settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

/**
 * Keeps the lines Firefox prints for page-world errors: `console.error: …` (printed for content
 * contexts only, through `devtools.console.stdout.content`) and `JavaScript error: <url>, …` for
 * uncaught errors whose URL is one of ours. Firefox's own chrome-code noise is left out.
 */
/**
 * Lines Firefox's own components print through the same console: its experiment loader
 * ("RSLoader") fails to reach the network on this offline machine at every start. Named one by
 * one, so an error of ours can never be mistaken for one of these.
 */
const FIREFOX_INTERNAL = [/^console\.error: RSLoader: /];

function isFirefoxInternal(line: string): boolean {
  return FIREFOX_INTERNAL.some((re) => re.test(line));
}

function collectErrors(
  stream: Readable | null | undefined,
  isOurs: (url: string) => boolean,
  into: string[],
) {
  if (!stream) return;
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('console.error: ') && !isFirefoxInternal(line)) into.push(line);
      const uncaught = /^JavaScript error: (\S+), line \d+: /.exec(line);
      if (uncaught && isOurs(uncaught[1] as string)) into.push(line);
    }
  });
}

/** Pids of a process's descendants, read from /proc (Linux). */
function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Launches Debian's Firefox ESR headless with a fresh profile and installs the build as a
 * temporary add-on. Fails with a clear message when the build or the browser is missing, or when
 * the build lacks the test-only web_accessible_resources the popup tests need.
 */
export async function launchFirefox(options: {
  extensionPath?: string;
  origin: string;
}): Promise<FirefoxWithExtension> {
  const extensionPath = resolve(options.extensionPath ?? FIREFOX_E2E_BUILD);
  const manifest = readBuiltManifest(extensionPath, 'npm run build:e2e');
  if (!JSON.stringify(manifest.web_accessible_resources ?? []).includes('popup.html')) {
    throw new Error(
      `${extensionPath} does not expose popup.html to test pages: use the e2e build ("npm run build:e2e").`,
    );
  }
  const geckoId = geckoIdOf(manifest);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'devtools.console.stdout.content': true,
    },
  });
  const child = browser.process();
  const pid = child?.pid;
  const errors: string[] = [];
  const isOurs = (url: string) =>
    url.startsWith(`moz-extension://${uuid}/`) || url.startsWith(`${options.origin}/`);
  collectErrors(child?.stdout, isOurs, errors);
  collectErrors(child?.stderr, isOurs, errors);

  const close = async () => {
    const family = pid ? [pid, ...descendantsOf(pid)] : [];
    await Promise.race([browser.close().catch(() => undefined), sleep(10_000)]);
    // Content processes can outlive the parent for a few seconds (P12): wait briefly, then kill
    // those still alive, by pid.
    for (let i = 0; i < 20 && family.some(isAlive); i++) await sleep(100);
    for (const p of family.filter(isAlive)) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };

  try {
    const addonId = await browser.installExtension(extensionPath);
    return { browser, addonId, uuid, errors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Retries `evaluate` through navigations until `check` passes or `timeout` ms go by. */
async function pollIn<T>(
  page: Page,
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = (await page.evaluate(read)) as T;
      if (check(value)) return value;
      last = value;
    } catch (error) {
      last = error; // the document was being replaced
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}; last saw ${String(last)}`);
}

/**
 * Opens an extension page (e.g. `options.html`) in a new tab, by navigating from the launcher
 * page on `origin` (P7). Resolves once the page has loaded and rendered its first heading.
 */
export async function openExtensionPage(
  ff: FirefoxWithExtension,
  origin: string,
  path: string,
): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${origin}${LAUNCHER_PATH}`);
  const url = `moz-extension://${ff.uuid}/${path}`;
  await page.evaluate((u) => {
    location.href = u;
  }, url);
  await pollIn(
    page,
    () => `${location.href} ${document.readyState} ${document.querySelector('h1') !== null}`,
    (v) => v === `${url} complete true`,
    `${url} to render`,
  );
  return page;
}

/** The tab id of `page`, asked from an extension page (`tabs.query` matched on the URL). */
export async function tabIdOf(extensionPage: Page, page: Page): Promise<number> {
  const url = page.url();
  const ids = await extensionPage.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.filter((t) => t.url === u).map((t) => t.id ?? -1);
  }, url);
  if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
  return ids[0] as number;
}

/**
 * Opens an extension view (`popup.html`, `sidepanel.html`) for `page`'s tab as a tab of its own
 * (`<path>?tabId=N`, P7 and P11).
 */
export async function openViewFor(
  ff: FirefoxWithExtension,
  origin: string,
  page: Page,
  path: 'popup.html' | 'sidepanel.html',
): Promise<Page> {
  const view = await openExtensionPage(ff, origin, path);
  const search = `?tabId=${await tabIdOf(view, page)}`;
  await view.evaluate((s) => {
    location.search = s;
  }, search);
  await pollIn(
    view,
    () => `${location.search} ${document.readyState} ${document.querySelector('h1') !== null}`,
    (v) => v === `${search} complete true`,
    `${path} for tab ${search}`,
  );
  return view;
}

/** Opens the popup for `page`'s tab as a tab of its own (`popup.html?tabId=N`, P7 and P11). */
export function openPopupFor(ff: FirefoxWithExtension, origin: string, page: Page): Promise<Page> {
  return openViewFor(ff, origin, page, 'popup.html');
}

/** The stored `settings` value, read in an extension page. */
export function storedSettings(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(
    async () => ((await chrome.storage.local.get('settings')) as { settings?: unknown }).settings,
  );
}

/** State of the switch whose visible label is `label`: true/false, or null when it is absent. */
export function switchState(page: Page, label: string): Promise<boolean | null> {
  return page.evaluate((text) => {
    const found = [...document.querySelectorAll('label')].find(
      (l) => l.textContent?.trim() === text,
    );
    const control = found?.control;
    if (!(control instanceof HTMLInputElement) || control.getAttribute('role') !== 'switch')
      return null;
    return control.checked;
  }, label);
}

/** Clicks the switch labelled `label` with a real pointer click on the control. */
export async function clickSwitch(page: Page, label: string): Promise<void> {
  const handle = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('label')].find(
      (l) => l.textContent?.trim() === text,
    );
    return (found?.control ?? null) as HTMLElement | null;
  }, label);
  const element = handle.asElement() as ElementHandle<HTMLElement> | null;
  if (!element) throw new Error(`no switch labelled "${label}"`);
  await element.click();
  await handle.dispose();
}

/** The ranges registered in `CSS.highlights` under our prefix: name → texts. */
export function highlightTexts(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(readHighlights);
}

/** All highlighted claim texts (every category), sorted, whitespace collapsed. */
export async function claimTexts(target: Page | Frame): Promise<string[]> {
  return claimTextsOf(await highlightTexts(target));
}

/** Waits until the claims stop changing for 500 ms with at least `min` there; returns them. */
export function settledClaims(page: Page, min = 0, timeout = 10_000): Promise<string[]> {
  return settle(() => claimTexts(page), min, timeout);
}

/** The page's own expected claims (`<script id="expected-claims">`), sorted, whitespace collapsed. */
export async function expectedClaimsOf(page: Page, id = 'expected-claims'): Promise<string[]> {
  const list = await page.evaluate(
    (elId) => JSON.parse(document.getElementById(elId)?.textContent ?? '[]') as string[],
    id,
  );
  return list.map((s) => s.replace(/\s+/g, ' ').trim()).sort();
}
