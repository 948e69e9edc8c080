import { storage } from '#imports';
import {
  CORRECTION_PAGES_KEY,
  CORRECTIONS_KEY,
  correctionPages,
  parseCorrections,
  type Correction,
  type CorrectionChange,
  type ReadCorrections,
} from './corrections';

/**
 * The reader's corrections as a WXT storage item in local extension storage (issue 15), for the
 * background (which records what the cards send) and the options page (list, delete, undo,
 * export). The format and its validation are utils/corrections.ts. The content script reads the
 * same key through the browser API (content/corrections.ts), keeping WXT's storage library out
 * of pages. Nothing is ever sent anywhere.
 */

/**
 * The stored list. Typed `unknown[]`: what is read is checked by parseCorrections, never trusted.
 * `local`, not `sync`: the list can grow past sync's per-item quota, and it is the reader's own.
 */
export const correctionsItem = storage.defineItem<unknown[]>(`local:${CORRECTIONS_KEY}`, {
  fallback: [],
  version: 1,
});

/** The page index of the stored list (utils/corrections.ts CORRECTION_PAGES_KEY). */
export const correctionPagesItem = storage.defineItem<string>(`local:${CORRECTION_PAGES_KEY}`, {
  fallback: '',
});

/** Reads the corrections, validated; what cannot be read is reported and kept. Never throws. */
export async function loadCorrections(): Promise<ReadCorrections> {
  let raw: unknown;
  try {
    raw = await correctionsItem.getValue();
  } catch {
    return {
      corrections: [],
      unreadable: [],
      problems: ['the stored corrections could not be read'],
    };
  }
  return parseCorrections(raw);
}

/**
 * Applies a change to the stored list and writes it back with every unreadable entry kept as it
 * was (an unreadable value loses nothing by a later write).
 * @returns the change's outcome; on an error nothing is written.
 */
export async function changeCorrections(
  change: (list: readonly Correction[]) => CorrectionChange,
): Promise<CorrectionChange> {
  const { corrections, unreadable } = await loadCorrections();
  const result = change(corrections);
  // The list and its page index in one write: a page sees both change in one event.
  if (result.ok)
    await storage.setItems([
      { item: correctionsItem, value: [...result.corrections, ...unreadable] },
      { item: correctionPagesItem, value: correctionPages(result.corrections) },
    ]);
  return result;
}

/**
 * Writes the page index of `list` unless the stored one already matches. The background calls
 * it at startup and whenever the list changes by another way than changeCorrections (an older
 * version's write, or one from before the index existed).
 */
export async function syncCorrectionPages(list: readonly Correction[]): Promise<void> {
  const pages = correctionPages(list);
  // Read without the item's fallback: a missing index is written too, even an empty one.
  const stored = await storage.getItem<string>(`local:${CORRECTION_PAGES_KEY}`);
  if (stored !== pages) await correctionPagesItem.setValue(pages);
}

/** Calls `onChange` with the validated list whenever it changes in any context, until `signal` aborts. */
export function watchCorrections(
  onChange: (read: ReadCorrections) => void,
  signal: AbortSignal,
): void {
  const unwatch = correctionsItem.watch((value) => onChange(parseCorrections(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
