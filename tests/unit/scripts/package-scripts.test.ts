import { describe, expect, it } from 'vitest';
import { packageScripts, scriptProblems } from './package-scripts';

/**
 * Issues 11 and 16: every package.json script works from a fresh clone, so none may call a program
 * that is not installed or name a script or file that does not exist (`test:e2e` once pointed at
 * tests/e2e/run.mjs, which never existed).
 */
describe('package.json scripts', () => {
  const scripts = packageScripts();

  it.each(Object.entries(scripts))(
    '%s: every program, script and file it names exists',
    (_, cmd) => {
      expect(scriptProblems(cmd, scripts)).toEqual([]);
    },
  );

  it('the check finds a missing file, config, script or program', () => {
    const only =
      (...present: string[]) =>
      (path: string) =>
        present.includes(path);
    const installed = only('node_modules/.bin/vitest', 'node_modules/.bin/tsx');
    expect(scriptProblems('node tests/e2e/run.mjs', scripts, installed)).toEqual([
      'tests/e2e/run.mjs does not exist',
    ]);
    expect(scriptProblems('vitest run -c vitest.gone.config.ts', scripts, installed)).toEqual([
      'vitest.gone.config.ts does not exist',
    ]);
    expect(scriptProblems('FOO=1 tsx scripts/x.ts && npm run nope', scripts, installed)).toEqual([
      'scripts/x.ts does not exist',
      'npm run nope: no such script',
    ]);
    expect(scriptProblems('jest --ci', scripts, installed)).toEqual([
      'jest is not installed (no node_modules/.bin/jest)',
    ]);
  });
});
