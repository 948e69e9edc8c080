// `npm run screenshots`: pictures for the README from the real build: the demo page with its
// highlights and the hover card of a price claim (its facet answer: the page's own price on the
// chart of published prices, issue 13), the popup for that tab, the page beside the browser's
// side panel (issue 15), opened as a reader does from the popup's button, and a correction
// (issue 15): the card for checked text after "Mark as a claim", and the options page's list
// (light and dark).
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  openOptions,
  openPopupFor,
  settledClaims,
  tabIdOf,
  type ExtensionBrowser,
} from './lib/browser/chromium';
import { clickCardButton } from './lib/browser/card-click';
import { attachSidePanel } from './lib/browser/side-panel';

/** The demo page's claim whose card the README shows (a price: its facet draws a chart). */
const HOVERED = 'A single stem cell injection for a herniated disc is $4,950';

/** The demo page's sentence the correction pictures check and mark as a claim. */
const MARKED = 'Tired of living with chronic low back pain?';

/**
 * Selects the demo page's paragraph starting with `start`, checks it as the context menu would
 * (the background's handler: a headless browser shows no menu), and marks it as a claim.
 */
async function markAsClaim(browser: ExtensionBrowser, page: Page, start: string): Promise<void> {
  const text = await page.evaluate((wanted) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.startsWith(wanted));
    if (!p) throw new Error(`the demo page has no paragraph starting "${wanted}"`);
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return range.toString();
  }, start);
  const id = await tabIdOf(browser, page);
  await browser.serviceWorker.evaluate(
    ({ tab, selectionText }) =>
      (
        globalThis as unknown as { claimContextMenuClicked(info: object, tab: object): void }
      ).claimContextMenuClicked(
        { menuItemId: 'check-selection', selectionText, frameId: 0 },
        { id: tab },
      ),
    { tab: id, selectionText: text },
  );
  await page.waitForFunction(
    () => [...document.querySelectorAll('div[popover]')].some((d) => d.matches(':popover-open')),
    undefined,
    { timeout: 5000 },
  );
  await page.waitForTimeout(300);
  await clickCardButton(page, 'Mark as a claim');
  await page.waitForTimeout(600);
}

/** Scrolls the highlight of the claim starting with `start` to the top third; its first line's centre. */
function claimPoint(page: Page, start: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('claim-context-') || /focus|flash/.test(name)) continue;
      for (const range of h) {
        if (!range.toString().replace(/\s+/g, ' ').startsWith(wanted)) continue;
        const top = range.getBoundingClientRect().top;
        window.scrollBy(0, top - window.innerHeight / 4);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`the demo page has no highlighted claim starting "${wanted}"`);
  }, start);
}

/** The page's size in the pictures, and the side panel's width beside it. */
const PAGE_WIDTH = 900;
const PAGE_HEIGHT = 760;
const PANEL_WIDTH = 400;
/** How many claims the side panel lists (evaluated in the panel). */
const PANEL_CLAIMS = `document.querySelectorAll('.claim-text').length`;

/** A page showing two screenshots side by side, parted by a line as the browser parts them. */
function besideHtml(left: Buffer, right: Buffer, scheme: 'light' | 'dark'): string {
  const img = (png: Buffer) => `<img alt="" src="data:image/png;base64,${png.toString('base64')}">`;
  const line = scheme === 'dark' ? '#444' : '#ccc';
  return `<!doctype html><style>body{margin:0;display:flex;gap:1px;background:${line}}img{display:block}</style>${img(left)}${img(right)}`;
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run screenshots
Builds the extension and rewrites docs/screenshots/page.png, popup.png, sidepanel.png,
correction.png, corrections.png and their -dark versions from the demo page in Debian's Chromium
(or CHROME_PATH).`);
  process.exit(0);
}

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await readFile('.output/chrome-mv3/demo.html');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demo);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/demo.html`;
await mkdir('docs/screenshots', { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: PAGE_WIDTH, height: PAGE_HEIGHT });
    await page.goto(url);
    const claims = await settledClaims(page, 5);
    if (claims.length === 0) throw new Error('the demo page got no highlights');
    const point = await claimPoint(page, HOVERED);
    await page.mouse.move(point.x, point.y);
    // The card lives in a closed shadow root on a plain div shown as a popover
    // (components/card/card-host.tsx), so wait for an open popover rather than a tag name.
    await page.waitForFunction(
      () => [...document.querySelectorAll('div[popover]')].some((d) => d.matches(':popover-open')),
      undefined,
      { timeout: 5000 },
    );
    await page.waitForTimeout(400);
    const suffix = scheme === 'light' ? '' : '-dark';
    await page.screenshot({ path: `docs/screenshots/page${suffix}.png` });
    const popup = await openPopupFor(browser, page);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.waitForSelector('h1');
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: `docs/screenshots/popup${suffix}.png` });

    // The side panel, opened with the popup's button (a real click), beside the page it follows.
    await popup.getByRole('button', { name: 'Open in side panel' }).click();
    const panel = await attachSidePanel(browser);
    try {
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
      await panel.setColorScheme(scheme);
      await panel.setSize(PANEL_WIDTH, PAGE_HEIGHT);
      const deadline = Date.now() + 10_000;
      while ((await panel.evaluate<number>(PANEL_CLAIMS)) < claims.length) {
        if (Date.now() > deadline) throw new Error('the side panel did not list the claims');
        await page.waitForTimeout(200);
      }
      await page.waitForTimeout(300);
      const pageShot = await page.screenshot();
      const panelShot = await panel.screenshot();
      const side = await browser.context.newPage();
      await side.setViewportSize({ width: PAGE_WIDTH + 1 + PANEL_WIDTH, height: PAGE_HEIGHT });
      await side.setContent(besideHtml(pageShot, panelShot, scheme));
      await side.waitForFunction(() => [...document.images].every((i) => i.complete));
      await side.screenshot({ path: `docs/screenshots/sidepanel${suffix}.png` });
      await side.close();
    } finally {
      await panel.detach();
    }

    await popup.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await markAsClaim(browser, page, MARKED);
    await page.screenshot({ path: `docs/screenshots/correction${suffix}.png` });
    const options = await openOptions(browser);
    await options.setViewportSize({ width: 760, height: 900 });
    const section = options.locator('section[aria-labelledby="corrections-heading"]');
    await section.getByRole('button', { name: 'Export as JSONL' }).waitFor({ timeout: 10_000 });
    await section.screenshot({ path: `docs/screenshots/corrections${suffix}.png` });
    console.log(
      `docs/screenshots/page${suffix}.png, popup${suffix}.png, sidepanel${suffix}.png, correction${suffix}.png, corrections${suffix}.png (${claims.length} claims)`,
    );
  } finally {
    await browser.close();
  }
}
server.close();
