import { storage } from '#imports';
import {
  CORRECTIONS_KEY,
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
  if (result.ok) await correctionsItem.setValue([...result.corrections, ...unreadable]);
  return result;
}

/** Calls `onChange` with the validated list whenever it changes in any context, until `signal` aborts. */
export function watchCorrections(
  onChange: (read: ReadCorrections) => void,
  signal: AbortSignal,
): void {
  const unwatch = correctionsItem.watch((value) => onChange(parseCorrections(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}
