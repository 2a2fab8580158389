import { describe, expect, it } from 'vitest';
import { messages, translate } from '../../client/i18n';

describe('translate', () => {
  it.each([
    ['en', 'overview.indicators', 1, '1 indicator'],
    ['en', 'overview.indicators', 2, '2 indicators'],
    ['en', 'overview.indicators', 0, '0 indicators'],
    ['th', 'overview.indicators', 1, '1 ตัวชี้วัด'],
  ] as const)('%s %s n=%i → %s', (lang, key, n, expected) => {
    expect(translate(lang, key, { n })).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'strategy.label', { no: 3 })).toBe('Strategy 3');
    expect(translate('en', 'strategy.label')).toBe('Strategy {no}');
  });

  it('has an English message for every Thai one, none empty', () => {
    const th = Object.keys(messages.th);
    expect(Object.keys(messages.en).sort()).toEqual(th.sort());
    for (const key of th) expect(messages.en[key as keyof typeof messages.en].trim(), key).not.toBe('');
  });
});
