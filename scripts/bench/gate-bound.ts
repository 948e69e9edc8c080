/**
 * What a page gate cannot cost less than: `npx tsx scripts/bench/gate-bound.ts [page] [rounds]`
 * loads one bench page (default `huge-none`, the 5 MB page without claims) in Debian's Chromium
 * without the extension and times, each in a fresh isolated world (as a content script's first
 * reading finds the page: no wrapper of any node made yet), the ways of reading its text and
 * finding its open shadow roots, the gate's own reading, the gate's test of the text, and the
 * whole page gate as the extension runs it (content/scan/gate.ts with content/detect/gate.ts,
 * bundled here from the source, never paused). Prints a table: median and range over the rounds
 * (default 4), and each median against the floor's (the bench's floor: one bare SHOW_TEXT walk).
 * The evidence behind issue 14's missed 5 MB target (README, docs/performance.md).
 */
import { chromium } from 'playwright-core';
import { build } from 'esbuild'; // comes with tsx (package-lock.json pins it)
import { fileURLToPath } from 'node:url';
import { findChromium } from '../lib/browser/browser-path.mjs';
import { QUIET_FLAGS } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPageIds, benchPages, benchRoutes } from './pages';
import { FLOOR_SCRIPT } from './inject';
import { median } from './report';
import { GATE_BATCH } from '../../content/scan/gate';

const args = process.argv.slice(2);
const [id = 'huge-none', roundsArg = '4'] = args;
const spec = benchPages().find((p) => p.id === id);
const rounds = Number(roundsArg);
if (args.includes('--help') || !spec || !Number.isInteger(rounds) || rounds < 1) {
  console.error(
    `usage: npx tsx scripts/bench/gate-bound.ts [page] [rounds]\n  page: one of ${benchPageIds()}`,
  );
  process.exit(args.includes('--help') ? 0 : 2);
}

/** The page gate and the gate's key test from the source, for a page's isolated world. */
async function gateBundle(): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const result = await build({
    stdin: {
      contents: `
        import { anyTreatmentTerms } from './content/scan/gate';
        import { createGate } from './content/detect/gate';
        import { KeyFilter } from './content/detect/compile';
        import { STEM_CELL_BACK_PAIN_GATE } from './topic/detect/gate';
        import { startSlice } from './content/scan/schedule';
        const languages = STEM_CELL_BACK_PAIN_GATE.languages;
        const never = { due: () => false, pause: async () => {}, maybePause: async () => {}, wait: (p) => p };
        // The extension's own slices, with the time between a resumption and the next pause
        // summed: the gate's work, without the page's frames and tasks it lets run in between.
        const sliced = async (root) => {
          const inner = startSlice(new AbortController().signal);
          let busy = 0;
          let t = performance.now();
          const slice = {
            due: () => inner.due(),
            pause: async () => { busy += performance.now() - t; await inner.pause(); t = performance.now(); },
            maybePause: async () => { if (inner.due()) await slice.pause(); },
            wait: (p) => p,
          };
          await anyTreatmentTerms(root, createGate(languages), slice);
          return busy + performance.now() - t;
        };
        globalThis.__gateBound = {
          gate: (root) => anyTreatmentTerms(root, createGate(languages), never),
          sliced,
          keys: new KeyFilter(languages.flatMap((l) => l.treatmentKeys)),
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Each reading: statements run in a fresh world and timed there. `bundle`: the gate's bundle goes
 * in first, untimed; `setup`: statements run before, untimed; `selfTimed`: the statements time
 * their own work and return it (ms).
 */
interface Reading {
  name: string;
  what: string;
  code: string;
  bundle?: boolean;
  setup?: string;
  selfTimed?: boolean;
}
const readings: Reading[] = [
  {
    name: 'floor',
    what: 'the floor: a SHOW_TEXT walk reading every text node',
    code: FLOOR_SCRIPT,
  },
  {
    name: 'elements, shadowRoot asked',
    what: 'a SHOW_ELEMENT walk asking every element for its shadowRoot',
    code: `{ const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) if (x.shadowRoot) n++; }`,
  },
  {
    name: 'elements, not asked',
    what: 'the same walk without asking (the elements’ wrappers alone)',
    code: `{ const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) n++; }`,
  },
  {
    name: 'custom elements (XPath)',
    what: 'an XPath query for custom elements (names with a hyphen), asked for shadowRoot',
    code: `{ const r = document.evaluate('//*[contains(local-name(), "-")]', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); let n = 0; for (let i = 0; i < r.snapshotLength; i++) if (r.snapshotItem(i).shadowRoot) n++; }`,
  },
  {
    name: 'textContent',
    what: 'the body’s textContent, one string',
    code: `return document.body.textContent.length;`,
  },
  {
    name: 'the gate’s reading',
    what: `the gate's way of reading: the element walk with a Range read every ${GATE_BATCH} elements, no test`,
    code: `{ const body = document.body; const w = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT); const r = document.createRange(); r.setStart(body, 0); let c = 0, len = 0; for (let x = w.nextNode(); x; x = w.nextNode()) { if (x.shadowRoot) len++; if (++c % ${GATE_BATCH} === 0) { r.setEndBefore(x); len += r.toString().length; r.setStartBefore(x); } } r.setEnd(body, body.childNodes.length); len += r.toString().length; }`,
  },
  {
    name: 'the keys’ test',
    what: "the gate's key RegExps over the body's text in 128 KB chunks (the text read untimed)",
    bundle: true,
    setup: 'globalThis.__text = document.body.textContent;',
    selfTimed: true,
    code: `const text = globalThis.__text; const t = performance.now(); let hit = false; for (let i = 0; i < text.length && !hit; i += 131072) hit = globalThis.__gateBound.keys.test(text.slice(i, i + 131072)); return performance.now() - t;`,
  },
  {
    name: 'the page gate, unsliced',
    what: 'the page gate as the extension runs it (reading, shadow roots, tests), never paused',
    bundle: true,
    code: `return globalThis.__gateBound.gate(document);`,
  },
  {
    name: 'the page gate, sliced',
    what: "the same in the extension's slices (content/scan/schedule.ts), the time between its pauses summed",
    bundle: true,
    selfTimed: true,
    code: `return globalThis.__gateBound.sliced(document);`,
  },
];

const server = await startServer(undefined, benchRoutes([spec!]));
const browser = await chromium.launch({ executablePath: findChromium(), args: QUIET_FLAGS });
const times = new Map<string, number[]>();
try {
  const bundle = await gateBundle();
  const page = await browser.newPage();
  await page.goto(server.origin + spec!.path, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const evaluate = async (contextId: number, expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`${expression.slice(0, 60)}…: ${exceptionDetails.text}`);
    return result.value as unknown;
  };
  for (let round = 0; round < rounds; round++) {
    for (const r of readings) {
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: `gate-bound ${round} ${r.name}`,
      });
      // Each reading starts on a collected heap: the garbage of the one before is not its to pay.
      await cdp.send('HeapProfiler.collectGarbage');
      if (r.bundle) await evaluate(executionContextId, bundle);
      if (r.setup) await evaluate(executionContextId, `(() => { ${r.setup} })()`);
      const timed = r.selfTimed
        ? `(async () => { ${r.code} })()`
        : `(async () => { const t = performance.now(); await (async () => { ${r.code} })(); return performance.now() - t; })()`;
      const ms = (await evaluate(executionContextId, timed)) as number;
      times.set(r.name, [...(times.get(r.name) ?? []), ms]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const floor = median(times.get('floor')!);
console.log(
  `${spec!.label}: ${rounds} rounds, each reading in a fresh isolated world (Chromium, no extension)\n`,
);
console.log('| reading | median ms (min–max) | × floor |');
console.log('| :-- | --: | --: |');
for (const r of readings) {
  const xs = times.get(r.name)!;
  const m = median(xs);
  const range = `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
  console.log(`| ${r.what} | ${m.toFixed(1)} (${range}) | ${(m / floor).toFixed(2)} |`);
}
