// `npm run test:e2e [-- --no-build] [FILTER...]`: the end-to-end tests, as `npm test` runs them.
// First it builds what they load: the store builds and archives (`npm run zip`, which builds
// .output/chrome-mv3 and .output/firefox-mv3) and the test-only Firefox build (`npm run build:e2e`),
// so the tests never run against a stale build. `--no-build` skips that (`npm test` has just built)
// and only checks the builds are there. FILTER arguments go to vitest (e.g. `popup` runs
// tests/e2e/popup.e2e.test.ts). Exit code: 0 all passed, 1 a build or a test failed or a browser
// or build is missing, 2 bad usage.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { findChromium, findFirefox } from './lib/browser/browser-path.mjs';

const USAGE = `usage: npm run test:e2e [-- --no-build] [FILTER...]
  --no-build  use the builds in .output/ as they are (npm test builds them first)
  FILTER      only test files whose path contains FILTER (vitest's filter)`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const build = !args.includes('--no-build');
const filters = args.filter((a) => a !== '--no-build');
const unknown = filters.find((a) => a.startsWith('-'));
if (unknown) {
  console.error(`test:e2e: unknown option ${unknown}\n${USAGE}`);
  process.exit(2);
}

// The browsers come from the system: say how to get one before any build or test starts.
for (const find of [findChromium, findFirefox]) {
  try {
    find();
  } catch (error) {
    console.error(`test:e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
/** What the tests load, and the command that makes it. */
const needs = [
  ['.output/chrome-mv3/manifest.json', 'zip'],
  ['.output/firefox-mv3/manifest.json', 'zip'],
  [`.output/claim-context-${version}-chrome.zip`, 'zip'],
  [`.output/claim-context-${version}-firefox.zip`, 'zip'],
  [`.output/claim-context-${version}-sources.zip`, 'zip'],
  ['.output/firefox-mv3-e2e/manifest.json', 'build:e2e'],
];

if (build) {
  for (const script of ['zip', 'build:e2e']) {
    console.log(`▶ npm run ${script}`);
    const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`test:e2e: \`npm run ${script}\` failed, so no end-to-end test ran`);
      process.exit(1);
    }
  }
}
const missing = needs.filter(([file]) => !existsSync(file));
if (missing.length) {
  const commands = [...new Set(missing.map(([, script]) => `npm run ${script}`))].join(' && ');
  console.error(
    `test:e2e: the tests load builds that are missing (${missing.map(([f]) => f).join(', ')}); run \`${commands}\`, or \`npm run test:e2e\` without --no-build`,
  );
  process.exit(1);
}

// `npm run` puts node_modules/.bin on PATH; `node scripts/test-e2e.mjs` run by hand does not.
const PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
const vitest = spawnSync('vitest', ['run', '-c', 'vitest.e2e.config.ts', ...filters], {
  stdio: 'inherit',
  env: { ...process.env, PATH },
});
process.exit(vitest.status ?? 1);
