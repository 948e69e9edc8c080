import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../topic/categories';
import {
  CERTAINTY_LEVELS,
  MAX_SUMMARY_LENGTH,
  SOURCE_HOSTS,
  checkUrl,
  isIsoDate,
  knowledgePack,
  resolveSources,
  validateKnowledgePack,
  type KnowledgePack,
} from '../../../../topic/knowledge';

/** Every { id, sourceIds } record in the pack, wherever it lives. */
function citedRecords(pack: KnowledgePack): { id: string; sourceIds: readonly string[] }[] {
  return [
    ...pack.overview,
    ...Object.values(pack.categories).flatMap((c) => c.statements),
    ...pack.studies,
    ...pack.costs.ranges,
    ...pack.costs.insurance,
    ...pack.risks,
    ...pack.regulation,
    ...pack.openQuestions,
    ...pack.clinicQuestions,
    ...pack.standardCare,
  ];
}

/** A deep copy the test can break without touching the real pack. */
function copyOfPack(): KnowledgePack {
  return structuredClone(knowledgePack) as KnowledgePack;
}

describe('knowledge pack', () => {
  it('passes its own validator', () => {
    expect(validateKnowledgePack(knowledgePack)).toEqual([]);
  });

  it('has a valid reviewed-on date', () => {
    expect(isIsoDate(knowledgePack.reviewedOn)).toBe(true);
  });

  it('has a context with a short, sourced summary for every detector category', () => {
    for (const category of CATEGORIES) {
      const context = knowledgePack.categories[category];
      expect(context, category).toBeDefined();
      expect(context.category).toBe(category);
      expect(context.summary.text.length).toBeGreaterThan(0);
      expect(context.summary.text.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
      expect(context.summary.sourceIds.length).toBeGreaterThan(0);
      for (const id of context.summary.sourceIds) {
        expect(knowledgePack.sources[id], `${category} -> ${id}`).toBeDefined();
      }
      expect(CERTAINTY_LEVELS).toContain(context.certainty.level);
      expect(context.certainty.sourceIds.length).toBeGreaterThan(0);
      expect(context.statements.length).toBeGreaterThanOrEqual(3);
      expect(context.statements.length).toBeLessThanOrEqual(6);
    }
  });

  it('gives every statement at least one source that resolves', () => {
    for (const record of citedRecords(knowledgePack)) {
      expect(record.sourceIds.length, record.id).toBeGreaterThan(0);
      for (const id of record.sourceIds) {
        expect(knowledgePack.sources[id], `${record.id} -> ${id}`).toBeDefined();
      }
    }
  });

  it('uses unique ids across the pack', () => {
    const ids = citedRecords(knowledgePack).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every source a title, publisher, year and an https URL on an allowed host', () => {
    for (const [key, source] of Object.entries(knowledgePack.sources)) {
      expect(source.id).toBe(key);
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
      expect(Number.isInteger(source.year)).toBe(true);
      const url = new URL(source.url);
      expect(url.protocol, source.url).toBe('https:');
      expect(SOURCE_HOSTS, source.url).toContain(url.hostname);
    }
  });

  it('gives every category a sourced certainty rating', () => {
    for (const category of CATEGORIES) {
      const { certainty } = knowledgePack.categories[category];
      expect(certainty.why.trim(), category).not.toBe('');
      for (const id of certainty.sourceIds) expect(knowledgePack.sources[id], id).toBeDefined();
    }
  });

  it('keeps responder shares within 0-100 and includes negative controlled trials', () => {
    const charted = knowledgePack.studies.filter((s) => s.responders);
    expect(charted.length).toBeGreaterThanOrEqual(2);
    for (const study of charted) {
      for (const r of [study.responders!, ...(study.moreResponders ?? [])]) {
        for (const arm of [r.treatment, r.control]) {
          expect(arm.pct).toBeGreaterThanOrEqual(0);
          expect(arm.pct).toBeLessThanOrEqual(100);
        }
      }
    }
    const names = knowledgePack.studies.map((s) => s.id);
    expect(names).toEqual(
      expect.arrayContaining(['study-respine', 'study-levi', 'study-mesoblast-phase2']),
    );
  });

  it('keeps every price range ordered low <= high', () => {
    expect(knowledgePack.costs.ranges.length).toBeGreaterThan(0);
    for (const range of knowledgePack.costs.ranges) {
      expect(range.low).toBeLessThanOrEqual(range.high);
    }
  });

  it('has a 3-5 statement overview for pages without claims', () => {
    expect(knowledgePack.overview.length).toBeGreaterThanOrEqual(3);
    expect(knowledgePack.overview.length).toBeLessThanOrEqual(5);
  });
});

describe('resolveSources', () => {
  it('returns sources in order and skips unknown ids', () => {
    const resolved = resolveSources(['respine', 'nope', 'levi2025']);
    expect(resolved.map((s) => s.id)).toEqual(['respine', 'levi2025']);
    expect(resolveSources([])).toEqual([]);
  });
});

describe('validateKnowledgePack', () => {
  it('reports a statement whose source id does not resolve', () => {
    const pack = copyOfPack();
    (pack.overview[0] as unknown as { sourceIds: string[] }).sourceIds = ['no-such-source'];
    expect(validateKnowledgePack(pack).join('\n')).toMatch(/unknown source "no-such-source"/);
  });

  it('reports a statement with no source', () => {
    const pack = copyOfPack();
    (
      pack.categories.efficacy.statements[0] as unknown as unknown as { sourceIds: string[] }
    ).sourceIds = [];
    expect(validateKnowledgePack(pack).join('\n')).toMatch(/no source/);
  });

  it('reports a missing category, a long summary and a bad date', () => {
    const pack = copyOfPack() as { -readonly [K in keyof KnowledgePack]: KnowledgePack[K] };
    const categories = { ...pack.categories } as Record<string, unknown>;
    delete categories.cost;
    pack.categories = categories as KnowledgePack['categories'];
    (pack.categories.efficacy.summary as { text: string }).text = 'x'.repeat(
      MAX_SUMMARY_LENGTH + 1,
    );
    pack.reviewedOn = '2026-02-30';
    const problems = validateKnowledgePack(pack).join('\n');
    expect(problems).toMatch(/category cost: no context/);
    expect(problems).toMatch(/summary is 161 characters/);
    expect(problems).toMatch(/reviewedOn is not an ISO date/);
  });

  it('reports duplicate ids, bad responder shares and inverted price ranges', () => {
    const pack = copyOfPack();
    (pack.standardCare[1] as { id: string }).id = pack.standardCare[0]!.id;
    const study = pack.studies.find((s) => s.responders)!;
    (study.responders!.treatment as { pct: number }).pct = 140;
    const range = pack.costs.ranges[0]! as { low: number; high: number };
    range.low = range.high + 1;
    const problems = validateKnowledgePack(pack).join('\n');
    expect(problems).toMatch(/duplicate id/);
    expect(problems).toMatch(/responder pct 140 outside 0-100/);
    expect(problems).toMatch(/low \d+ > high/);
  });

  it('reports a certainty rating without sources and a source checked after the pack', () => {
    const pack = copyOfPack();
    (pack.categories.safety.certainty as unknown as { sourceIds: string[] }).sourceIds = [];
    (pack.sources.respine as { checkedOn: string }).checkedOn = '2099-01-01';
    const problems = validateKnowledgePack(pack).join('\n');
    expect(problems).toMatch(/category safety certainty: no source/);
    expect(problems).toMatch(/source respine: checked on 2099-01-01, after the pack's/);
  });

  it('reports a source URL that is not https or not on an allowed host', () => {
    expect(checkUrl('http://doi.org/10.1000/x')).toEqual(['not https: http://doi.org/10.1000/x']);
    expect(checkUrl('https://example.com/paper')).toEqual([
      'host not allowed: https://example.com/paper',
    ]);
    expect(checkUrl('not a url')).toEqual(['not a URL: not a url']);
    const pack = copyOfPack();
    const first = Object.values(pack.sources)[0]! as { url: string };
    first.url = 'http://example.com';
    expect(validateKnowledgePack(pack).length).toBeGreaterThan(0);
  });
});
