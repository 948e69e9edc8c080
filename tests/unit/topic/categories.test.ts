import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_TABLE,
  categoriesWith,
  type CategoryRoles,
} from '../../../topic/categories';

const COLOUR = /^rgb\(\d{1,3} \d{1,3} \d{1,3}\)$/;
const TINT = /^rgb\(\d{1,3} \d{1,3} \d{1,3} \/ 0?\.\d+\)$/;

describe('the category table', () => {
  it('has one row per category, with an opaque colour and a translucent tint', () => {
    expect(Object.keys(CATEGORY_TABLE).sort()).toEqual([...CATEGORIES].sort());
    for (const c of CATEGORIES) {
      expect(CATEGORY_TABLE[c].colour).toMatch(COLOUR);
      expect(CATEGORY_TABLE[c].tint).toMatch(TINT);
    }
  });

  it('gives every category its own colour', () => {
    const colours = CATEGORIES.map((c) => CATEGORY_TABLE[c].colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('names exactly one patient-story category', () => {
    expect(categoriesWith('story')).toHaveLength(1);
  });

  it('lists the categories of a role in CATEGORIES order', () => {
    const roles: (keyof CategoryRoles)[] = ['storyReferent', 'reportLike', 'outcome'];
    for (const role of roles) {
      const found = categoriesWith(role);
      expect(found).toEqual(CATEGORIES.filter((c) => found.includes(c)));
    }
  });
});
