// `npm test`: every check in one command, in the order a failure is cheapest to see:
// type-check, lint, format, unit and DOM tests, builds and store archives, Firefox lint,
// end-to-end tests in real browsers. Every step runs even when an earlier one failed, so one run
// shows everything. The two closing lines count steps and tests apart: `steps: N of M passed`
// (the commands above, failing ones named), then `tests: N passed, N failed[, N skipped]` (the
// test cases the vitest steps report; a test file that fails to load counts as one failed test).
// The exit code is non-zero when any step failed.
import { spawn } from 'node:child_process';
import { closingLines } from './lib/test-summary.mjs';

const steps = [
  ['type-check', 'tsc', ['--noEmit']],
  // The same command as `npm run lint`, so the two can never disagree.
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['format', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['unit and DOM tests', 'vitest', ['run']],
  ['build (Chrome MV3, Firefox)', 'npm', ['run', '--silent', 'build']],
  ['store archives', 'npm', ['run', '--silent', 'zip']],
  ['web-ext lint (Firefox)', 'node', ['scripts/lint-firefox.mjs']],
  ['e2e build (Firefox)', 'npm', ['run', '--silent', 'build:e2e']],
  // The same command as `npm run test:e2e`, without its builds: the steps above made them.
  ['end-to-end tests', 'npm', ['run', '--silent', 'test:e2e', '--', '--no-build']],
];

function run(name, cmd, args) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', (error) => {
      console.error(`${name}: could not start ${cmd}: ${error.message}`);
      resolve({ code: 1, out, seconds: 0 });
    });
    child.on('close', (code) =>
      resolve({ code: code ?? 1, out, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const results = [];
for (const [name, cmd, args] of steps) {
  const result = await run(name, cmd, args);
  results.push({ name, ...result, runsTests: cmd === 'vitest' || args.includes('test:e2e') });
}
console.log(`\n${closingLines(results).join('\n')}`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
