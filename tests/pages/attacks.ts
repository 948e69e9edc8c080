/**
 * Pages that attack the extension rather than break it (issue 17, after the independent probe in
 * ../shared/design/security-probe-2026-12.md): forging or driving the card, learning that the
 * extension is installed, switching it off, flooding the background, getting editable text
 * highlighted, and loads beyond what a normal page makes. Written for these tests; each holds
 * known sentences from CLAIM_SENTENCES so the tests can assert highlights exactly.
 */
import { claim } from './hostile';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Attack page</title>${head}</head><body>${body}</body></html>`;
}

/**
 * Records, from the page's own world, everything the page can hear: every window message, and
 * the start-up / location-change events of the content-script framework under the extension's
 * id (a store extension's id is public, so a page can listen for these names). Put in <head>.
 */
export function listenerScript(extensionId: string): string {
  return `<script>
    window.__heard = [];
    addEventListener('message', (e) => {
      let text;
      try { text = JSON.stringify(e.data); } catch { text = String(e.data); }
      window.__heard.push('message ' + text);
    });
    for (const suffix of ['wxt:content-script-started', 'wxt:locationchange']) {
      const name = ${JSON.stringify(extensionId)} + ':content:' + suffix;
      document.addEventListener(name, () => window.__heard.push('event ' + name), true);
      addEventListener(name, () => window.__heard.push('event ' + name), true);
    }
  </script>`;
}

/** Two claims and a non-claim paragraph, with the listener. */
export function plainClaimsPage(extensionId: string): string {
  return page(
    `<h1>Clinic</h1><p id="a">${claim(0)}</p><p id="b">${claim(4)}</p><p id="c">Call today.</p><div id="late"></div>`,
    listenerScript(extensionId),
  );
}

/** A rich-text editor shape: a contenteditable div holding paragraphs, next to a real claim. */
export function editorPage(): string {
  return page(
    `<p id="a">${claim(0)}</p>
     <div id="editor" contenteditable="true"><p id="inner">Draft: </p></div>
     <div id="later"><p id="b">${claim(4)}</p></div>`,
  );
}

/** XHTML served as application/xhtml+xml: lower-case tag names, claims in form controls. */
export function xhtmlPage(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>XHTML clinic page</title></head>
<body>
<h1>XHTML clinic page</h1>
<p id="p">${claim(0)}</p>
<div><span id="s">${claim(4)}</span></div>
<textarea>${claim(2)}</textarea>
<button type="button">${claim(3)}</button>
<select><option>${claim(1)}</option></select>
</body></html>`;
}

/**
 * Appends `perTick` claim paragraphs every 100 ms for `ticks` ticks into #feed; sets
 * `window.__stormDone` at the end.
 */
export function appendStormPage(perTick: number, ticks: number): string {
  return page(
    `<h1>Feed</h1><div id="feed"></div><script>
      const claims = ${JSON.stringify([0, 1, 2, 3, 4, 5].map(claim))};
      let tick = 0, n = 0;
      const timer = setInterval(() => {
        const feed = document.getElementById('feed');
        for (let i = 0; i < ${perTick}; i++) {
          const p = document.createElement('p');
          p.textContent = 'Post ' + (n++) + '. ' + claims[n % claims.length];
          feed.append(p);
        }
        if (++tick === ${ticks}) { clearInterval(timer); window.__stormDone = true; }
      }, 100);
    </script>`,
  );
}

/** `count` claim paragraphs, built by the page's script. */
export function manyClaimsPage(count: number): string {
  return page(
    `<div id="all"></div><script>
      const claims = ${JSON.stringify([0, 1, 2, 3, 4, 5].map(claim))};
      const parts = [];
      for (let i = 0; i < ${count}; i++) parts.push('<p>Note ' + i + '. ' + claims[i % claims.length] + '</p>');
      document.getElementById('all').innerHTML = parts.join('');
    </script>`,
  );
}
