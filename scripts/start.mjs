// `npm start`: builds the extension, then opens Debian's Chromium with it on the bundled demo
// page (served on 127.0.0.1). On a machine with no display it says so and explains how to load
// the unpacked build instead.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm start
Builds the extension (npm run build), then opens Debian's Chromium (or CHROME_PATH) with it on the
demo page, served on 127.0.0.1; close the browser to stop. With no display it only builds and says
how to load the unpacked build. Exit code: 0 ok, non-zero when the build failed.`);
  process.exit(0);
}

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extensionDir = resolve('.output/chrome-mv3');
const firefoxDir = resolve('.output/firefox-mv3');
const howTo = `
Load the unpacked build yourself:
  Chrome, Chromium or Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
    click "Load unpacked" and choose ${extensionDir}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose
    ${firefoxDir}/manifest.json
Then open the demo page, ${extensionDir}/demo.html, from a local web server (content scripts do not
run on file:// pages unless you allow it), e.g.: npx serve ${extensionDir}`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    `\nBuilt. This machine has no display (DISPLAY is not set), so no browser was opened.${howTo}`,
  );
  process.exit(0);
}

const { chromium } = await import('playwright-core');
const { findChromium } = await import('./lib/browser/browser-path.mjs');
const demo = await readFile(join(extensionDir, 'demo.html'));
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(demo);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/demo.html`;
const context = await chromium.launchPersistentContext(
  await mkdtemp(join(tmpdir(), 'claim-context-')),
  {
    executablePath: findChromium(),
    headless: false,
    viewport: null,
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  },
);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Chromium is open on ${url} with Claim Context loaded. Close the browser to stop.`);
await new Promise((r) => context.on('close', r));
server.close();
