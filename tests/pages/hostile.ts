/**
 * Hostile pages for tests/e2e/hostile.e2e.test.ts (issue 6): pages built to break a content
 * script by size, depth, churn or tampering. Deterministic; large content is built by the page's
 * own script where that is cheaper than serving it. Each page that should have claims holds known
 * sentences from CLAIM_SENTENCES, so the tests can assert the final highlights exactly.
 */
import { CLAIM_SENTENCES, pageParagraphs } from '../../scripts/lib/generate-pages';

/** A claim sentence by index (throws on a bad index, so a typo fails loudly). */
export function claim(i: number): string {
  const s = CLAIM_SENTENCES[i];
  if (!s) throw new Error(`no claim sentence ${i}`);
  return s;
}

/** Claim-free filler text of about `bytes` characters, one paragraph per entry. */
function filler(bytes: number, seed: number): string[] {
  return pageParagraphs({ textBytes: bytes, claims: 0, seed });
}

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body>${body}</body></html>`;
}

/** 100 000 nodes: 50 000 spans with a text node each, then one claim paragraph. */
export function manyNodesPage(): string {
  const words = filler(400_000, 21).join(' ').split(' ');
  const spans: string[] = [];
  for (let i = 0; i < 50_000; i++) spans.push(`<span>${words[i % words.length]} </span>`);
  return page(`<div>${spans.join('')}</div><p>${claim(0)}</p>`);
}

/** One text node of 10 MB of filler that ends with a claim sentence (built by the page). */
export function hugeTextNodePage(): string {
  const chunk = filler(10_000, 22).join(' ');
  return page(
    `<p id="huge"></p><script>
      const chunk = ${JSON.stringify(chunk + ' ')};
      document.getElementById('huge').textContent = chunk.repeat(Math.ceil(10_000_000 / chunk.length)) + ${JSON.stringify(claim(1))};
    </script>`,
  );
}

/**
 * A claim at the bottom of 5 000 nested elements (the HTML parser caps depth, so a script builds
 * it). Inline elements: Chromium 156's own renderer crashes on ~1 000 nested blocks, with or
 * without the extension (checked 2026-11-24), so nested divs would test the browser, not us.
 */
export function deepNestingPage(): string {
  return page(
    `<div id="top"></div><script>
      let el = document.getElementById('top');
      for (let i = 0; i < 5000; i++) {
        const child = document.createElement(i % 2 ? 'span' : 'b');
        el.appendChild(child);
        el = child;
      }
      el.appendChild(document.createTextNode(${JSON.stringify(claim(2))}));
    </script>`,
  );
}

/**
 * 10 000 mutations a second for 5 s (100 every 10 ms: text changes, appends and removals next
 * to a claim), then one more claim paragraph. `window.__churnDone` is set when it stops.
 */
export function mutationStormPage(): string {
  const text = filler(4_000, 23);
  return page(
    `<main><p>${claim(3)}</p>${text.map((t) => `<p>${t}</p>`).join('')}<div id="ticker"><span>0</span></div><ul id="list"></ul></main>
    <script>
      const ticker = document.querySelector('#ticker span');
      const list = document.getElementById('list');
      const started = performance.now();
      let n = 0;
      const timer = setInterval(() => {
        for (let i = 0; i < 50; i++) ticker.textContent = String(++n);
        for (let i = 0; i < 25; i++) {
          const li = document.createElement('li');
          li.textContent = 'row ' + n + ' ' + i;
          list.appendChild(li);
        }
        for (let i = 0; i < 25 && list.firstChild; i++) list.firstChild.remove();
        if (performance.now() - started >= 5000) {
          clearInterval(timer);
          const p = document.createElement('p');
          p.textContent = ${JSON.stringify(claim(4))};
          document.querySelector('main').appendChild(p);
          window.__churnDone = true;
        }
      }, 10);
    </script>`,
  );
}

/** Replaces `document.body` 20 times, every 100 ms, each time with a new claim; the last one stays. */
export function bodySwapPage(): string {
  return page(
    `<p>${claim(0)}</p><script>
      const claims = ${JSON.stringify(CLAIM_SENTENCES)};
      let i = 0;
      const timer = setInterval(() => {
        const body = document.createElement('body');
        const p = document.createElement('p');
        p.textContent = 'Version ' + i + '. ' + claims[i % claims.length];
        body.appendChild(p);
        document.body = body;
        if (++i === 20) { clearInterval(timer); window.__swapsDone = true; }
      }, 100);
    </script>`,
  );
}

/** The claim the body-swap page ends with (its 20th body, i = 19). */
export const BODY_SWAP_FINAL = claim(19 % CLAIM_SENTENCES.length);

/**
 * Tampers with built-ins and globals in the page's own world before the content script runs,
 * keeping the originals it needs; after 1 s it appends a second claim with the saved original.
 */
export function tamperedPage(): string {
  const tamper = `<script>
    const appendChild = Node.prototype.appendChild;
    Array.prototype.push = function () { return 0; };
    Array.prototype.indexOf = function () { return -1; };
    Array.from = function () { return []; };
    Node.prototype.appendChild = function (n) { return n; };
    Node.prototype.insertBefore = function (n) { return n; };
    Node.prototype.contains = function () { return false; };
    window.MutationObserver = function () { throw new Error('tampered MutationObserver'); };
    window.JSON = { parse() { throw new Error('tampered JSON'); }, stringify() { return 'tampered'; } };
    Promise.prototype.then = function () { return this; };
    window.Promise = function () { throw new Error('tampered Promise'); };
    CSS.highlights.set = function () { return this; };
    CSS.highlights.delete = function () { return false; };
    window.Highlight = function () { throw new Error('tampered Highlight'); };
    window.Range = function () {};
    document.createRange = function () { return null; };
    document.createTreeWalker = function () { return null; };
    String.prototype.slice = function () { return ''; };
    String.prototype.toLowerCase = function () { return 'tampered'; };
    RegExp.prototype.exec = function () { return null; };
    RegExp.prototype.test = function () { return false; };
    Object.keys = function () { return []; };
    Map.prototype.get = function () { return undefined; };
    Set.prototype.add = function () { return this; };
    window.setTimeout = function () { return 0; };
    window.requestAnimationFrame = function () { return 0; };
    window.queueMicrotask = function () {};
    window.performance.now = function () { return 0; };
    EventTarget.prototype.addEventListener = function () {};
    window.addEventListener('load', function () {});
    setInterval(function () {}, 1000);
    window.__late = function () {
      const p = document.createElement('p');
      p.textContent = ${JSON.stringify(claim(5))};
      appendChild.call(document.body, p);
    };
  </script>`;
  return page(`<main><p>${claim(0)}</p><p>${filler(2_000, 24).join(' ')}</p></main>`, tamper);
}

/** A plain article with two claims, served with a strict Content-Security-Policy header. */
export function strictCspPage(): string {
  return page(
    `<main><p>${claim(1)}</p><p>${filler(3_000, 25).join('</p><p>')}</p><p>${claim(4)}</p></main>`,
  );
}

/** The headers of the strict-CSP page: nothing may load or run, not even inline code. */
export const STRICT_CSP = { 'content-security-policy': "default-src 'none'" };

/** Two million treatment terms and no back, spine or claim word (about 20 MB, built by the page). */
export function treatmentTermsPage(): string {
  return page(
    `<main id="m"></main><script>
      const para = 'stem cell '.repeat(2000);
      const main = document.getElementById('m');
      for (let i = 0; i < 1000; i++) {
        const p = document.createElement('p');
        p.textContent = para;
        main.appendChild(p);
      }
    </script>`,
  );
}
