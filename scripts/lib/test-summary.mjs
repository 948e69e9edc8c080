// The closing lines of `npm test` (scripts/test-all.mjs): steps and tests counted apart.

/**
 * @param {{ name: string, code: number, out: string, seconds: number, runsTests: boolean }[]} results
 *   one per step, in order: exit code, standard output, and whether the step runs vitest (whose
 *   summary reporter prints `vitest: N passed, N failed[, N skipped]`)
 * @returns {string[]} one `ok`/`FAIL` line per step, a note on test steps that printed no count,
 *   `steps: N of M passed[; failed: names]`, and last `tests: N passed, N failed[, N skipped]`
 */
export function closingLines(results) {
  const tests = { passed: 0, failed: 0, skipped: 0 };
  const uncounted = [];
  const lines = results.map(
    ({ name, code, seconds }) =>
      `${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`,
  );
  for (const { name, out, runsTests } of results) {
    const counts = [...out.matchAll(/vitest: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(
      -1,
    );
    if (counts) {
      tests.passed += Number(counts[1]);
      tests.failed += Number(counts[2]);
      tests.skipped += Number(counts[3] ?? 0);
    } else if (runsTests) uncounted.push(name);
  }
  // A test step that stopped before vitest reported has no count: say so rather than show 0.
  if (uncounted.length) lines.push(`no test count from: ${uncounted.join(', ')}`);
  const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
  const failedNames = failed.length ? `; failed: ${failed.join(', ')}` : '';
  lines.push(`steps: ${results.length - failed.length} of ${results.length} passed${failedNames}`);
  const skipped = tests.skipped ? `, ${tests.skipped} skipped` : '';
  lines.push(`tests: ${tests.passed} passed, ${tests.failed} failed${skipped}`);
  return lines;
}
