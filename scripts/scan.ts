/**
 * Runs the claim detector on files: `npm run --silent scan -- [--json] FILE...`
 * (`--silent` keeps npm's banner off stdout, so the output pipes cleanly).
 *
 * FILE is `.html`/`.htm` (visible text, see lib/html-to-text.ts), `-` for standard input (text),
 * or anything else read as exact UTF-8 text (`.txt`). Offsets are into that text.
 * `--json` prints one JSON object per claim per line and nothing else on stdout:
 * {"file","start","end","text","category","stance","cues","confidence","prices"?}.
 * Warnings go to stderr, one line each: an empty file (scanned, no claims), a file that is
 * binary or not UTF-8 (skipped). Exit codes: 0 ok, 1 some file could not be read or was not
 * UTF-8 text, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../content/detect';
import { CATEGORIES } from '../topic/categories';
import { detectClaims } from './lib/detector';
import { fileText } from './lib/file-text';

const USAGE = `usage: npm run --silent scan -- [--json] FILE...
  FILE   .html/.htm (visible text), .txt (exact UTF-8 text), or - for standard input
  --json one JSON object per claim per line on stdout:
         {"file","start","end","text","category","stance","cues","confidence","prices"?}
Warnings (empty, binary or non-UTF-8 file) go to stderr, one line each.
Exit codes: 0 ok (an empty file is a warning only), 1 a file could not be read or is not UTF-8
text (it is skipped, the others are scanned), 2 bad usage.`;

/** Where scan writes; the process's streams, or a test's. */
export interface ScanIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs scan on `argv` (the arguments after `--`) and returns the exit code. */
export function main(argv: string[], io: ScanIO = process): number {
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const arg of argv) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') onlyFiles = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      io.stderr.write(`scan: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    }
  }
  if (files.length === 0) {
    io.stderr.write(`scan: no FILE given\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  const out: string[] = [];
  for (const file of files) {
    const name = file === '-' ? 'standard input' : file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file === '-' ? 0 : file);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      io.stderr.write(`scan: cannot read ${name}: ${reason}\n`);
      status = 1;
      continue;
    }
    const read = fileText(bytes, name, /\.x?html?$/i.test(file));
    if (read.warning) io.stderr.write(`scan: ${read.warning}\n`);
    if (!read.ok) {
      status = 1;
      continue;
    }
    const claims = detectClaims(read.text, read.title);
    if (json) for (const c of claims) out.push(JSON.stringify(toRecord(file, c)));
    else out.push(report(file, claims));
  }
  if (out.length) io.stdout.write(`${out.join('\n')}\n`);
  return status;
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
      lines.push(`    ${c.start}-${c.end} ${c.stance}: ${printable(c.text)}${prices}`);
    }
  }
  return lines.join('\n');
}

/** Control characters (a terminal's escape sequences among them) shown as U+FFFD, not sent. */
function printable(text: string): string {
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

// Run as a command (not imported by a test).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `scan ... | head` closes the pipe early: stop quietly rather than print a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
