// `npm test`: every check in one command, in the order a failure is cheapest to see:
// type-check, lint, format, unit and DOM tests, builds and store archives, Firefox lint,
// end-to-end tests in real browsers. Every step runs even when an earlier one failed, so one run
// shows everything; the last line is the total, `N passed, N failed`, and the exit code is
// non-zero when anything failed.
import { spawn } from 'node:child_process';

const steps = [
  ['type-check', 'tsc', ['--noEmit']],
  [
    'lint',
    'oxlint',
    [
      '-c',
      '.oxlintrc.json',
      '--deny-warnings',
      'entrypoints',
      'content',
      'components',
      'utils',
      'topic',
      'scripts',
      'tests',
    ],
  ],
  ['format', 'prettier', ['--check', '--log-level', 'warn', '.']],
  ['unit and DOM tests', 'vitest', ['run']],
  ['build (Chrome MV3, Firefox)', 'npm', ['run', '--silent', 'build']],
  ['store archives', 'npm', ['run', '--silent', 'zip']],
  ['web-ext lint (Firefox)', 'node', ['scripts/lint-firefox.mjs']],
  ['e2e build (Firefox)', 'npm', ['run', '--silent', 'build:e2e']],
  ['end-to-end tests', 'vitest', ['run', '-c', 'vitest.e2e.config.ts']],
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

let passed = 0;
let failed = 0;
const lines = [];
for (const [name, cmd, args] of steps) {
  const { code, out, seconds } = await run(name, cmd, args);
  const counts = [...out.matchAll(/vitest: (\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
    // A crashed run (exit code set, no failed test counted) still counts as a failure.
    if (code !== 0 && Number(counts[2]) === 0) failed += 1;
  } else if (code === 0) passed += 1;
  else failed += 1;
  lines.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
}
console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
