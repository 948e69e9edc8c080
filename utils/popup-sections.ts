/**
 * Which of the popup's folded sections the reader left open, remembered between openings
 * (issue #13: the general context folds into sections a reader opens): the format, pure. The
 * stored item is utils/popup-sections-store.ts; only the popup reads or writes it. Stored values
 * are untrusted: `parseOpenSections` keeps known ids only.
 */

/** The popup's folded sections, in the order the popup shows them. */
export const POPUP_SECTIONS = [
  'evidence',
  'studies',
  'risks',
  'regulation',
  'questions',
  'standardCare',
  'insurance',
  'openQuestions',
] as const;
export type PopupSection = (typeof POPUP_SECTIONS)[number];

/** The stored shape (version 1): the open sections' ids. */
export interface StoredSections {
  open: PopupSection[];
}

/** Storage key (local area: it is about this browser's popup, not worth syncing). */
export const SECTIONS_KEY = 'popupSections';

/**
 * The open sections in a stored value: known ids only, each once, in POPUP_SECTIONS order.
 * @returns [] (everything folded) for anything that is not `{ open: string[] }`, never a throw.
 */
export function parseOpenSections(value: unknown): PopupSection[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const open = (value as Record<string, unknown>).open;
  if (!Array.isArray(open)) return [];
  const wanted = new Set(open.filter((id): id is string => typeof id === 'string'));
  return POPUP_SECTIONS.filter((id) => wanted.has(id));
}

/** `open` with `section` opened or closed, in POPUP_SECTIONS order. */
export function withSection(
  open: readonly PopupSection[],
  section: PopupSection,
  isOpen: boolean,
): PopupSection[] {
  return POPUP_SECTIONS.filter((id) => (id === section ? isOpen : open.includes(id)));
}
