import type { KnowledgePack } from '../../../../topic/knowledge';

/** One value a reader sees (a string or a number), where it is, and the sources it carries. */
export interface VisibleLeaf {
  /** Dotted path from the pack, e.g. "categories.efficacy.certainty.why". */
  path: string;
  value: string | number;
  /** The source ids of the nearest object on the path (itself included) that has `sourceIds`. */
  sourceIds: readonly string[];
}

/** Keys whose strings are identifiers, not text a reader sees. */
const ID_KEYS = new Set(['id', 'category']);

/** Strings that are headings, not claims: a category's title is a question ("Is it safe?"). */
const HEADING_PATHS: readonly RegExp[] = [/^categories\.[^.]+\.title$/];

/**
 * Every string and number in the pack a reader can see, found by walking the whole structure
 * (not a list of fields), each with the sources of the nearest enclosing object that names some.
 * The source table itself and the pack's date are left out. An object with `sourceIds: []` gives
 * its values no sources, so they show up as unsourced.
 */
export function visibleLeaves(pack: KnowledgePack): VisibleLeaf[] {
  const out: VisibleLeaf[] = [];
  const visit = (value: unknown, path: string, inherited: readonly string[]): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      out.push({ path, value, sourceIds: inherited });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, inherited));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const own = Array.isArray(record.sourceIds) ? (record.sourceIds as string[]) : inherited;
    for (const [key, child] of Object.entries(record)) {
      if (key === 'sourceIds' || ID_KEYS.has(key)) continue;
      const childPath = path ? `${path}.${key}` : key;
      if (HEADING_PATHS.some((re) => re.test(childPath))) continue;
      visit(child, childPath, own);
    }
  };
  const { sources: _sources, reviewedOn: _reviewedOn, ...shown } = pack;
  visit(shown, '', []);
  return out;
}

/** The visible leaves of `pack` that cite source `id`. */
export function leavesCiting(pack: KnowledgePack, id: string): VisibleLeaf[] {
  return visibleLeaves(pack).filter((leaf) => leaf.sourceIds.includes(id));
}
