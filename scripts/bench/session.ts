import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../lib/browser/chromium';
import { startServer } from '../lib/browser/server';
import { benchPageIds, benchPages, benchRoutes, type BenchPage } from './pages';

/** One bench page served on 127.0.0.1 and a Chromium with the extension, for the diagnostics. */
export interface BenchSession {
  spec: BenchPage;
  origin: string;
  browser: ExtensionBrowser;
  /** True for a script URL of the extension (the content script's frames). */
  isOurs(url: string): boolean;
  close(): Promise<void>;
}

/**
 * Serves bench page `id` and launches Chromium with the bench's copy of the build
 * (.tmp/bench/chrome-mv3, written by `npm run bench`) or else .output/chrome-mv3. Used by
 * profile.ts and tasks.ts.
 */
export async function openBenchSession(id: string): Promise<BenchSession> {
  const spec = benchPages().find((p) => p.id === id);
  if (!spec) throw new Error(`no bench page ${id}: one of ${benchPageIds()}`);
  const copy = resolve('.tmp/bench/chrome-mv3');
  const server = await startServer(undefined, benchRoutes([spec]));
  const browser = await launchWithExtension({
    extensionPath: existsSync(copy) ? copy : resolve('.output/chrome-mv3'),
  });
  return {
    spec,
    origin: server.origin,
    browser,
    isOurs: (url) => url.startsWith(`chrome-extension://${browser.extensionId}/`),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
