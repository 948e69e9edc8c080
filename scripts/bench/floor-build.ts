/**
 * The floor as a content script: `npx tsx scripts/bench/floor-build.ts [OUT]` copies the Chrome
 * build (.output/chrome-mv3) to OUT (default .tmp/bench/floor-build) with the content scripts
 * every page gets replaced: `api.js` by an empty script and the gate stage by the bench's floor
 * (`FLOOR_SCRIPT`, one bare TreeWalker pass over every text node). Then
 * `npm run bench -- --extension OUT --pages huge-none,article-none` reports, as "own tasks", what
 * the floor costs when it runs where ours does: in an isolated world at `document_idle`, during the
 * page's load, traced the same way. The bench's own floor runs in the page after load; this tells
 * whether that comparison is fair (docs/performance.md, issue 14's ninth round). Only for
 * claim-free pages: this build highlights nothing.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROME_BUILD } from '../lib/browser/chromium';
import { FLOOR_SCRIPT } from './inject';

const out = resolve(process.argv[2] ?? '.tmp/bench/floor-build');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log('usage: npx tsx scripts/bench/floor-build.ts [OUT]   (after npm run build)');
  process.exit(0);
}
if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error(`No extension build at ${CHROME_BUILD}: run "npm run build" first.`);
  process.exit(2);
}
if (out === CHROME_BUILD) {
  console.error('OUT must not be the build itself.');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};
const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
if (scripts.length === 0) {
  console.error('The build lists no content script: nothing to replace.');
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
cpSync(CHROME_BUILD, out, { recursive: true });
// Every listed script but the last does nothing; the last (the gate stage) is the floor.
scripts.forEach((file, i) =>
  writeFileSync(join(out, file), i === scripts.length - 1 ? FLOOR_SCRIPT : '(() => {})();\n'),
);
console.log(`${out}: ${scripts.slice(0, -1).join(', ')} emptied; ${scripts.at(-1)} is the floor`);
