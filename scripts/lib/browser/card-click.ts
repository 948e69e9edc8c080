import type { Page } from 'playwright-core';

/**
 * The reader's own click on a button of the in-page card, which lives in a closed shadow root no
 * script can reach: the button is found through DevTools (DOM.getDocument with `pierce`), scrolled
 * into the card's view, and clicked with the real mouse (a trusted event). For the e2e tests and
 * `npm run screenshots`.
 */

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** Clicks the card's button whose text or accessible name is `name`; throws when there is none. */
export async function clickCardButton(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const textOf = (n: CdpNode): string =>
      n.nodeType === 3 ? n.nodeValue : (n.children ?? []).map(textOf).join('');
    let found: CdpNode | undefined;
    const visit = (n: CdpNode) => {
      if (found) return;
      const label = n.attributes?.[n.attributes.indexOf('aria-label') + 1];
      if (
        n.nodeName === 'BUTTON' &&
        (textOf(n).trim() === name || (n.attributes?.includes('aria-label') && label === name))
      )
        found = n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) visit(c);
    };
    visit(root);
    if (!found) throw new Error(`no card button "${name}"`);
    // A card with facet answers scrolls: bring the button into its view first.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: found.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: found.backendNodeId,
    })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
