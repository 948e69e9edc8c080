import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { GECKO_ID } from '../../wxt.config';
import { FIREFOX_E2E_BUILD, readBuiltManifest } from './firefox';

/**
 * The built manifests and store archives (issue 7). The e2e build's test-only tweak (extension
 * pages reachable from 127.0.0.1, toolchain notes P7) must never reach a store build or archive.
 * Lives with the e2e tests because `npm test` runs them after the builds and `npm run zip`.
 */

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv3';
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const archive = (kind: string) => `.output/claim-context-${VERSION}-${kind}.zip`;
const EXTENSION_PAGES = ['popup.html', 'options.html', 'sidepanel.html'];

type Manifest = Record<string, unknown>;

/** Extension pages a manifest makes reachable from web pages (MV2 strings or MV3 objects). */
function exposedPages(manifest: Manifest): string[] {
  const entries = (manifest.web_accessible_resources ?? []) as (string | { resources: string[] })[];
  return entries
    .flatMap((e) => (typeof e === 'string' ? [e] : e.resources))
    .filter((r) => EXTENSION_PAGES.some((page) => globMatches(r, page)))
    .sort();
}

/** Whether a web_accessible_resources path (with `*` wildcards) covers a file. */
function globMatches(pattern: string, file: string): boolean {
  const parts = pattern.replace(/^\//, '').split('*');
  const escaped = parts.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(file);
}

/** Entries of a zip archive (name → bytes), read with zlib: stored and deflated entries. */
function readZip(file: string): Map<string, Buffer> {
  if (!existsSync(file)) throw new Error(`No archive at ${file}: run "npm run zip" first.`);
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return out;
}

function archivedManifest(file: string): Manifest {
  const bytes = readZip(file).get('manifest.json');
  if (!bytes) throw new Error(`${file} has no manifest.json`);
  return JSON.parse(bytes.toString('utf8')) as Manifest;
}

/** Every file under a directory, relative path → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

describe('store builds and archives', () => {
  const stores: [string, () => Manifest][] = [
    ['the Chrome build', () => readBuiltManifest(CHROME, 'npm run build')],
    ['the Firefox build', () => readBuiltManifest(FIREFOX, 'npm run build')],
    ['the Chrome store archive', () => archivedManifest(archive('chrome'))],
    ['the Firefox store archive', () => archivedManifest(archive('firefox'))],
  ];
  for (const [name, read] of stores) {
    it(`${name} exposes none of the popup, options page and side panel to web pages`, () => {
      expect(exposedPages(read())).toEqual([]);
    });
    it(`${name} puts no stylesheet into pages (issue 14: styles come with the first claim)`, () => {
      const scripts = (read() as { content_scripts?: { css?: string[] }[] }).content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.flatMap((s) => s.css ?? [])).toEqual([]);
    });
  }

  for (const [name, read] of [
    ['the Firefox build', () => readBuiltManifest(FIREFOX, 'npm run build')],
    ['the Firefox store archive', () => archivedManifest(archive('firefox'))],
    ['the Firefox e2e build', () => readBuiltManifest(FIREFOX_E2E_BUILD, 'npm run build:e2e')],
  ] as const) {
    it(`${name} is MV3 with the gecko id, an event page and no data collected`, () => {
      const manifest = read();
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.browser_specific_settings).toEqual({
        gecko: {
          id: GECKO_ID,
          strict_min_version: expect.any(String),
          data_collection_permissions: { required: ['none'] },
        },
      });
      expect(manifest.background).toEqual({ scripts: ['background.js'] });
    });
  }

  it('the Chrome build has no Firefox settings', () => {
    expect(readBuiltManifest(CHROME, 'npm run build').browser_specific_settings).toBeUndefined();
  });

  it('the Firefox store archive holds the Firefox build, file for file', () => {
    const built = filesOf(FIREFOX);
    const archived = readZip(archive('firefox'));
    expect([...archived.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [name, bytes] of built) expect(archived.get(name)?.equals(bytes), name).toBe(true);
  });

  it('the sources archive has what a reviewer needs to rebuild, and no build output', () => {
    const names = [...readZip(archive('sources')).keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'entrypoints/content.ts',
      'entrypoints/background.ts',
      'locales/en.yml',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((n) => /^(\.output|node_modules|\.wxt)\//.test(n))).toEqual([]);
  });
});

describe('the Firefox e2e build', () => {
  it('exposes the popup, options and side panel pages to 127.0.0.1 only', () => {
    const manifest = readBuiltManifest(FIREFOX_E2E_BUILD, 'npm run build:e2e');
    expect(manifest.web_accessible_resources).toEqual([
      { resources: EXTENSION_PAGES, matches: ['http://127.0.0.1/*'] },
    ]);
  });

  it('differs from the Firefox store build only in that manifest entry, so e2e tests ship code', () => {
    const store = filesOf(FIREFOX);
    const e2e = filesOf(FIREFOX_E2E_BUILD);
    const { web_accessible_resources: _tweak, ...e2eManifest } = readBuiltManifest(
      FIREFOX_E2E_BUILD,
      'npm run build:e2e',
    );
    expect(e2eManifest).toEqual(readBuiltManifest(FIREFOX, 'npm run build'));
    // Differences mean the e2e build is not a production build of the same source: either one
    // build is stale, or a non-production `--mode` changed the code (Preact's dev JSX with source
    // paths, WXT's logger kept).
    const hint =
      'e2e build is not the store build + manifest entry: rebuild both with "npm run build && npm run build:e2e"; if that does not help, build:e2e must be a production-mode build';
    expect([...e2e.keys()].sort(), hint).toEqual([...store.keys()].sort());
    const differing = [...store]
      .filter(([name, bytes]) => name !== 'manifest.json' && !e2e.get(name)?.equals(bytes))
      .map(([name]) => name);
    expect(differing, hint).toEqual([]);
  });
});

describe('the manifest checks', () => {
  it('fail with the command to run when a build is missing', () => {
    expect(() => readBuiltManifest('/nonexistent/build', 'npm run build')).toThrow(/npm run build/);
    expect(() => readZip('/nonexistent/archive.zip')).toThrow(/npm run zip/);
  });

  it('count a page as exposed whether listed by name or by wildcard', () => {
    expect(exposedPages({ web_accessible_resources: ['popup.html'] })).toEqual(['popup.html']);
    expect(exposedPages({ web_accessible_resources: [{ resources: ['*'] }] })).toEqual(['*']);
    expect(exposedPages({ web_accessible_resources: [{ resources: ['/*.html'] }] })).toEqual([
      '/*.html',
    ]);
    expect(
      exposedPages({ web_accessible_resources: [{ resources: ['icon/*', 'content.css'] }] }),
    ).toEqual([]);
  });
});
