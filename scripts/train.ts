/**
 * Fits the detector's learned model on the whole labelled corpus and writes it where the topic
 * pack reads it: `npm run train [-- --check] [--corpus DIR]`. Deterministic: the same corpus gives
 * the same file, byte for byte (tests/unit/detect/train.test.ts checks the committed one).
 * The corpus is third-party text in ../shared/corpus/dev, read at run time and never copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusCommand, loadCorpus } from './lib/corpus';
import { MODEL_FILE, trainedModelText } from './lib/train-model';

const USAGE = `usage: npm run train [-- --check] [--corpus DIR]
  --check       write nothing; exit 1 when the committed model differs from a fresh fit
  --corpus DIR  a folder of NAME.txt + NAME.labels.jsonl pages (default ../shared/corpus/dev)
Writes ${MODEL_FILE} (a few seconds). Exit codes: 0 written or identical, 1 no corpus or
--check found a difference, 2 bad usage.`;

const here = dirname(fileURLToPath(import.meta.url));
const { dir, given } = corpusCommand(
  'train',
  USAGE,
  ['--check'],
  resolve(here, '../../shared/corpus/dev'),
);

const root = resolve(here, '..');
const target = resolve(root, MODEL_FILE);
const text = trainedModelText(loadCorpus(dir));
let committed = '';
try {
  committed = readFileSync(target, 'utf8');
} catch {
  committed = '';
}
if (given.has('--check')) {
  if (committed === text) {
    console.log(`train: ${relative(root, target)} matches a fresh fit on ${dir}`);
    process.exit(0);
  }
  console.error(
    `train: ${relative(root, target)} differs from a fresh fit on ${dir}; run npm run train`,
  );
  process.exit(1);
}
writeFileSync(target, text);
const model = JSON.parse(text) as { trainedOn: Record<string, number> };
const t = model.trainedOn;
console.log(
  `train: wrote ${relative(root, target)} (${t.pages} pages, ${t.sentences} sentences, ` +
    `${t.claims} claims, ${t.features} features)${committed === text ? ', unchanged' : ''}`,
);
