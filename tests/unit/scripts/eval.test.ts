import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusProblem } from '../../../scripts/lib/corpus';
import { runScript } from './run-npm';

/**
 * Issue 16: without ../shared, `npm run eval` says in one sentence what the corpus is and where it
 * goes, and exits non-zero, instead of a raw ENOENT stack trace. (The README's figures are
 * compared with a real run in readme-commands.test.ts.)
 */
describe('npm run eval without its corpus', { timeout: 60_000 }, () => {
  const empty = mkdtempSync(join(tmpdir(), 'claim-context-eval-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('corpusProblem names what is missing and where it belongs, or null', () => {
    const missing = corpusProblem(join(empty, 'nowhere'));
    expect(missing).toMatch(/^no labelled corpus at .*nowhere \(missing\): /);
    expect(missing).toContain('../shared/corpus/dev');
    expect(missing).toContain('--corpus DIR');
    expect(corpusProblem(empty)).toMatch(/\(no \.txt pages\)/);
    const pages = mkdtempSync(join(empty, 'pages-'));
    writeFileSync(join(pages, 'page.txt'), 'A page of our own.');
    expect(corpusProblem(pages)).toBeNull();
  });

  it('a missing corpus: one line on stderr, nothing on stdout, exit 1', () => {
    const r = runScript('scripts/eval.ts', ['--corpus', join(empty, 'nowhere')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^eval: no labelled corpus at [^\n]*\.\.\/shared[^\n]*\n$/);
    expect(r.stderr).not.toMatch(/ENOENT|at .*\.ts:\d+/);
  });

  it('bad usage exits 2; --help documents the exit codes', () => {
    expect(runScript('scripts/eval.ts', ['--corpus']).status).toBe(2);
    const help = runScript('scripts/eval.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 figures printed, 1 no corpus at DIR, 2 bad usage');
  });
});
