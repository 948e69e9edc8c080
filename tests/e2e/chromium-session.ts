import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser/chromium';
import { startServer, type Routes, type StaticServer } from '../../scripts/lib/browser/server';

/** What a test file drives: the fixture server on 127.0.0.1 and Chromium with the built extension. */
export interface ChromiumSession {
  server: StaticServer;
  browser: ExtensionBrowser;
}

/**
 * Starts the fixture server (with extra `routes`) and Chromium with the built extension before
 * the file's tests, hands both to `started`, and stops them (browser first) after the last test.
 */
export function useChromium(started: (session: ChromiumSession) => void, routes?: Routes): void {
  let session: Partial<ChromiumSession> = {};
  beforeAll(async () => {
    const server = await startServer(undefined, routes);
    session = { server };
    session.browser = await launchWithExtension();
    started(session as ChromiumSession);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
}
