import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../content/detect/compile';
import { STEM_CELL_BACK_PAIN } from '../../../content/detect/packs';
import type { PatternSpec } from '../../../content/detect/topic-pack';
import { CATEGORIES } from '../../../content/detect/types';

const source = (p: PatternSpec) => (typeof p === 'string' ? p : p.cs);

describe('topic pack', () => {
  it('compiles', () => {
    expect(() => compilePack(STEM_CELL_BACK_PAIN)).not.toThrow();
  });

  for (const lang of STEM_CELL_BACK_PAIN.languages) {
    const patterns: [string, PatternSpec][] = [];
    for (const [family, value] of Object.entries(lang)) {
      if (Array.isArray(value) && family !== 'abbreviations' && family !== 'cues')
        for (const p of value as PatternSpec[]) patterns.push([family, p]);
    }
    for (const cue of lang.cues) patterns.push([`cue ${cue.id}`, cue.pattern]);

    it(`${lang.lang}: every pattern is valid and has no capturing group`, () => {
      for (const [family, p] of patterns) {
        const re = new RegExp(`${source(p)}|`, 'u');
        // An empty match of the added empty branch has exactly one element when no group exists.
        expect(re.exec('')!.length, `${family}: ${source(p)}`).toBe(1);
      }
    });

    it(`${lang.lang}: cue ids are unique and categories are known`, () => {
      const ids = lang.cues.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of lang.cues) if (c.category) expect(CATEGORIES).toContain(c.category);
    });
  }

  it('has at least one cue for every category in English', () => {
    const en = STEM_CELL_BACK_PAIN.languages.find((l) => l.lang === 'en')!;
    for (const c of CATEGORIES) expect(en.cues.some((cue) => cue.category === c)).toBe(true);
  });
});
