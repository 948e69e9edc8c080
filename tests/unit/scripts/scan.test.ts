import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileText } from '../../../scripts/lib/file-text';
import { main } from '../../../scripts/scan';
import { runNpm, runScript, type Ran } from './run-npm';

/**
 * Issue 16: `npm run --silent scan` pipes cleanly, and an empty, binary or non-UTF-8 file gets a
 * one-line warning on stderr and nothing on stdout. Files are written to a temporary folder.
 */

const CLAIMS = 'Stem cell injections regenerate your discs. Stem cell therapy costs $5,000.\n';
const enc = (s: string) => new TextEncoder().encode(s);

describe('fileText', () => {
  it('reads UTF-8 text exactly, byte-order mark included (offsets stay the same)', () => {
    expect(fileText(enc('\ufeffCafé'), 'a.txt', false)).toEqual({
      ok: true,
      text: '\ufeffCafé',
      title: '',
    });
  });

  it('takes the visible text of HTML', () => {
    const read = fileText(enc('<p>Hello</p><script>x()</script>'), 'a.html', true);
    expect(read.ok && read.text.trim()).toBe('Hello');
  });

  it("gives an HTML file's title apart from its text, as document.title has it", () => {
    const html = '<head><title>\n  Stem cells\tfor  back pain </title></head><p>Hello</p>';
    expect(fileText(enc(html), 'a.html', true)).toEqual({
      ok: true,
      text: 'Hello',
      title: 'Stem cells for back pain',
    });
    expect(fileText(enc('<p>Hello</p>'), 'b.html', true)).toMatchObject({ title: '' });
  });

  it('warns about an empty file, white space only, and HTML with no visible text', () => {
    expect(fileText(new Uint8Array(), 'e.txt', false)).toEqual({
      ok: true,
      text: '',
      title: '',
      warning: 'e.txt is empty',
    });
    expect(fileText(enc(' \n\t'), 'w.txt', false).warning).toBe('w.txt has only white space');
    expect(fileText(enc('<script>x</script>'), 'n.html', true).warning).toBe(
      'n.html has no visible text',
    );
  });

  it('refuses binary, UTF-16 and non-UTF-8 bytes', () => {
    expect(fileText(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 1), 'p.png', false)).toEqual({
      ok: false,
      warning: 'p.png is binary (it has NUL bytes), not text',
    });
    expect(fileText(Uint8Array.of(0xff, 0xfe, 0x53, 0), 'u.txt', false).ok).toBe(false);
    expect(fileText(Uint8Array.of(0xff, 0xfe, 0x53, 0), 'u.txt', false).warning).toMatch(
      /^u\.txt is UTF-16 text, not UTF-8/,
    );
    const latin1 = Uint8Array.of(...enc('Stem cell caf'), 0xe9, 0x2e);
    expect(fileText(latin1, 'l.txt', false)).toEqual({
      ok: false,
      warning: 'l.txt is not UTF-8 text: convert it first (e.g. iconv -f WINDOWS-1252 -t UTF-8)',
    });
  });
});

describe('npm run --silent scan', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-context-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  // The README's form, through npm, where npm's part matters (nothing but JSON on stdout) ...
  const npmScan = (...args: string[]) => runNpm(['run', '--silent', 'scan', '--', ...args]);
  // ... and scan's main() in this process for the rest (no process to start per case).
  const scan = (...args: string[]): Ran => {
    let stdout = '';
    let stderr = '';
    const status = main(args, {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    return { status, stdout, stderr };
  };

  it('--json prints only JSON lines with the documented fields', () => {
    const path = file('claims.txt', CLAIMS);
    const r = npmScan('--json', path);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const claim = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(claim).slice(0, 6)).toEqual([
        'file',
        'start',
        'end',
        'text',
        'category',
        'stance',
      ]);
      expect(claim.file).toBe(path);
      expect(CLAIMS.slice(claim.start as number, claim.end as number)).toBe(claim.text);
    }
  });

  it('reads standard input with -', () => {
    const r = runScript('scripts/scan.ts', ['--json', '-'], CLAIMS);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!).file).toBe('-');
  });

  it('an empty file: one warning on stderr, no JSON, exit 0', () => {
    const r = npmScan('--json', file('empty.txt', ''));
    expect(r).toEqual({ status: 0, stdout: '', stderr: `scan: ${dir}/empty.txt is empty\n` });
  });

  it('binary, UTF-16 and Latin-1 files: one warning each, nothing on stdout, exit 1', () => {
    const binary = file('image.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0x1b, 0x5b, 0x32));
    const utf16 = file('utf16.txt', Buffer.from(`\ufeff${CLAIMS}`, 'utf16le'));
    const latin1 = file('latin1.txt', Buffer.from(`${CLAIMS} Café.`, 'latin1'));
    for (const json of [['--json'], []]) {
      const r = scan(...json, binary, utf16, latin1);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      const warnings = r.stderr.trimEnd().split('\n');
      expect(warnings).toEqual([
        `scan: ${binary} is binary (it has NUL bytes), not text`,
        expect.stringMatching(/^scan: .*utf16\.txt is UTF-16 text, not UTF-8/),
        expect.stringMatching(/^scan: .*latin1\.txt is not UTF-8 text/),
      ]);
    }
  });

  it('a bad file does not stop the good ones', () => {
    const r = scan('--json', file('bad.txt', Uint8Array.of(0xc3, 0x28)), file('ok.txt', CLAIMS));
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout.trimEnd().split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('never sends control characters to the terminal in the readable report', () => {
    const r = scan(file('escapes.txt', 'Stem cell therapy \u001b[2J cures back pain.\n'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 claim');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('exit codes: 1 for an unreadable file, 2 for bad usage; --help documents them', () => {
    expect(scan(join(dir, 'missing.txt')).status).toBe(1);
    expect(scan('--nope', 'x').status).toBe(2);
    expect(scan().status).toBe(2);
    const help = scan('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 ok.*\n?.*1 a file could not be read.*2 bad usage/s);
  });
});
