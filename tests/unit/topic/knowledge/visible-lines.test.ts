import { describe, expect, it } from 'vitest';
import {
  checkUrl,
  isIsoDate,
  knowledgePack,
  type KnowledgePack,
} from '../../../../topic/knowledge';
import { visibleLeaves } from './walk';

/** A deep copy the test can break without touching the real pack. */
function copyOfPack(): KnowledgePack {
  return structuredClone(knowledgePack) as KnowledgePack;
}

/** Leaves without a source that resolves to an openable, dated source of an allowed kind. */
function unsourced(pack: KnowledgePack): string[] {
  const problems: string[] = [];
  for (const leaf of visibleLeaves(pack)) {
    if (leaf.sourceIds.length === 0) problems.push(`${leaf.path}: no source`);
    for (const id of leaf.sourceIds) {
      const source = Object.hasOwn(pack.sources, id) ? pack.sources[id] : undefined;
      if (!source) {
        problems.push(`${leaf.path}: unknown source ${id}`);
        continue;
      }
      for (const p of checkUrl(source.url, source.kind)) problems.push(`${leaf.path}: ${p}`);
      if (!isIsoDate(source.checkedOn) || source.checkedOn > pack.reviewedOn) {
        problems.push(`${leaf.path}: ${id} has no reviewed-on date by ${pack.reviewedOn}`);
      }
    }
  }
  return problems;
}

describe('every line a reader sees', () => {
  const leaves = visibleLeaves(knowledgePack);

  it('is found by walking the whole pack, every part of it', () => {
    const { sources: _s, reviewedOn: _r, ...shown } = knowledgePack;
    const walkedTops = new Set(leaves.map((l) => l.path.split(/[.[]/)[0]));
    expect([...walkedTops].sort()).toEqual(Object.keys(shown).sort());
    // Spot checks that nested text is reached, including the lines the audit found unsourced.
    const paths = leaves.map((l) => l.path);
    expect(paths).toContain('categories.efficacy.certainty.why');
    expect(paths).toContain('categories.efficacy.summary.text');
    expect(paths).toContain('chartNotes.responders.text');
    expect(paths.some((p) => /^studies\[\d+\]\.responders\.treatment\.pct$/.test(p))).toBe(true);
    expect(paths.some((p) => /^costs\.ranges\[0\]\.note$/.test(p))).toBe(true);
    expect(leaves.length).toBeGreaterThan(200);
  });

  it('carries a source a reader can open, of an allowed kind, with a reviewed-on date', () => {
    expect(unsourced(knowledgePack)).toEqual([]);
  });

  it('reports a certainty line without sources', () => {
    const pack = copyOfPack();
    (pack.categories.efficacy.certainty as unknown as { sourceIds: string[] }).sourceIds = [];
    expect(unsourced(pack)).toContain('categories.efficacy.certainty.why: no source');
  });

  it('reports text added anywhere without a source, however deep', () => {
    const pack = copyOfPack() as KnowledgePack & { extra?: unknown };
    pack.extra = { box: [{ caption: 'An unsourced caption.' }] };
    const study = pack.studies.find((s) => s.responders)! as unknown as { sourceIds: string[] };
    study.sourceIds = [];
    const problems = unsourced(pack);
    expect(problems).toContain('extra.box[0].caption: no source');
    expect(
      problems.some((p) => /^studies\[\d+\]\.responders\.treatment\.label: no source$/.test(p)),
    ).toBe(true);
  });

  it('reports a source that is not openable, of the wrong kind, or undated', () => {
    const pack = copyOfPack();
    const sources = pack.sources as Record<
      string,
      { url: string; kind: string; checkedOn: string }
    >;
    sources.respine!.url = 'https://www.closerlookatstemcells.org/patient-resources/x/';
    sources.levi2025!.kind = 'court';
    sources.dream!.checkedOn = '2027-01-01';
    const problems = unsourced(pack).join('\n');
    expect(problems).toMatch(/host not allowed: https:\/\/www\.closerlookatstemcells\.org/);
    expect(problems).toMatch(/a court source cannot come from doi\.org/);
    expect(problems).toMatch(/dream has no reviewed-on date by/);
  });
});
