/**
 * What the extension leaves in a page, read from the page's own world, the same way in Chromium
 * (playwright) and Firefox (puppeteer): issue 14, "on a page with no treatment term it touches
 * neither styles, layout nor the DOM". Shared by highlights.e2e.test.ts and firefox.e2e.test.ts.
 */

import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A playwright or a puppeteer page: both evaluate a function with one argument alike. */
type Evaluating = PlaywrightPage | PuppeteerPage;
const inPage = (page: Evaluating) => page as PlaywrightPage;

/**
 * Init script (run before the page's own scripts): counts every DOM mutation from the end of
 * parsing (DOMContentLoaded, before a `document_idle` content script starts) into
 * `window.__mutations`.
 */
export const MUTATION_COUNTER = `(() => {
  window.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => { window.__mutations += records.length; }).observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  });
})();`;

/** What a page can see of us; all zero on a page we leave alone. */
export interface Footprint {
  /** DOM mutations since parsing ended (needs MUTATION_COUNTER). */
  mutations: number;
  adoptedSheets: number;
  /** `::highlight()` rules in the document's stylesheets, adopted or not. */
  highlightRules: number;
  /** CSS.highlights entries under our prefix. */
  ourHighlights: number;
  /**
   * Whether a fallback mark the page itself makes gets our colours: with our rules in the page
   * (as the manifest's `css` put them in every page), any page could tell we are installed.
   */
  markStyled: boolean;
}

/** Reads the page's footprint (run last: the probe mark is a mutation of its own). */
export function footprint(page: Evaluating): Promise<Footprint> {
  return inPage(page).evaluate(() => {
    const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
    const highlightRules = sheets
      .flatMap((s) => {
        try {
          return [...s.cssRules];
        } catch {
          return [];
        }
      })
      .filter((r) => r.cssText.includes('::highlight(')).length;
    const mutations = (window as unknown as { __mutations: number }).__mutations;
    const mark = document.createElement('claim-context-mark');
    mark.dataset.category = 'efficacy';
    mark.textContent = 'probe';
    document.body.append(mark);
    const bg = getComputedStyle(mark).backgroundColor;
    mark.remove();
    return {
      mutations,
      adoptedSheets: document.adoptedStyleSheets.length,
      highlightRules,
      ourHighlights: [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((n) =>
        n.startsWith('claim-context-'),
      ).length,
      markStyled: bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent',
    };
  }, null);
}

/**
 * Counts the coloured (saturated) pixels of a PNG screenshot, decoded in the page: black text on
 * white has none, a painted claim highlight (tint and coloured underline) has many.
 */
export function colouredPixels(page: Evaluating, pngBase64: string): Promise<number> {
  return inPage(page).evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d') as CanvasRenderingContext2D;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i] as number;
      const gr = d[i + 1] as number;
      const b = d[i + 2] as number;
      if (Math.max(r, gr, b) - Math.min(r, gr, b) > 40) n++;
    }
    return n;
  }, pngBase64);
}

/**
 * The viewport rectangle of the first claim highlight's first range (scrolled into view), or
 * null; with `containing`, of the first claim whose text contains it.
 */
export function firstClaimRect(
  page: Evaluating,
  containing = '',
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return inPage(page).evaluate((part) => {
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('claim-context-')) continue;
      for (const r of h) {
        if (!r.toString().includes(part)) continue;
        const first = r.getClientRects()[0];
        if (!first || first.width === 0) continue;
        window.scrollBy(0, first.y - 40);
        const rect = r.getClientRects()[0] as DOMRect;
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
    }
    return null;
  }, containing);
}

/**
 * The coloured pixels of the first claim (with `containing`, of the first whose text holds it),
 * scrolled into view and shot by `shoot` (playwright and puppeteer take screenshots differently:
 * each test passes its own, giving base64 PNG). Fails the test when no such claim is painted.
 */
export async function claimColourPixels(
  page: Evaluating,
  shoot: (clip: { x: number; y: number; width: number; height: number }) => Promise<string>,
  containing = '',
): Promise<number> {
  const rect = await firstClaimRect(page, containing);
  if (!rect) throw new Error(`no painted claim${containing ? ` containing "${containing}"` : ''}`);
  return colouredPixels(page, await shoot(rect));
}
