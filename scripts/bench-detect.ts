/**
 * Throughput of the detector: `npm run bench:detect`. Prints MB/s on claim-free text (the gate
 * path most pages take) and on claim-dense text (every sentence classified). The texts are
 * generated deterministically from fixed sentences, so runs are comparable. Figures, not a test;
 * targets from issue 3: >= 100 MB/s claim-free, >= 10 MB/s claim-dense. A third figure is the
 * common shape of a page about the therapy, read as the content script reads it: paragraph by
 * paragraph with the page's context, one sentence in ten a claim. The gate is timed on plain and
 * on typeset text (line breaks and indentation inside paragraphs, non-breaking spaces, curly
 * apostrophes), which real pages have and generated bench pages do not.
 */
import { analyzeContext, detector, hasTreatmentTerms } from './lib/detector';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npm run bench:detect
Prints the detector's throughput in MB/s on generated claim-free, claim-dense and mixed text
(a few seconds; no browser, no build). Figures, not a test.`);
  process.exit(0);
}

const FREE = [
  'The weather in the valley stayed mild for most of the week, with light rain on Tuesday.',
  'Our backend team rewrote the payment service so that requests are handled in parallel.',
  'Physical therapy exercises such as bridges and pelvic tilts can ease lower back pain.',
  'The museum opened a new wing dedicated to modern sculpture and early photography.',
  'Cell phone batteries last longer when they are kept away from heat and direct sunlight.',
  'Her trouble stems from a lack of sleep, according to the coach who trained her last year.',
];

const DENSE = [
  'Stem cell injections relieve chronic low back pain in most patients within three months.',
  'Mesenchymal stem cells regenerate damaged disc tissue and reduce inflammation in the spine.',
  'The procedure costs $5,000 to $8,000 per injection and is not covered by insurance.',
  'Stem cell therapy for sciatica is not approved by the FDA and remains experimental.',
  'Unlike spinal fusion, this non-surgical option lets patients avoid surgery altogether.',
  'Clinical trials of BMAC for degenerative disc disease are still under way.',
  'Side effects of disc injections with stem cells are rare and usually mild.',
];

/** Deterministic text of about `bytes` characters built from `pool`, paragraphs of 4 sentences. */
function build(pool: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let seed = 7;
  let n = 0;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // Each sentence numbered: real pages rarely repeat a sentence, and a repeated one would be
    // answered from the detector's small caches of recent sentences.
    const s = pool[seed % pool.length]!.replace(/\.$/, ` (${++n}).`);
    parts.push(s, n % 4 === 0 ? '\n\n' : ' ');
    size += s.length + 1;
  }
  return parts.join('');
}

/**
 * Times `run` over `text` (one warm-up run for the JIT, then the mean of five) and prints MB/s;
 * `run` returns what it counted, printed as `unit`.
 */
function report(label: string, text: string, unit: string, run: () => number): void {
  run();
  const rounds = 5;
  let count = 0;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) count = run();
  const ms = (performance.now() - t0) / rounds;
  const mb = text.length / 1e6;
  console.log(
    `${label.padEnd(20)} ${mb.toFixed(1)} MB  ${ms.toFixed(1)} ms  ${(mb / (ms / 1000)).toFixed(1)} MB/s  (${count} ${unit})`,
  );
}

/** The whole text in one call, without a page context. */
function measure(label: string, text: string): void {
  report(label, text, 'claims', () => detector.detectClaims(text).length);
}

/** Paragraph by paragraph with the whole text's context (the engine's way). */
function measureByParagraph(label: string, text: string): void {
  const ctx = analyzeContext(text);
  const paragraphs = text.split('\n\n');
  report(label, text, 'claims', () =>
    paragraphs.reduce((n, p) => n + detector.detectClaims(p, ctx).length, 0),
  );
}

/** The content script's gate: `hasTreatmentTerms` over 128 KB chunks (content/scan/gate.ts). */
function measureGate(label: string, text: string): void {
  const CHUNK = 128 * 1024;
  report(label, text, 'chunks with a term', () => {
    let hits = 0;
    for (let i = 0; i < text.length; i += CHUNK)
      if (hasTreatmentTerms(text.slice(i, i + CHUNK))) hits++;
    return hits;
  });
}

/**
 * `text` as a real page's DOM gives it to the gate: source lines wrapped and indented inside
 * paragraphs, a non-breaking space in some phrases, curly apostrophes. Deterministic.
 */
function typeset(text: string): string {
  let n = 0;
  return text
    .replace(/ /g, () => {
      n++;
      if (n % 13 === 0) return '\n        ';
      if (n % 7 === 0) return '\u00A0';
      return ' ';
    })
    .replace(/'/g, '\u2019');
}

// Plain prose, then prose where every chunk has a near miss ("Cell phone", "stems from") that
// passes the gate's key prefilter and costs the precise test; each also typeset as pages are.
const PLAIN = build(
  FREE.slice(0, 4).map((s) => s.replace('Our', "The team's")),
  8_000_000,
);
const NEAR = build(FREE, 8_000_000);
measureGate('gate', PLAIN);
measureGate('gate, typeset', typeset(PLAIN));
measureGate('gate, near', NEAR);
measureGate('gate, near, typeset', typeset(NEAR));
measure('claim-free', build(FREE, 8_000_000));
measure('claim-dense', build(DENSE, 2_000_000));
const MIXED = [...FREE, ...FREE, ...FREE.slice(0, 3), DENSE[0]!, DENSE[3]!];
measureByParagraph('topical', build(MIXED, 4_000_000));
