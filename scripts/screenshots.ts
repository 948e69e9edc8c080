// `npm run screenshots`: pictures for the README from the real build: the demo page with its
// highlights and a hover card, and the popup for that tab (light and dark).
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import {
  firstClaimPoint,
  launchWithExtension,
  openPopupFor,
  settledClaims,
} from './lib/browser/chromium';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run screenshots
Builds the extension and rewrites docs/screenshots/page.png, popup.png and their -dark versions
from the demo page in Debian's Chromium (or CHROME_PATH).`);
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
    await page.setViewportSize({ width: 900, height: 760 });
    await page.goto(url);
    const claims = await settledClaims(page, 5);
    if (claims.length === 0) throw new Error('the demo page got no highlights');
    const point = await firstClaimPoint(page);
    await page.mouse.move(point.x, point.y);
    // The card lives in a closed shadow root on a plain div shown as a popover
    // (components/card/card-host.tsx), so wait for an open popover rather than a tag name.
    await page.waitForFunction(
      () => [...document.querySelectorAll('div[popover]')].some((d) => d.matches(':popover-open')),
      undefined,
      { timeout: 5000 },
    );
    await page.waitForTimeout(200);
    const suffix = scheme === 'light' ? '' : '-dark';
    await page.screenshot({ path: `docs/screenshots/page${suffix}.png` });
    const popup = await openPopupFor(browser, page);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.waitForSelector('h1');
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: `docs/screenshots/popup${suffix}.png` });
    console.log(
      `docs/screenshots/page${suffix}.png, docs/screenshots/popup${suffix}.png (${claims.length} claims)`,
    );
  } finally {
    await browser.close();
  }
}
server.close();
