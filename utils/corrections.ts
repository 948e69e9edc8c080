import { CATEGORIES, STANCES, type Category, type Stance } from '../topic/categories';

/**
 * The reader's own corrections of the detector (issue 15), as data: their shape, the key that
 * identifies one (page URL without fragment + normalised text), validation of what is read from
 * storage, and the export as JSONL in the corpus labels format. Pure: the stored item is
 * utils/corrections-store.ts, the page's side content/corrections.ts. Corrections stay in local
 * extension storage; nothing here or anywhere else sends them.
 */

/** The storage.local key (the WXT item is `local:corrections`). */
export const CORRECTIONS_KEY = 'corrections';

/** The most corrections kept; adding one more is refused with a message (nothing is dropped). */
export const MAX_CORRECTIONS = 1000;
/** Longest text kept (the card request's bound, utils/messages.ts MAX_CARD_TEXT). */
export const MAX_CORRECTION_TEXT = 2000;
/** Longest page URL kept. */
export const MAX_CORRECTION_URL = 2048;

/** What the reader said about a text: a claim (with its category) or not a claim. */
export const CORRECTION_LABELS = ['claim', 'none'] as const;
export type CorrectionLabel = (typeof CORRECTION_LABELS)[number];

/** One correction. */
export interface Correction {
  /** Unique, for deleting and undoing. */
  id: string;
  /** The page it was made on, without its fragment (`pageUrl`). */
  url: string;
  /** The sentence, whitespace collapsed, at most MAX_CORRECTION_TEXT characters. */
  text: string;
  label: CorrectionLabel;
  /**
   * For a claim, the category the reader chose; for "none", the category the detector had given
   * it (shown in the options list, left out of the export), or null.
   */
  category: Category | null;
  /** The stance the detector gave the sentence, or null when it found no claim. */
  stance: Stance | null;
  /** When it was made (ISO date-time). */
  at: string;
}

/** A page URL as corrections key it: without its fragment. Unparseable input is kept as it is. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)).slice(0, MAX_CORRECTION_URL);
}

/** A text as shown and stored: whitespace collapsed, trimmed, cut to MAX_CORRECTION_TEXT. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_CORRECTION_TEXT);
}

/** A text as compared: tidied, Unicode-normalised (NFC) and lower-cased. */
export function normaliseText(text: string): string {
  return tidyText(text).normalize('NFC').toLowerCase();
}

/** The key that identifies a correction: page URL without fragment + normalised text. */
export function correctionKey(url: string, text: string): string {
  return `${pageUrl(url)}\n${normaliseText(text)}`;
}

/** What is read from storage: the valid corrections, and what could not be read, kept as it was. */
export interface ReadCorrections {
  corrections: Correction[];
  /** Stored entries that are not corrections, untouched (writes keep them; nothing is lost). */
  unreadable: unknown[];
  /** One line per problem, for the options page; empty when all is well. */
  problems: string[];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why one stored entry is not a correction, or null when it is one. */
function entryProblem(v: unknown): string | null {
  if (!isPlainObject(v)) return 'not an object';
  if (typeof v.id !== 'string' || v.id.length === 0 || v.id.length > 100) return 'no valid id';
  if (typeof v.url !== 'string' || v.url.length === 0 || v.url.length > MAX_CORRECTION_URL)
    return 'no valid page URL';
  if (typeof v.text !== 'string' || v.text.length === 0 || v.text.length > MAX_CORRECTION_TEXT)
    return 'no valid text';
  if (!(CORRECTION_LABELS as readonly unknown[]).includes(v.label)) return 'no valid label';
  if (v.category !== null && !(CATEGORIES as readonly unknown[]).includes(v.category))
    return 'an unknown category';
  if (v.label === 'claim' && v.category === null) return 'a claim without a category';
  if (v.stance !== null && !(STANCES as readonly unknown[]).includes(v.stance))
    return 'an unknown stance';
  if (typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at))) return 'no valid date';
  return null;
}

/**
 * Checks a stored value. Never throws. Valid entries are returned as corrections (only their
 * known fields); any other entry is kept aside, unchanged, with a problem line naming it; a value
 * that is not a list at all is one problem and kept whole. Missing (undefined or null) is an empty
 * list, no problem. Entries past MAX_CORRECTIONS are kept aside too.
 */
export function parseCorrections(value: unknown): ReadCorrections {
  if (value === undefined || value === null)
    return { corrections: [], unreadable: [], problems: [] };
  if (!Array.isArray(value))
    return {
      corrections: [],
      unreadable: [value],
      problems: ['the stored corrections are not a list'],
    };
  const corrections: Correction[] = [];
  const unreadable: unknown[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  value.forEach((entry: unknown, i) => {
    let problem = entryProblem(entry);
    const e = entry as Correction;
    if (!problem && ids.has(e.id)) problem = 'a repeated id';
    if (!problem && corrections.length >= MAX_CORRECTIONS) problem = 'past the limit';
    if (problem) {
      unreadable.push(entry);
      if (problems.length < 20) problems.push(`entry ${i + 1}: ${problem}`);
      return;
    }
    ids.add(e.id);
    corrections.push({
      id: e.id,
      url: e.url,
      text: e.text,
      label: e.label,
      category: e.category,
      stance: e.stance,
      at: e.at,
    });
  });
  if (unreadable.length > problems.length)
    problems.push(`and ${unreadable.length - problems.length} more`);
  return { corrections, unreadable, problems };
}

/**
 * The storage key of the corrections' page index: the URLs that have corrections, one string (a
 * page's content script reads it before its gate and asks only whether its own URL is in it;
 * the list itself, up to MAX_CORRECTIONS entries, is read only by a page it concerns). Derived
 * from the stored list by whoever writes it (corrections-store.ts), like the site index.
 */
export const CORRECTION_PAGES_KEY = 'correctionPages';

/** The page index of `list`: its URLs, newline-joined, a newline at each end ('' when none). */
export function correctionPages(list: readonly Correction[]): string {
  const urls = [...new Set(list.map((c) => c.url))];
  return urls.length > 0 ? `\n${urls.join('\n')}\n` : '';
}

/** Whether a stored page index lists `url` (URLs hold no newline). */
export function listsPage(pages: string, url: string): boolean {
  return pages.includes(`\n${url}\n`);
}

/** What a new correction carries (id, tidied URL and date are added by `addCorrection`). */
export type NewCorrection = Pick<Correction, 'url' | 'text' | 'label' | 'category' | 'stance'>;

/** The outcome of a change: the new list, or a message saying why nothing changed. */
export type CorrectionChange =
  { ok: true; corrections: Correction[]; added?: Correction } | { ok: false; error: string };

/**
 * Adds a correction, replacing one with the same key (the reader changed their mind).
 * @returns the new list, or an error when the text is empty or the list is full.
 */
export function addCorrection(
  list: readonly Correction[],
  next: NewCorrection,
  id: string,
  at: Date,
): CorrectionChange {
  const text = tidyText(next.text);
  if (!text) return { ok: false, error: 'empty text' };
  if (next.label === 'claim' && next.category === null)
    return { ok: false, error: 'a claim needs a category' };
  const key = correctionKey(next.url, text);
  const rest = list.filter((c) => correctionKey(c.url, c.text) !== key);
  if (rest.length >= MAX_CORRECTIONS)
    return { ok: false, error: `at most ${MAX_CORRECTIONS} corrections are kept` };
  const added: Correction = {
    id,
    url: pageUrl(next.url),
    text,
    label: next.label,
    category: next.category,
    stance: next.stance,
    at: at.toISOString(),
  };
  return { ok: true, corrections: [...rest, added], added };
}

/** The list without the correction `id` (unchanged when there is none). */
export function removeCorrection(list: readonly Correction[], id: string): Correction[] {
  return list.filter((c) => c.id !== id);
}

/**
 * Puts a deleted correction back (undo), unless another with its key was made meanwhile.
 * @returns the new list, or an error when the list is full.
 */
export function restoreCorrection(
  list: readonly Correction[],
  correction: Correction,
): CorrectionChange {
  const key = correctionKey(correction.url, correction.text);
  if (list.some((c) => c.id === correction.id || correctionKey(c.url, c.text) === key))
    return { ok: true, corrections: [...list] };
  if (list.length >= MAX_CORRECTIONS)
    return { ok: false, error: `at most ${MAX_CORRECTIONS} corrections are kept` };
  return { ok: true, corrections: [...list, correction] };
}

/** One line of the export: the corpus labels format (corpus/RUBRIC.md) plus the page URL. */
export interface CorrectionLine {
  url: string;
  text: string;
  label: CorrectionLabel;
  /** The claim's category; null for "none", as in the corpus. */
  category: Category | null;
  /** The claim's stance, null when unknown; null for "none", as in the corpus. */
  stance: Stance | null;
}

/** The name an export is saved under. */
export const CORRECTIONS_FILE_NAME = 'claim-context-corrections.jsonl';

/**
 * The corrections as JSONL, one line each in the corpus labels format plus the page URL
 * (`{"url","text","label","category","stance"}`), oldest first; "" for none.
 */
export function correctionsToJsonl(list: readonly Correction[]): string {
  return list
    .map((c) => {
      const line: CorrectionLine = {
        url: c.url,
        text: c.text,
        label: c.label,
        category: c.label === 'claim' ? c.category : null,
        stance: c.label === 'claim' ? c.stance : null,
      };
      return `${JSON.stringify(line)}\n`;
    })
    .join('');
}

/** A page's corrections, as the content script applies them. */
export interface PageCorrections {
  /** Normalised texts the reader said are not claims. */
  dismissed: ReadonlySet<string>;
  /** Texts the reader marked as claims, with the category chosen. */
  marked: readonly { text: string; category: Category; stance: Stance | null }[];
}

/** The corrections of one page (its URL without fragment). */
export function correctionsFor(list: readonly Correction[], url: string): PageCorrections {
  const page = pageUrl(url);
  const dismissed = new Set<string>();
  const marked: { text: string; category: Category; stance: Stance | null }[] = [];
  for (const c of list) {
    if (c.url !== page) continue;
    if (c.label === 'none') dismissed.add(normaliseText(c.text));
    else if (c.category) marked.push({ text: c.text, category: c.category, stance: c.stance });
  }
  return { dismissed, marked };
}
