import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareApi, sharedApi, type Api } from '../../../content/shared-api';

const KEPT = Symbol.for('claim-context.api');
const world = globalThis as { [KEPT]?: unknown };

/** An API object whose `runtime.id` is `id` (undefined: an extension context that is gone). */
const api = (id: string | undefined) => ({ runtime: { id } }) as unknown as Api;

describe('the extension API shared by the content scripts', () => {
  afterEach(() => {
    delete world[KEPT];
  });

  it('is left for the scripts that follow in the same world', () => {
    expect(sharedApi()).toBeUndefined();
    const first = api('abc');
    shareApi(first);
    expect(sharedApi()).toBe(first);
  });

  it('keeps a live copy already there (the gate stage took it; the engine must share it)', () => {
    const first = api('abc');
    shareApi(first);
    shareApi(api('abc'));
    expect(sharedApi()).toBe(first);
  });

  it('replaces a copy whose extension context is gone (left by an update or a reload)', () => {
    shareApi(api(undefined));
    const fresh = api('abc');
    shareApi(fresh);
    expect(sharedApi()).toBe(fresh);
    // A copy that throws when asked (a dead context in some browsers) is replaced too.
    world[KEPT] = {
      get runtime() {
        throw new Error('Extension context invalidated.');
      },
    };
    shareApi(fresh);
    expect(sharedApi()).toBe(fresh);
  });
});

describe("the content scripts' stand-in for webextension-polyfill", () => {
  afterEach(() => {
    delete world[KEPT];
    vi.resetModules();
  });

  it('is the copy api.js left, taken when the script starts', async () => {
    const left = api('abc');
    shareApi(left);
    const { default: taken } = await import('../../../content/shared-polyfill');
    expect(taken).toBe(left);
  });

  it('says what went wrong on first use where api.js did not run', async () => {
    const { default: taken } = await import('../../../content/shared-polyfill');
    expect(() => taken.runtime).toThrow(/api\.js did not run/);
  });
});
