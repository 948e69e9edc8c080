import type { browser } from 'wxt/browser';

/** The extension API as webextension-polyfill gives it. */
export type Api = typeof browser;

/**
 * One copy of webextension-polyfill for both content scripts (issue 14: what a page that names
 * the therapy loads). `entrypoints/api.ts` runs the library's lazy stand-in (wxt.config.ts) and
 * leaves it here, in the content scripts' own world, which no page can see; it is listed before
 * the gate stage in the manifest and injected before the engine where no gate stage may have run
 * (utils/engine-injection.ts). The two content scripts' bundles get `content/shared-polyfill.ts`
 * in place of the library, which takes the copy left here.
 */
const KEPT = Symbol.for('claim-context.api');
type World = { [KEPT]?: Api };

/**
 * Leaves `api` for the content scripts that follow, unless a live copy is here already (the gate
 * stage's, where the engine is added to a page that has one). A copy left by an extension that
 * has since been updated or reloaded has lost its context (`runtime.id` is gone) and is replaced.
 */
export function shareApi(api: Api): void {
  const world = globalThis as World;
  if (!isLive(world[KEPT])) world[KEPT] = api;
}

/** The copy left by `shareApi`, or undefined where none was (see `content/shared-polyfill.ts`). */
export function sharedApi(): Api | undefined {
  return (globalThis as World)[KEPT];
}

function isLive(api: Api | undefined): boolean {
  try {
    return typeof api?.runtime?.id === 'string';
  } catch {
    return false;
  }
}
