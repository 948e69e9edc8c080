import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageScripts, scriptProblems } from './package-scripts';
import { runNpm, runScript } from './run-npm';

/**
 * Issue 16, "done when": every command the README names works from a fresh clone. This lists
 * them from the README itself, checks each exists, and runs the cheap ones as written: scan on
 * a fixture page, eval (when ../shared is there) with its figures compared to the README's, and
 * `--help` of the rest. The slow or interactive ones (start, bench, screenshots) only show their
 * usage here; `npm test` itself runs the builds and every test command.
 */

const README = readFileSync('README.md', 'utf8');
const scripts = packageScripts();

/** Every command in the README's code: `npm run [--silent] NAME`, `npm start|test|ci`, `node FILE`. */
function readmeCommands(): string[] {
  const code = [...README.matchAll(/```[a-z]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const found = new Set<string>();
  for (const text of code) {
    for (const m of text.matchAll(/\bnpm run (?:--silent )?([\w:.-]+)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bnpm (start|test|ci)\b/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bnode (scripts\/[\w./-]+)/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

/**
 * How this test covers each README command. A command added to the README without a line here
 * fails the test, so whoever adds one decides how it is shown to work.
 */
const COVERED: Record<string, 'run here' | 'help here' | 'run by npm test' | 'npm'> = {
  ci: 'npm',
  start: 'help here',
  test: 'run by npm test', // it is the run this file belongs to
  build: 'run by npm test',
  zip: 'run by npm test',
  'build:e2e': 'run by npm test',
  typecheck: 'run by npm test',
  lint: 'run by npm test',
  format: 'run by npm test', // `format:check` there; `format` writes the same files
  'format:check': 'run by npm test',
  'test:unit': 'run by npm test',
  'test:e2e': 'help here', // and npm test runs it with --no-build
  'scripts/lint-firefox.mjs': 'run by npm test',
  scan: 'run here',
  eval: 'run here',
  train: 'help here', // and tests/unit/detect/train.test.ts compares a fresh fit with the committed model
  'bench:detect': 'help here',
  bench: 'help here',
  screenshots: 'help here',
};

describe('the commands the README names', { timeout: 60_000 }, () => {
  const commands = readmeCommands();

  it('are found in the README (the extraction works)', () => {
    expect(commands).toEqual(expect.arrayContaining(['ci', 'start', 'test', 'scan', 'eval']));
  });

  it.each(commands)('%s exists, and this test says how it is shown to work', (command) => {
    expect(COVERED[command], `add ${command} to COVERED in this file`).toBeDefined();
    if (command.startsWith('scripts/')) expect(existsSync(command)).toBe(true);
    else if (command !== 'ci') {
      expect(scripts[command], `package.json has no script ${command}`).toBeDefined();
      expect(scriptProblems(scripts[command]!, scripts)).toEqual([]);
    }
  });

  it('npm test runs the end-to-end tests through npm run test:e2e', () => {
    expect(readFileSync('scripts/test-all.mjs', 'utf8')).toMatch(
      /\['run', '--silent', 'test:e2e', '--', '--no-build'\]/,
    );
  });

  const helped = Object.entries(COVERED)
    .filter(([, how]) => how === 'help here')
    .map(([name]) => name);
  it.each(helped)('%s --help prints its usage and exits 0 without running', (name) => {
    const file = /^(?:node|tsx) (\S+)/.exec(scripts[name]!)?.[1];
    expect(file, `${name} is not a node or tsx script`).toBeDefined();
    const r = runScript(file!, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm (run )?/);
  });

  it('the README scan command pipes: only JSON lines on stdout', () => {
    const line = /^npm run --silent scan -- --json .*$/m.exec(README)?.[0];
    expect(line, 'the README shows `npm run --silent scan -- --json FILE`').toBeDefined();
    // The README writes `page.html > claims.jsonl`: scan a page of ours instead, to stdout here.
    const args = line!
      .replace(/\s*>.*$/, '')
      .split(' ')
      .slice(1)
      .map((a) => (a.endsWith('.html') ? 'tests/fixtures/clinic-marketing.html' : a));
    const r = runNpm(args);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const claims = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; category: string });
    expect(claims.length).toBeGreaterThan(3);
    expect(claims.every((c) => c.file === 'tests/fixtures/clinic-marketing.html')).toBe(true);
  });

  it.skipIf(!existsSync('../shared/corpus/dev'))(
    'npm run eval (with --limits) prints the figures the README quotes',
    () => {
      const r = runNpm(['run', 'eval', '--', '--limits']);
      expect(r.status).toBe(0);
      const out = r.stdout;
      const num = (re: RegExp, text: string) => re.exec(text)?.[1];
      const section = (lang: string) => out.slice(out.indexOf(`== ${lang}:`));
      const ownPages = out.slice(out.indexOf('#### our own pages'));
      const own = (lang: string) => ownPages.slice(ownPages.indexOf(`== ${lang}:`));
      const printed = {
        pages: num(/\((\d+) pages\)/, out),
        enPrecision: num(/precision (\S+)/, section('en')),
        enRecall: num(/recall (\S+)/, section('en')),
        enLabels: num(/(\d+) labelled claims/, section('en')),
        enCategory: num(/category accuracy (\S+)/, section('en')),
        enStance: num(/stance accuracy (\S+)/, section('en')),
        enNegative: num(/negative-control hits (\d+)/, section('en')),
        esPrecision: num(/precision (\S+)/, section('es')),
        esRecall: num(/recall (\S+)/, section('es')),
        esLabels: num(/(\d+) labelled claims/, section('es')),
        ownEnPrecision: num(/precision (\S+)/, own('en')),
        ownEnRecall: num(/recall (\S+)/, own('en')),
        ownEsPrecision: num(/precision (\S+)/, own('es')),
        ownEsRecall: num(/recall (\S+)/, own('es')),
        seedsEnF1: num(/\nen: F1 mean (\S+)/, out),
        quarterEnF1: num(/\n 25 % of the training pages: en F1 (\S+),/, out),
        capacityEnPrecision: num(/\nthreshold 0\.5: en P (\S+) /, out),
        capacityEnRecall: num(/\nthreshold 0\.5: en P \S+ R (\S+) /, out),
      };
      const text = README.replace(/\s+/g, ' ');
      const quoted = {
        pages: num(/`npm run eval`, the (\d+) labelled pages/, text),
        enPrecision: num(/English precision (\S+),/, text),
        enRecall: num(/English precision \S+, recall (\S+)/, text),
        enLabels: num(/English precision \S+, recall \S+ \((\d+) labelled claims\)/, text),
        enCategory: num(/category accuracy (\S+),/, text),
        enStance: num(/stance accuracy (\S+),/, text),
        enNegative: num(/(\d+) hits on the negative-control pages/, text),
        esPrecision: num(/Spanish precision (\S+),/, text),
        esRecall: num(/Spanish precision \S+, recall (\S+)/, text),
        esLabels: num(/Spanish precision \S+, recall \S+ \((\d+) labelled claims\)/, text),
        ownEnPrecision: num(/own \d+ pages .*? English precision (\S+),/, text),
        ownEnRecall: num(/own \d+ pages .*? English precision \S+, recall (\S+),/, text),
        ownEsPrecision: num(/own \d+ pages .*? Spanish precision (\S+),/, text),
        ownEsRecall: num(/own \d+ pages .*? Spanish precision \S+, recall (\S+),/, text),
        seedsEnF1: num(/fold seeds .*? English F1 averages (\S+) /, text),
        quarterEnF1: num(/(\S+) with a quarter of each fold's training pages/, text),
        capacityEnPrecision: num(/reaches at best English precision (\S+),/, text),
        capacityEnRecall: num(/reaches at best English precision \S+, recall (\S+) /, text),
      };
      expect(quoted).toEqual(printed);
    },
  );
});
