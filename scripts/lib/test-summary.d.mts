/** One `npm test` step's outcome. */
export interface StepResult {
  name: string;
  code: number;
  out: string;
  seconds: number;
  /** The step runs vitest, so its output should carry a `vitest: N passed, N failed` line. */
  runsTests: boolean;
}
/** Per-step lines, then `steps: N of M passed[; failed: …]`, then `tests: N passed, N failed[, N skipped]`. */
export function closingLines(results: StepResult[]): string[];
