import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The fixture pages (tests/fixtures) that list their expected claims, sorted: a new fixture with
 * an `expected-claims` list is checked by every test that reads this, in Chromium and Firefox.
 */
export function fixturesWithExpectedClaims(): string[] {
  return readdirSync('tests/fixtures')
    .filter((f) => f.endsWith('.html'))
    .filter((f) => readFileSync(`tests/fixtures/${f}`, 'utf8').includes('id="expected-claims"'))
    .sort();
}

/** The page's own list of expected claims (`<script id="expected-claims">`), whitespace collapsed. */
export async function expectedClaimsOf(page: Page, id = 'expected-claims'): Promise<string[]> {
  const list = await page.evaluate(
    (elId) => JSON.parse(document.getElementById(elId)?.textContent ?? '[]') as string[],
    id,
  );
  return list.map((s) => s.replace(/\s+/g, ' ').trim()).sort();
}

/** The document serialised, as a page's own code would see it. */
export function serialise(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

/**
 * Text of the hover card, or null when no card is shown. The card lives in a closed shadow root
 * that no script in the page can open, so it is read through DevTools (DOM.getDocument with
 * `pierce`), as the browser itself sees it: the text of every closed shadow root hanging on an
 * element directly under <html> (where the card host goes), style text left out.
 */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const html = root.children?.find((n) => n.nodeType === 1);
    const texts: string[] = [];
    const collect = (n: CdpNode): void => {
      if (n.nodeType === 3) texts.push(n.nodeValue);
      if (n.nodeName === 'STYLE' || n.nodeName === 'style') return;
      for (const c of n.children ?? []) collect(c);
    };
    for (const child of html?.children ?? [])
      for (const shadow of child.shadowRoots ?? [])
        if (shadow.shadowRootType === 'closed') collect(shadow);
    return texts.length > 0 ? texts.join('') : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The markup of the hover card's closed shadow root (its stylesheet and the card), read through
 * DevTools as `cardText` reads its text; null when no card is shown. For checks that need the
 * card's elements, such as axe in a page of its own (a page script cannot reach the card).
 */
export async function cardMarkup(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const html = root.children?.find((n) => n.nodeType === 1);
    const parts: string[] = [];
    for (const child of html?.children ?? [])
      for (const shadow of child.shadowRoots ?? [])
        if (shadow.shadowRootType === 'closed')
          for (const node of shadow.children ?? []) {
            const { outerHTML } = (await cdp.send('DOM.getOuterHTML', {
              nodeId: node.nodeId,
            })) as { outerHTML: string };
            parts.push(outerHTML);
          }
    return parts.length > 0 ? parts.join('') : null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The centre of the hover card's button named `name` (its text or aria-label), scrolled into the
 * card's view, in viewport coordinates, read through DevTools as `cardText` reads the card: a page script cannot find it,
 * but a real pointer (`page.mouse.click`) can press it, as the reader does. Null when the card
 * or the button is not shown.
 */
export async function cardButtonPoint(
  page: Page,
  name: string,
): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode & { attributes?: string[] };
    };
    const textOf = (n: CdpNode): string =>
      n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join('');
    let found: CdpNode | undefined;
    const visit = (n: CdpNode & { attributes?: string[] }, inClosed: boolean): void => {
      if (found) return;
      if (inClosed && n.nodeName === 'BUTTON') {
        const attrs = n.attributes ?? [];
        const label = attrs[attrs.indexOf('aria-label') + 1];
        if (textOf(n).trim() === name || (attrs.includes('aria-label') && label === name))
          found = n;
      }
      for (const c of n.children ?? []) visit(c, inClosed);
      for (const s of n.shadowRoots ?? []) visit(s, inClosed || s.shadowRootType === 'closed');
    };
    visit(root, false);
    if (!found) return null;
    // A card with facet answers scrolls inside its own box: bring the button into its view.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: found.nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: found.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
