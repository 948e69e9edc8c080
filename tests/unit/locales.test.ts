import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { CATEGORIES, STANCES } from '../../topic/categories';
import { CERTAINTY_LEVELS } from '../../topic/knowledge';

/**
 * Every locale says everything English says: the same keys, each with the same substitutions
 * (a translation that drops `{site}` would show the braces), plural where English is plural.
 * A key missing from a locale would otherwise show as an empty string in that language.
 */

const LOCALES_DIR = 'locales';
const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml'));
const parse = (file: string) =>
  parseMessagesText(readFileSync(`${LOCALES_DIR}/${file}`, 'utf8'), 'YAML').filter(
    (m) => !m.key[0]!.startsWith('@@'),
  );

/** What must match between two translations of one key. */
function shape(m: ParsedMessage): string {
  return JSON.stringify({
    plural: m.type === 'plural',
    substitutions: m.substitutions,
    named: [...m.namedSubstitutions].sort(),
  });
}

/** The differences of a locale from English, one line each; empty when it has every key. */
function differencesFromEnglish(english: ParsedMessage[], other: ParsedMessage[]): string[] {
  const theirs = new Map(other.map((m) => [m.key.join('.'), m]));
  const ours = new Set(english.map((m) => m.key.join('.')));
  const out: string[] = [];
  for (const m of english) {
    const key = m.key.join('.');
    const t = theirs.get(key);
    if (!t) out.push(`missing ${key}`);
    else if (shape(t) !== shape(m)) out.push(`${key}: ${shape(t)} instead of ${shape(m)}`);
    else if (m.type !== 'plural' && t.type !== 'plural' && t.message.trim() === '') {
      out.push(`empty ${key}`);
    }
  }
  for (const key of theirs.keys()) if (!ours.has(key)) out.push(`unknown ${key}`);
  return out;
}

const english = parse('en.yml');

describe('locales', () => {
  it('has English, the default locale, and at least one other language', () => {
    expect(files).toContain('en.yml');
    expect(files.length).toBeGreaterThan(1);
  });

  it.each(files)('%s is a locale browsers support', (file) => {
    expect(SUPPORTED_LOCALES.has(file.replace(/\.yml$/, ''))).toBe(true);
  });

  it.each(files.filter((f) => f !== 'en.yml'))(
    '%s has every key en.yml has, and no other',
    (file) => {
      expect(differencesFromEnglish(english, parse(file))).toEqual([]);
    },
  );

  it('notices a missing key, a lost substitution, a lost plural and an unknown key', () => {
    const [first, ...rest] = english;
    const siteSwitch = rest.find((m) => m.key.join('.') === 'popup.siteSwitch')!;
    const broken: ParsedMessage[] = [
      ...rest.filter((m) => m !== siteSwitch && m.type !== 'plural'),
      { ...siteSwitch, namedSubstitutions: [] },
      {
        type: 'simple',
        key: ['popup', 'typo'],
        substitutions: 0,
        namedSubstitutions: [],
        message: 'x',
      },
    ];
    const found = differencesFromEnglish(english, broken);
    expect(found).toContain(`missing ${first!.key.join('.')}`);
    expect(found).toContain('missing sites.count');
    expect(found.some((d) => d.startsWith('popup.siteSwitch: '))).toBe(true);
    expect(found).toContain('unknown popup.typo');
  });

  it('names every category, stance and certainty level in English', () => {
    const keys = new Set(english.map((m) => m.key.join('.')));
    const id = (s: string) => s.replace(/[- ]/g, '_');
    for (const c of CATEGORIES) expect(keys, c).toContain(`category.${id(c)}`);
    for (const s of STANCES) expect(keys, s).toContain(`stance.${s}`);
    for (const l of CERTAINTY_LEVELS) expect(keys, l).toContain(`certainty.${id(l)}`);
  });
});
