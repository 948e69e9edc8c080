import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Loads the labelled corpus (../shared/corpus/dev) at run time. The corpus is third-party text:
 * it is read from there, never copied into the project.
 */

/** One labelled sentence located in its page. */
export interface Label {
  text: string;
  start: number;
  end: number;
  isClaim: boolean;
  category: string | null;
  stance: string | null;
}

/** One corpus page with its labels. */
export interface Page {
  name: string;
  text: string;
  lang: string;
  isNegative: boolean;
  labels: Label[];
}

interface RawLabel {
  text: string;
  label: string;
  category: string | null;
  stance: string | null;
}

/**
 * Why the corpus cannot be read from `dir`, as one sentence for the command line (what it is,
 * where it goes), or null when `dir` holds pages.
 */
export function corpusProblem(dir: string): string | null {
  let pages = 0;
  if (existsSync(dir)) {
    try {
      pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    } catch {
      pages = 0;
    }
  }
  if (pages > 0) return null;
  return (
    `no labelled corpus at ${dir} (${existsSync(dir) ? 'no .txt pages' : 'missing'}): the ` +
    `corpus is third-party pages with sentence labels that live in the project's shared folder, ` +
    `not in the repository, so put that folder at ../shared beside this checkout (the pages go ` +
    `in ../shared/corpus/dev) or pass --corpus DIR`
  );
}

/** Reads every `NAME.txt` with its `NAME.labels.jsonl` from `dir`. */
export function loadCorpus(dir: string): Page[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return names.map((name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    let raw: RawLabel[] = [];
    try {
      raw = readFileSync(join(dir, `${name}.labels.jsonl`), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as RawLabel);
    } catch {
      raw = [];
    }
    const used = new Set<number>();
    const labels: Label[] = [];
    for (const r of raw) {
      let at = text.indexOf(r.text);
      while (at >= 0 && used.has(at)) at = text.indexOf(r.text, at + 1);
      if (at < 0) {
        console.error(`warning: ${name}: label text not found: ${r.text.slice(0, 60)}`);
        continue;
      }
      used.add(at);
      labels.push({
        text: r.text,
        start: at,
        end: at + r.text.length,
        isClaim: r.label === 'claim',
        category: r.category,
        stance: r.stance,
      });
    }
    return { name, text, lang: langOf(name), isNegative: name.startsWith('neg_'), labels };
  });
}

function langOf(name: string): string {
  return /(?:^|_)es_/.test(name) ? 'es' : 'en';
}

/**
 * The matching rule of issue 3: two spans match when their overlap is at least half of the
 * shorter one.
 */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }) {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return overlap > 0 && overlap >= shorter / 2;
}

/**
 * The command line of a corpus tool (`eval`, `train`): `--help` prints `usage` and exits 0; an
 * unknown argument or `--corpus` without a DIR prints why and `usage` and exits 2; a missing
 * corpus prints what it is and exits 1. Returns the corpus folder (default `fallback`) and the
 * flags given.
 */
export function corpusCommand(
  tool: string,
  usage: string,
  flags: readonly string[],
  fallback: string,
): { dir: string; given: Set<string> } {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const corpusAt = args.indexOf('--corpus');
  const corpusArg = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
  const unknown = args.find(
    (a, i) => ![...flags, '--corpus'].includes(a) && !(corpusAt >= 0 && i === corpusAt + 1),
  );
  if (unknown !== undefined || (corpusAt >= 0 && !corpusArg)) {
    const why = unknown === undefined ? '--corpus needs a DIR' : `unknown argument ${unknown}`;
    console.error(`${tool}: ${why}\n${usage}`);
    process.exit(2);
  }
  const dir = corpusArg ? resolve(corpusArg) : fallback;
  const problem = corpusProblem(dir);
  if (problem) {
    console.error(`${tool}: ${problem}`);
    process.exit(1);
  }
  return { dir, given: new Set(args.filter((a) => flags.includes(a))) };
}
