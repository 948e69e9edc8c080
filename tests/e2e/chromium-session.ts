import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  settledClaims,
  type ExtensionBrowser,
} from '../../scripts/lib/browser/chromium';
import { expectedClaimsOf } from './page-helpers';
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

/**
 * Opens the fixture page `name` from `origin` in `browser` and waits until exactly the claims its
 * own `expected-claims` list names are highlighted; returns the page and that list.
 */
export async function openFixtureIn(
  browser: ExtensionBrowser,
  origin: string,
  name: string,
): Promise<{ page: Page; expected: string[] }> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/${name}`);
  const expected = await expectedClaimsOf(page);
  expect(await settledClaims(page, expected.length)).toEqual(expected);
  return { page, expected };
}
