import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STEM_CELL_BACK_PAIN_EN } from '../../topic/detect/en';

/** What the probe records in every page (`window.__bench`). */
export interface Probe {
  longTasks: [start: number, duration: number][];
  /**
   * Long animation frames (over 50 ms): start, duration, blocking duration, and the time of the
   * scripts in it that are ours (an extension URL or an injected bench script), ms.
   */
  loafs: [start: number, duration: number, blocking: number, ours: number][];
  /** performance.now() of the first animation frame that saw a claim highlight; null if none. */
  firstHighlight: number | null;
  /** True once the poll has stopped (so it no longer costs anything). */
  pollDone: boolean;
  loadEventStart: number;
}

/** How long after the load event the probe keeps polling for the first highlight. */
export const POLL_AFTER_LOAD_MS = 1500;

/**
 * Init script for every bench page (top frame only): records long tasks and, without a
 * MutationObserver, polls `CSS.highlights` once per animation frame for the first claim
 * highlight. The poll runs until POLL_AFTER_LOAD_MS after the load event in every mode, found or
 * not, so its cost is the same with and without the extension and cancels out of "added".
 */
export const PROBE_SCRIPT = `(() => {
  if (window.top !== window) return;
  const b = (window.__bench = { longTasks: [], loafs: [], firstHighlight: null, pollDone: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        let ours = 0;
        for (const s of e.scripts || []) {
          const url = s.sourceURL || '';
          if (url.startsWith('chrome-extension://') || url.includes('claim-context-bench-')) ours += s.duration;
        }
        b.loafs.push([e.startTime, e.duration, e.blockingDuration, ours]);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  const poll = () => {
    if (b.firstHighlight === null) {
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('claim-context-') && h.size > 0) b.firstHighlight = performance.now();
      }
    }
    const nav = performance.getEntriesByType('navigation')[0];
    const load = nav && nav.loadEventStart > 0 ? nav.loadEventStart : Infinity;
    if (performance.now() < load + ${POLL_AFTER_LOAD_MS}) requestAnimationFrame(poll);
    else b.pollDone = true;
  };
  requestAnimationFrame(poll);
})();`;

/**
 * The floor: one bare TreeWalker pass reading every text node of the document, the least any
 * text-reading content script can do. Run after load, like the extension's switch-on pass.
 */
export const FLOOR_SCRIPT = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += n.data.length;
    nodes++;
  }
  window.__floor = { chars, nodes, ms: performance.now() - t0 };
})();`;

/**
 * The treatment phrases the peer highlights: the detector pack's case-insensitive English
 * treatment terms (the case-sensitive acronyms are left out; none occurs in generated text).
 */
export function treatmentPattern(): string {
  return STEM_CELL_BACK_PAIN_EN.treatment
    .filter((t): t is string => typeof t === 'string')
    .join('|');
}

/**
 * The peer: mark.js 8.11.1 (from node_modules) wrapping every treatment phrase in a <mark>,
 * the usual way of highlighting. Its library source is part of the injected script, as an
 * extension bundling it would ship it.
 */
export function peerScript(): string {
  const require = createRequire(import.meta.url);
  const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  return `(() => {
  const t0 = performance.now();
  ${markJs}
  let marks = 0;
  new Mark(document.body).markRegExp(new RegExp(${JSON.stringify(treatmentPattern())}, 'gi'), {
    each: () => { marks++; },
  });
  window.__peer = { marks, ms: performance.now() - t0 };
})();`;
}
