// Lints the Firefox build and its store archive with Mozilla's addons-linter (web-ext lint).
// Exit code 1 on any error; warnings are printed but allowed (Preact's own innerHTML code warns).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = '.output/firefox-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`No Firefox build at ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const result = spawnSync('web-ext', ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.message} ${m.file ?? ''}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors > 0 ? 1 : 0);
