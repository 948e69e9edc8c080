/**
 * Reading our highlights back from a page, shared by the Chromium (playwright-core) and Firefox
 * (puppeteer-core) harnesses: the in-page reader is passed to either driver's `evaluate`, and the
 * rest is plain data.
 */

/** In the page: the ranges registered in `CSS.highlights` under our prefix, name → texts. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (!name.startsWith('claim-context-')) continue;
    out[name] = [...highlight].map((r) => r.toString());
  }
  return out;
}

/** The claim texts of every category (not the focus or flash ranges), whitespace collapsed, sorted. */
export function claimTextsOf(byName: Record<string, string[]>): string[] {
  return Object.entries(byName)
    .filter(([name]) => !name.endsWith('-focus') && !name.endsWith('-flash'))
    .flatMap(([, texts]) => texts.map((t) => t.replace(/\s+/g, ' ').trim()))
    .sort();
}

/**
 * Reads the claims until they have not changed for 500 ms and at least `min` are there; returns
 * the last reading when `timeout` runs out first.
 */
export async function settle(
  read: () => Promise<string[]>,
  min = 0,
  timeout = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last = await read();
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await read();
    if (now.join('\n') !== last.join('\n')) {
      last = now;
      stableSince = Date.now();
    } else if (now.length >= min && Date.now() - stableSince >= 500) return now;
  }
  return last;
}
