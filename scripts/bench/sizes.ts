import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the build: raw bytes and gzipped bytes (zlib default level, as servers send). */
export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

/** Every script, stylesheet and page of a build directory, largest gzip first. */
export function bundleSizes(dir: string): BundleSize[] {
  const out: BundleSize[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|css|html|json)$/.test(name)) {
        const body = readFileSync(path);
        out.push({ file: relative(dir, path), raw: body.length, gzip: gzipSync(body).length });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.gzip - a.gzip);
}
