/**
 * Runs the claim detector on files: `npm run --silent scan -- [--json] FILE...`
 *
 * FILE is `.html`/`.htm` (visible text, see lib/html-to-text.ts), `-` for standard input (text),
 * or anything else read as exact UTF-8 text (`.txt`). Offsets are into that text.
 * `--json` prints one JSON object per claim per line and nothing else on stdout:
 * {"file","start","end","text","category","stance","cues","confidence","prices"?}.
 * Exit codes: 0 ok, 1 some file could not be read, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import type { Claim } from '../content/detect';
import { CATEGORIES } from '../topic/categories';
import { detectClaims } from './lib/detector';
import { htmlToText } from './lib/html-to-text';

const USAGE = `usage: npm run --silent scan -- [--json] FILE...
  FILE   .html/.htm (visible text), .txt (exact text), or - for standard input
  --json one JSON object per claim per line`;

function main(argv: string[]): number {
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`scan: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  if (files.length === 0) {
    process.stderr.write(`scan: no FILE given\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  const out: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      process.stderr.write(`scan: cannot read ${file}: ${reason}\n`);
      status = 1;
      continue;
    }
    const claims = detectClaims(text);
    if (json) for (const c of claims) out.push(JSON.stringify(toRecord(file, c)));
    else out.push(report(file, claims));
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return status;
}

function readText(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  const raw = readFileSync(file, 'utf8');
  return /\.x?html?$/i.test(file) ? htmlToText(raw) : raw;
}

function toRecord(file: string, c: Claim): Record<string, unknown> {
  const { start, end, text, category, stance, cues, confidence, prices } = c;
  return {
    file,
    start,
    end,
    text,
    category,
    stance,
    cues,
    confidence,
    ...(prices ? { prices } : {}),
  };
}

/** Human-readable report of one file, grouped by category in the UI's order. */
function report(file: string, claims: Claim[]): string {
  const lines = [`${file}: ${claims.length} claim${claims.length === 1 ? '' : 's'}`];
  for (const category of CATEGORIES) {
    const group = claims.filter((c) => c.category === category);
    if (!group.length) continue;
    lines.push(`  ${category} (${group.length})`);
    for (const c of group) {
      const prices = c.prices?.length
        ? `  [${c.prices.map((p) => `${p.currency} ${p.min}${p.max !== p.min ? `-${p.max}` : ''}${p.per ? ` per ${p.per}` : ''}`).join('; ')}]`
        : '';
      lines.push(`    ${c.start}-${c.end} ${c.stance}: ${c.text}${prices}`);
    }
  }
  return lines.join('\n');
}

process.exitCode = main(process.argv.slice(2));
