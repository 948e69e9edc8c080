import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import {
  claimTexts,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import type { StaticServer } from '../../scripts/lib/browser/server';
import { useChromium } from './chromium-session';
import { expectedClaimsOf } from './page-helpers';
import { STEM_CELL_BACK_PAIN } from '../../topic/detect';
import { STEM_CELL_BACK_PAIN_GATE } from '../../topic/detect/gate';

/**
 * Detection runs in the background (issue 12, "Where it runs"): the content script carries only
 * the page gate, and a service worker that Chrome stopped wakes for the next page, and for new
 * text in a page it had already answered.
 */

/**
 * The extension API both take (api.js), the gate stage, which every page gets, and the engine,
 * added where the therapy is named.
 */
const API_SCRIPT = '.output/chrome-mv3/api.js';
const GATE_SCRIPT = '.output/chrome-mv3/content-scripts/gate.js';
const ENGINE_SCRIPT = '.output/chrome-mv3/content-scripts/content.js';
/** What a page may carry of the extension, gzipped (issue 12). */
const CONTENT_BUDGET = 30 * 1024;
/** The gate stage's own budget: a fraction of that, since every page and frame pays it. */
const GATE_BUDGET = 10 * 1024;

let server: StaticServer;
let browser: ExtensionBrowser;

useChromium((started) => ({ server, browser } = started));

/** The extension's running service workers, as DevTools lists them. */
async function serviceWorkers(cdp: CDPSession): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string; url: string }[];
  };
  return targetInfos.filter(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  ).length;
}

describe('detection in the background', () => {
  it('a stopped service worker wakes and answers a new page and new text in an open one', async () => {
    const open = await browser.context.newPage();
    await open.goto(`${server.origin}/news-article.html`);
    const before = await expectedClaimsOf(open);
    expect(await settledClaims(open, before.length)).toEqual(before);

    const cdp = await browser.context.newCDPSession(open);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => serviceWorkers(cdp), { timeout: 5000 }).toBe(0);

    // New text in the open page: the engine sends a batch with the context it kept.
    await open.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'No stem cell product has been approved by the FDA for treating sciatica or any other back pain.';
      document.body.append(p);
    });
    await expect
      .poll(() => claimTexts(open), { timeout: 10_000 })
      .toContain(
        'No stem cell product has been approved by the FDA for treating sciatica or any other back pain.',
      );
    expect(await serviceWorkers(cdp)).toBe(1);

    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => serviceWorkers(cdp), { timeout: 5000 }).toBe(0);
    const fresh = await browser.context.newPage();
    await fresh.goto(`${server.origin}/clinic-marketing.html`);
    const expected = await expectedClaimsOf(fresh);
    expect(await settledClaims(fresh, expected.length)).toEqual(expected);
    await cdp.detach();
    await open.close();
    await fresh.close();
  });
});

describe('the content scripts', () => {
  const gateScript = readFileSync(GATE_SCRIPT, 'utf8');
  const engineScript = readFileSync(ENGINE_SCRIPT, 'utf8');
  const apiScript = readFileSync(API_SCRIPT, 'utf8');
  const script = gateScript + engineScript;
  const gz = (text: string) => gzipSync(text).length;

  it(`keep what every page gets within ${GATE_BUDGET} bytes gzipped, and all a claim page gets within ${CONTENT_BUDGET}`, () => {
    expect(gz(apiScript) + gz(gateScript)).toBeLessThanOrEqual(GATE_BUDGET);
    expect(gz(apiScript) + gz(gateScript) + gz(engineScript)).toBeLessThanOrEqual(CONTENT_BUDGET);
  });

  it('carry one copy of webextension-polyfill, in api.js', () => {
    // A string of the library's own code, which the minifier keeps.
    const mark = 'This script should only be loaded in a browser extension.';
    expect(apiScript).toContain(mark);
    expect(gateScript).not.toContain(mark);
    expect(engineScript).not.toContain(mark);
  });

  it('give the gate stage the page gate and none of the engine', () => {
    expect(gateScript).toContain('pageHasTerms');
    // The engine's messages to the background.
    for (const mark of ['claimsChanged', 'detectClaims', 'getCardSummary'])
      expect(gateScript, mark).not.toContain(mark);
    expect(engineScript).toContain('detectClaims');
  });

  it("carries the gate's treatment terms and none of the rest of the topic pack", () => {
    // Patterns written plainly (no escapes), which a bundle keeps as they are.
    const plain = (p: unknown): p is string =>
      typeof p === 'string' && p.length >= 10 && !/[\\'"`]/.test(p);
    const gate = STEM_CELL_BACK_PAIN_GATE.languages.flatMap((l) => l.treatment).filter(plain);
    expect(gate.length).toBeGreaterThan(5);
    for (const term of gate) expect(script, term).toContain(term);
    const rest = STEM_CELL_BACK_PAIN.languages.flatMap((l) => [
      ...l.cues.map((c) => c.pattern),
      ...l.condition,
      ...l.offTopic,
      ...l.genericBiology,
      ...l.treatmentWeak,
    ]);
    // A pattern that is part of a treatment term ("bone marrow") proves nothing either way.
    const inPage = rest
      .filter(plain)
      .filter((p) => !gate.some((term) => term.includes(p)) && script.includes(p));
    expect(rest.filter(plain).length).toBeGreaterThan(100);
    expect(inPage).toEqual([]);
  });
});
