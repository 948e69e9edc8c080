import { spawnSync } from 'node:child_process';

/** What one command printed and how it ended. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], input?: string | Uint8Array): Ran {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `npm ARGS...` from the project root, as a newcomer types it (optional stdin). */
export function runNpm(args: string[], input?: string | Uint8Array): Ran {
  return run('npm', args, input);
}

/**
 * Runs a script the way its npm script does (`tsx FILE` or `node FILE`) without npm's and tsx's
 * own start-up, about a second less per run; for the cases where npm's part is not under test.
 */
export function runScript(file: string, args: string[], input?: string | Uint8Array): Ran {
  return run(
    process.execPath,
    [...(file.endsWith('.ts') ? ['--import', 'tsx'] : []), file, ...args],
    input,
  );
}
