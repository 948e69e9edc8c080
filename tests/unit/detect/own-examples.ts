import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../../../content/detect/normalize';
import { loadCorpus } from '../../../scripts/lib/corpus';

/**
 * Checks shared by the tests of our own example sentences (topic/detect/cue-examples.ts,
 * topic/detect/none-examples.ts): that none comes from the labelled corpus, and that nothing the
 * extension ships imports them.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The labelled corpus; the corpus check is skipped where it is missing. */
export const CORPUS = join(ROOT, '../shared/corpus/dev');

/** Lower case with whitespace runs folded, as the corpus check compares text. */
const fold = (s: string) => normalize(s).text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Words shared in a row that make an example a copy. */
const RUN = 10;

/**
 * The examples that occur in the corpus, or share RUN words in a row with one of its pages, each
 * with the reason. The corpus is third-party text that measures the detector: an example taken
 * from it, even lightly edited, would make wording look general while it only knows one page.
 * Stock phrases ("stem cell therapy for degenerative disc disease") are shared; a run of RUN
 * words is not.
 */
export function corpusCopies(examples: readonly string[]): string[] {
  const words = (s: string) => fold(s).match(/[\p{L}\p{N}']+/gu) ?? [];
  const texts: string[] = [];
  const runs = new Set<string>();
  for (const page of loadCorpus(CORPUS)) {
    texts.push(fold(page.text), ...page.labels.map((l) => fold(l.text)));
    const w = words(page.text);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  const copied: string[] = [];
  for (const e of examples) {
    const example = fold(e);
    const w = words(e);
    const shared = w.map((_, i) => w.slice(i, i + RUN).join(' ')).find((r) => runs.has(r));
    if (texts.some((t) => t.includes(example))) copied.push(`in the corpus: ${e}`);
    else if (shared) copied.push(`${RUN} words in a row from the corpus ("${shared}"): ${e}`);
  }
  return copied;
}

/**
 * Files of the shipped folders that import `topic/detect/<name>.ts` (statically or dynamically),
 * the file itself left out.
 */
export function shippedImporters(name: string): string[] {
  const imports = new RegExp(`(?:from|import)\\s*\\(?\\s*['"][^'"]*${name}['"]`);
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${entry}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.(?:ts|tsx|mts|js)$/.test(entry) && path !== `topic/detect/${name}.ts`)
        if (imports.test(readFileSync(join(ROOT, path), 'utf8'))) offenders.push(path);
    }
  };
  for (const dir of ['entrypoints', 'content', 'components', 'utils', 'topic'])
    if (existsSync(join(ROOT, dir))) walk(dir);
  return offenders;
}
