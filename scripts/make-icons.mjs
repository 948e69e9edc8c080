// Renders public/icon/icon.svg to the PNG sizes the manifest uses, with Debian's Chromium.
// Run once after editing the SVG: `node scripts/make-icons.mjs` (the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { findChromium } from './lib/browser/browser-path.mjs';

const svg = await readFile(new URL('../public/icon/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
