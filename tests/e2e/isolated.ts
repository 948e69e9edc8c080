import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Reading a page from a fresh isolated world through DevTools (Chromium): the page's own world
 * can tamper with every built-in, and this reading is not fooled by it. Used by the hostile-page
 * and page-attack tests.
 */

/** Evaluates an expression in a new isolated world of the page's top frame (pristine built-ins). */
export async function isolatedEval<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'claim-context-e2e-reader',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const CLAIMS_EXPRESSION = `(() => {
  const out = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('claim-context-') || name.endsWith('-focus') || name.endsWith('-flash')) continue;
    for (const r of h) out.push(r.toString().replace(/\\s+/g, ' ').trim());
  }
  return out.sort();
})()`;

/** Claim texts highlighted in the page, read from an isolated world. */
export function claims(page: Page): Promise<string[]> {
  return isolatedEval<string[]>(page, CLAIMS_EXPRESSION);
}

/** Waits until the highlighted claims equal `expected` and stay so for 500 ms. */
export async function expectClaims(
  page: Page,
  expected: string[],
  timeout = 20_000,
): Promise<void> {
  const want = [...expected].sort();
  let stableSince = 0;
  await expect
    .poll(
      async () => {
        const now = await claims(page);
        const same = JSON.stringify(now) === JSON.stringify(want);
        if (!same) stableSince = 0;
        else if (!stableSince) stableSince = Date.now();
        return same && Date.now() - stableSince >= 500 ? now : null;
      },
      { timeout, interval: 100 },
    )
    .toEqual(want);
}
