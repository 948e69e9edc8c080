import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 16: package.json `engines`, the check in .ci/run and the README state one Node range, the
 * one the toolchain needs (wxt 0.21.4 declares >=22 but works on 20.19+; Vite 8, rolldown and
 * oxlint need 20.19+ on the 20 line; eslint's parser, used by web-ext, 22.13+ on the 22 line).
 */

const ENGINES = '^20.19.0 || >=22.13.0';
const CASES: [version: string, supported: boolean][] = [
  ['18.20.4', false],
  ['20.18.3', false],
  ['20.19.0', true],
  ['20.20.2', true],
  ['21.7.3', false],
  ['22.12.0', false],
  ['22.13.0', true],
  ['24.11.1', true],
];

/** The `node -e '...'` expression .ci/run uses to accept or refuse the running Node. */
function ciCheck(): string {
  const ci = readFileSync('.ci/run', 'utf8');
  const expr = /if ! node -e '([^']+)'; then/.exec(ci)?.[1];
  if (!expr) throw new Error('.ci/run has no `if ! node -e` version check');
  return expr;
}

describe('the Node version', () => {
  it('package.json engines states the range', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines?: { node?: string } };
    expect(pkg.engines?.node).toBe(ENGINES);
  });

  it.each(CASES)(".ci/run's check on Node %s: supported %s", (version, supported) => {
    const expr = ciCheck().replace('process.versions.node', JSON.stringify(version));
    expect(spawnSync(process.execPath, ['-e', expr]).status).toBe(supported ? 0 : 1);
  });

  it('.ci/run accepts the Node running these tests', () => {
    expect(spawnSync(process.execPath, ['-e', ciCheck()]).status).toBe(0);
  });

  it('the README says the same range', () => {
    const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain('Node 20.19 or later on the 20 line, or 22.13 or later');
  });
});
