import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

/** Extra routes: path → body generator (for generated pages) or headers override. */
export type Routes = Record<string, () => { body: string; headers?: Record<string, string> }>;

/**
 * Serves `root` (default tests/fixtures) on 127.0.0.1 at a free port. Paths outside the root are
 * refused. `routes` adds generated pages (the bench and hostile-page tests use it).
 */
export async function startServer(
  root = join(process.cwd(), 'tests/fixtures'),
  routes: Routes = {},
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = routes[url.pathname];
    if (route) {
      const { body, headers } = route();
      res.writeHead(200, { 'content-type': TYPES['.html'] as string, ...headers });
      res.end(body);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
