import { describe, expect, it } from 'vitest';
import { closingLines, type StepResult } from '../../../scripts/lib/test-summary.mjs';

/**
 * Issue 16: `npm test` once closed on "509 passed", build steps and tests added together. Now the
 * last two lines count them apart, and the last one is a plain `tests: N passed, N failed`.
 */

const step = (name: string, code: number, out = '', runsTests = false): StepResult => ({
  name,
  code,
  out,
  seconds: 1,
  runsTests,
});

describe('npm test closing lines', () => {
  it('all green: steps and tests apart, tests last', () => {
    const lines = closingLines([
      step('type-check', 0),
      step('unit and DOM tests', 0, 'vitest: 480 passed, 0 failed\n', true),
      step('build', 0),
      step('end-to-end tests', 0, 'x\nvitest: 29 passed, 0 failed\n', true),
    ]);
    expect(lines.slice(-2)).toEqual(['steps: 4 of 4 passed', 'tests: 509 passed, 0 failed']);
    expect(lines[0]).toBe('ok   type-check (1.0 s)');
  });

  it('a failing step without tests is named in the steps line, not counted as a test', () => {
    const lines = closingLines([
      step('lint', 1),
      step('unit and DOM tests', 1, 'vitest: 478 passed, 2 failed, 1 skipped\n', true),
    ]);
    expect(lines.slice(-2)).toEqual([
      'steps: 0 of 2 passed; failed: lint, unit and DOM tests',
      'tests: 478 passed, 2 failed, 1 skipped',
    ]);
    expect(lines[0]).toBe('FAIL lint (1.0 s)');
  });

  it('a test step that crashed before reporting is called out', () => {
    const lines = closingLines([step('end-to-end tests', 1, 'Error: boom\n', true)]);
    expect(lines).toContain('no test count from: end-to-end tests');
    expect(lines.at(-1)).toBe('tests: 0 passed, 0 failed');
  });
});
