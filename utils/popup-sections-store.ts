import { storage } from '#imports';
import {
  SECTIONS_KEY,
  parseOpenSections,
  type PopupSection,
  type StoredSections,
} from './popup-sections';

/**
 * The popup's remembered open sections as a WXT storage item (local area: it is about this
 * browser's popup). The format and its validation are utils/popup-sections.ts.
 */

/** The stored item; read it through `loadOpenSections`, which validates. */
export const openSectionsItem = storage.defineItem<StoredSections>(`local:${SECTIONS_KEY}`, {
  fallback: { open: [] },
  version: 1,
});

/** The sections the reader left open; [] when nothing (valid) is stored or storage fails. */
export async function loadOpenSections(): Promise<PopupSection[]> {
  try {
    return parseOpenSections(await openSectionsItem.getValue());
  } catch {
    return [];
  }
}

/** Remembers the open sections (known ids only, each once). */
export async function saveOpenSections(open: readonly PopupSection[]): Promise<void> {
  await openSectionsItem.setValue({ open: parseOpenSections({ open }) });
}
