import { existsSync, readFileSync } from 'node:fs';

/**
 * What a package.json script needs in a fresh clone: the programs it calls and the local files it
 * names. Shared by the package-scripts and README-commands tests (issues 11 and 16).
 */

/** package.json's scripts. */
export function packageScripts(): Record<string, string> {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
    .scripts;
}

/** Programs npm provides or that come with Node; the rest must be in node_modules/.bin. */
const BUILT_IN = new Set(['node', 'npm', 'npx']);

/**
 * Problems with one script's command line, as sentences; [] when every program, npm script and
 * local file it names exists. `exists` is injectable so the check itself can be tested.
 */
export function scriptProblems(
  command: string,
  scripts: Record<string, string>,
  exists: (path: string) => boolean = existsSync,
): string[] {
  const problems: string[] = [];
  for (const part of command.split(/&&|\|\||[;|]/)) {
    // Leading environment assignments (`CLAIM_CONTEXT_E2E=1 wxt build`) are not the program.
    const words = part.trim().split(/\s+/).filter(Boolean);
    while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
    const [program, ...args] = words;
    if (!program) continue;
    if (!BUILT_IN.has(program) && !exists(`node_modules/.bin/${program}`))
      problems.push(`${program} is not installed (no node_modules/.bin/${program})`);
    if (program === 'npm' && args[0] === 'run') {
      const name = args.slice(1).find((a) => !a.startsWith('-'));
      if (name && !(name in scripts)) problems.push(`npm run ${name}: no such script`);
    }
    // node and tsx run the file given first; vitest, oxlint and others name a config with -c.
    if (program === 'node' || program === 'tsx') {
      const file = args.find((a) => !a.startsWith('-'));
      if (file && !exists(file)) problems.push(`${file} does not exist`);
    }
    args.forEach((arg, i) => {
      const config = (arg === '-c' || arg === '--config') && args[i + 1];
      if (config && !exists(config)) problems.push(`${config} does not exist`);
    });
    // oxlint's and prettier's operands are folders and files to check.
    if (program === 'oxlint')
      for (const dir of args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-c'))
        if (!exists(dir)) problems.push(`${dir} does not exist`);
  }
  return problems;
}
