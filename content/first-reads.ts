import { browser } from 'wxt/browser';
import { SITE_INDEX_KEY } from '../utils/site-index';
import { CORRECTION_PAGES_KEY } from '../utils/corrections';

/**
 * The stored values an engine reads before anything else (settings-reader.ts reads the site
 * index, corrections.ts the index of pages with corrections), read once by the gate stage as soon
 * as it has said yes: the background is adding the engine meanwhile, and the engine starts with
 * them at hand instead of asking storage after it has started (issue 14, first highlight).
 */
export type FirstReads = Record<string, unknown>;

const FIRST_KEYS = [SITE_INDEX_KEY, CORRECTION_PAGES_KEY];
/** Where the gate stage leaves them: the content scripts' own world, which no page can see. */
const KEPT = Symbol.for('claim-context.first-reads');
type World = { [KEPT]?: Promise<FirstReads | undefined> };

/** Starts reading the values; never throws (a failed read leaves the engine to read them). */
export function readFirstEarly(): void {
  (globalThis as World)[KEPT] = Promise.resolve()
    .then(() => browser.storage.local.get(FIRST_KEYS))
    .catch(() => undefined);
}

/**
 * What the gate stage read, once: a later engine in this frame (after an extension update) reads
 * storage afresh. Undefined where nothing was read early.
 */
export async function takeFirstReads(): Promise<FirstReads | undefined> {
  const world = globalThis as World;
  const kept = world[KEPT];
  delete world[KEPT];
  return kept;
}
