import {
  CLAIM_SENTENCES,
  expectedClaims,
  generatePage,
  pageParagraphs,
  type PageSpec,
} from '../lib/generate-pages';
import type { Routes } from '../lib/browser/server';

/** One page the bench loads: its route, how many claims the top frame should get, and its shape. */
export interface BenchPage {
  id: string;
  label: string;
  path: string;
  /** Claims the extension should highlight in the top document (shadow roots included). */
  expectedClaims: number;
  /** The page keeps changing for this long after load (ms); settling waits at least this. */
  busyForMs: number;
  /** Whether the page counts as a "claim page" for the ⅓-of-mark.js target. */
  hasClaims: boolean;
  /**
   * Loads with and without the extension per run. Small pages take several: a 30 KB page's own
   * load varies by ±10 ms between loads, as much as the extension adds, and a load is cheap.
   */
  loadsPerRun: number;
  html: string;
}

/** Loads per run of the pages whose own load costs the renderer under about 150 ms. */
const SMALL_PAGE_LOADS = 3;

const ARTICLE: PageSpec = {
  textBytes: 30_000,
  claims: 10,
  seed: 11,
  title: 'Stem cell therapy for back pain: what patients ask',
};
/** Same shape as the 1 MB page in tests/e2e/highlights.e2e.test.ts. */
const LONG: PageSpec = { textBytes: 1_000_000, claims: 200, structured: true, seed: 7 };
/** The common case at its common size: an article about something else. */
const ARTICLE_NONE: PageSpec = { textBytes: 30_000, claims: 0, seed: 17 };
const HUGE_NONE: PageSpec = { textBytes: 5_000_000, claims: 0, structured: true, seed: 3 };
const HUGE_CLAIMS: PageSpec = { textBytes: 5_000_000, claims: 500, structured: true, seed: 5 };
const APPEND_BASE: PageSpec = { textBytes: 20_000, claims: 0, seed: 13 };

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A claim-free page whose own script appends 200 claim paragraphs, one every 10 ms (2 s). */
function appendingPage(): string {
  const base = generatePage(APPEND_BASE);
  const script = `<script>
(() => {
  const claims = ${JSON.stringify(CLAIM_SENTENCES)};
  const main = document.querySelector('main');
  let i = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.textContent = 'Update ' + i + ': the clinic wrote again. ' + claims[i % claims.length];
    main.appendChild(p);
    if (++i === 200) clearInterval(timer);
  }, 10);
})();
</script>`;
  return base.replace('</body>', `${script}</body>`);
}

/** Light-DOM text with two claims, an open shadow root with two claims, and an iframe with two. */
function shadowAndIframePage(): string {
  const paragraphs = pageParagraphs({ textBytes: 8_000, claims: 0, seed: 17 }).map(
    (p) => `<p>${escape(p)}</p>`,
  );
  paragraphs.splice(3, 0, `<p>${CLAIM_SENTENCES[0]}</p>`);
  paragraphs.splice(9, 0, `<p>${CLAIM_SENTENCES[3]}</p>`);
  const shadow = `<div id="host"></div><script>
(() => {
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<section><p>${CLAIM_SENTENCES[1]}</p><p>Filler text in the shadow tree.</p><p>${CLAIM_SENTENCES[2]}</p></section>';
})();
</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stem cells and the spine</title></head><body><main>${paragraphs.join('\n')}${shadow}<iframe src="/bench/frame.html" width="600" height="300"></iframe></main></body></html>`;
}

function framePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head><body><p>${CLAIM_SENTENCES[4]}</p><p>Some text in the frame.</p><p>${CLAIM_SENTENCES[5]}</p></body></html>`;
}

/** The pages' ids, for a diagnostic's usage line: "article, article-none, …". */
export function benchPageIds(pages: readonly BenchPage[] = benchPages()): string {
  return pages.map((p) => p.id).join(', ');
}

/** The bench's pages, in table order. */
export function benchPages(): BenchPage[] {
  const page = (
    id: string,
    label: string,
    html: string,
    expected: number,
    busyForMs = 0,
    loadsPerRun = 1,
  ): BenchPage => ({
    id,
    label,
    path: `/bench/${id}.html`,
    expectedClaims: expected,
    busyForMs,
    hasClaims: expected > 0,
    loadsPerRun,
    html,
  });
  return [
    page(
      'article',
      'article 30 KB',
      generatePage(ARTICLE),
      expectedClaims(ARTICLE).length,
      0,
      SMALL_PAGE_LOADS,
    ),
    page(
      'article-none',
      'article 30 KB, no claims',
      generatePage(ARTICLE_NONE),
      0,
      0,
      SMALL_PAGE_LOADS,
    ),
    page('long', 'long 1 MB', generatePage(LONG), expectedClaims(LONG).length),
    page('huge-none', '5 MB, no claims', generatePage(HUGE_NONE), 0),
    page(
      'huge-claims',
      '5 MB, claims',
      generatePage(HUGE_CLAIMS),
      expectedClaims(HUGE_CLAIMS).length,
    ),
    page('append', 'appends 200 over 2 s', appendingPage(), 200, 2_200),
    page('shadow-iframe', 'shadow DOM + iframe', shadowAndIframePage(), 4, 0, SMALL_PAGE_LOADS),
  ];
}

/** Server routes for the pages (and the iframe's document). */
export function benchRoutes(pages: BenchPage[]): Routes {
  const routes: Routes = { '/bench/frame.html': () => ({ body: framePage() }) };
  for (const p of pages) routes[p.path] = () => ({ body: p.html });
  return routes;
}
