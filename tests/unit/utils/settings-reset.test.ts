import { describe, expect, it } from 'vitest';
import { parseSettingsReset } from '../../../utils/settings-store';

describe('parseSettingsReset', () => {
  it('keeps a well-formed record', () => {
    const value = { at: '2026-12-05T15:40:00.000Z', problems: ['categories: not a list'] };
    expect(parseSettingsReset(value)).toEqual(value);
  });

  it.each([
    [42],
    ['oops'],
    [[]],
    [null],
    [undefined],
    [{ at: 5, problems: [] }],
    [{ at: 'yesterday', problems: [] }],
    [{ at: '2026-12-05T15:40:00.000Z', problems: 'x' }],
    [{ at: '2026-12-05T15:40:00.000Z', problems: [1, {}] }],
  ])('gives null for %j, never a throw', (value) => {
    expect(parseSettingsReset(value)).toBeNull();
  });

  it('bounds what it keeps from a huge record', () => {
    const value = {
      at: '2026-12-05T15:40:00.000Z',
      problems: Array(10_000).fill('x'.repeat(5000)),
    };
    const parsed = parseSettingsReset(value);
    expect(parsed?.problems).toHaveLength(50);
    expect(parsed?.problems[0]).toHaveLength(300);
  });
});
