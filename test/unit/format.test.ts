import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPlanName, formatPlanYears, formatValueYear } from '../../client/lib/format';
import { formatIndicatorValue } from '../../client/lib/indicator-format';
import { readPrefs, withPrefs } from '../../client/hooks/use-prefs';

describe('formatNumber', () => {
  it.each([
    [93.821, 'th', 2, '93.82'],
    [8303, 'th', 0, '8,303'],
    [8303, 'en', 0, '8,303'],
    [0.5, 'en', 2, '0.50'],
    [null, 'th', 0, '–'],
    [Number.NaN, 'th', 0, '–'],
  ] as const)('%s (%s, %i dp) → %s', (value, lang, dp, expected) => {
    expect(formatNumber(value, lang, dp)).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    [1.734, 2, '+1.73'],
    [-2, 0, '−2'],
    [0, 1, '0.0'],
    [null, 0, '–'],
  ] as const)('%s → %s', (value, dp, expected) => {
    expect(formatChange(value, 'en', dp)).toBe(expected);
  });
});

describe('formatDate', () => {
  it('uses the Buddhist calendar in Thai by default', () => {
    expect(formatDate('2019-06-25', 'th', 'be')).toContain('2562');
  });
  it('uses the Common Era on request', () => {
    const text = formatDate('2019-06-25', 'th', 'ce');
    expect(text).toContain('2019');
    expect(text).not.toContain('2562');
  });
  it('formats English dates too', () => {
    expect(formatDate('2019-06-25', 'en', 'ce')).toBe('25 Jun 2019');
  });
  it('shows a dash for a missing date and the raw text for a bad one', () => {
    expect(formatDate(null, 'th', 'be')).toBe('–');
    expect(formatDate('not a date', 'th', 'be')).toBe('not a date');
  });
});

describe('formatValueYear', () => {
  it.each([
    [2567, 'fiscal', 'be', '2567'],
    [2567, 'fiscal', 'ce', '2024'],
    [2567, 'edition', 'be', '2024 (2567)'],
    [2567, 'edition', 'ce', '2024'],
  ] as const)('%i %s in %s → %s', (year, kind, cal, expected) => {
    expect(formatValueYear(year, kind, cal)).toBe(expected);
  });
});

describe('formatIndicatorValue', () => {
  it.each([
    [94.17, { unit: 'percent', decimals: 2 }, null, '94.17 %'],
    [107, { unit: 'rank', decimals: 0 }, 180, '107/180'],
    [107, { unit: 'rank', decimals: 0 }, null, '107'],
    [1, { unit: 'boolean', decimals: 0 }, null, 'yes'],
    [0, { unit: 'boolean', decimals: 0 }, null, 'no'],
    [-0.45, { unit: 'index', decimals: 2 }, null, '-0.45'],
    [null, { unit: 'score', decimals: 0 }, null, '–'],
  ] as const)('%s as %o → %s', (value, meta, outOf, expected) => {
    expect(formatIndicatorValue(value, meta, 'en', outOf)).toBe(expected);
  });
});

describe('URL preferences', () => {
  it.each([
    ['', { lang: 'th', cal: 'be' }],
    ['lang=en', { lang: 'en', cal: 'be' }],
    ['lang=en&cal=ce', { lang: 'en', cal: 'ce' }],
    ['lang=fr&cal=xx', { lang: 'th', cal: 'be' }],
  ])('reads "%s"', (qs, expected) => {
    expect(readPrefs(new URLSearchParams(qs))).toEqual(expected);
  });

  it.each([
    ['/', { lang: 'th', cal: 'be' }, '/'],
    ['/indicators/CPI-SCORE', { lang: 'en', cal: 'be' }, '/indicators/CPI-SCORE?lang=en'],
    ['/quick-wins?level=local', { lang: 'en', cal: 'ce' }, '/quick-wins?level=local&lang=en&cal=ce'],
  ] as const)('keeps the choice on links: %s', (path, prefs, expected) => {
    expect(withPrefs(path, prefs)).toBe(expected);
  });
});

describe('the plan period in the reader’s calendar', () => {
  it.each([
    ['th', 'be', 'พ.ศ. ๒๕๖๕–๒๕๗๐'],
    ['th', 'ce', 'ค.ศ. 2022–2027'],
    ['en', 'be', 'B.E. 2565–2570'],
    ['en', 'ce', '2022–2027'],
  ] as const)('%s / %s → %s', (lang, cal, expected) => {
    expect(formatPlanYears(2565, 2570, lang, cal)).toBe(expected);
  });

  it.each([
    ['ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (พ.ศ. ๒๕๖๕ - ๒๕๗๐)', 'th', 'ce', 'ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (ค.ศ. 2022–2027)'],
    ['ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (พ.ศ. ๒๕๖๕ - ๒๕๗๐)', 'th', 'be', 'ยุทธศาสตร์ด้านมาตรฐานทางจริยธรรม (พ.ศ. ๒๕๖๕ - ๒๕๗๐)'],
    ['Strategy (2022–2027)', 'en', 'ce', 'Strategy (2022–2027)'],
    ['A name without years', 'th', 'ce', 'A name without years'],
  ] as const)('%s (%s, %s)', (name, lang, cal, expected) => {
    expect(formatPlanName(name, 2565, 2570, lang, cal)).toBe(expected);
  });
});
