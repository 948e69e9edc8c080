// Lints the unpacked Firefox build and the Firefox store archive (`npm run zip`) with Mozilla's
// addons-linter (`web-ext lint`), the checks addons.mozilla.org runs on upload. Exit code 1 on any
// error or when a target is missing; warnings are printed but allowed (Preact's own innerHTML
// code warns, and data_collection_permissions warns for Firefox versions before 140).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = [
  ['.output/firefox-mv3', 'npm run build'],
  [`.output/claim-context-${version}-firefox.zip`, 'npm run zip'],
];
// Run web-ext with this Node, so the script works outside `npm run` too (no PATH needed).
const webExt = 'node_modules/web-ext/bin/web-ext.js';

let failed = false;
for (const [target, command] of targets) {
  const probe = target.endsWith('.zip') ? target : `${target}/manifest.json`;
  if (!existsSync(probe)) {
    console.error(`${target}: missing, run "${command}" first.`);
    failed = true;
    continue;
  }
  const result = spawnSync(
    process.execPath,
    [webExt, 'lint', '--source-dir', target, '--output', 'json', '--no-input'],
    { encoding: 'utf8' },
  );
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = null;
  }
  if (!report?.summary) {
    console.error(
      `${target}: web-ext lint gave no report`,
      result.error ?? '',
      result.stdout,
      result.stderr,
    );
    failed = true;
    continue;
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] ?? []) {
      console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.message} ${m.file ?? ''}`);
    }
  }
  console.log(
    `web-ext lint ${target}: ${report.summary.errors} errors, ${report.summary.warnings} warnings`,
  );
  if (report.summary.errors > 0) failed = true;
}
process.exit(failed ? 1 : 0);
