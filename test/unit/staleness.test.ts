import { describe, expect, it } from 'vitest';
import { computeStaleness, expectedReleaseDate, periodEnd } from '../../shared/status';

describe('periodEnd', () => {
  it.each([
    [2568, 'fiscal', '2025-09-30'], // FY 2568 = 1 Oct 2024 – 30 Sep 2025
    [2565, 'fiscal', '2022-09-30'],
    [2567, 'edition', '2024-12-31'], // CPI 2024 edition
  ] as const)('%d (%s) ends %s', (year, kind, iso) => {
    expect(periodEnd(year, kind)).toBe(iso);
  });
});

describe('expectedReleaseDate', () => {
  it.each([
    [2569, 'fiscal', 1, '2026-10-31'], // ITA FY 2569 results: one month after 30 Sep 2026
    [2569, 'edition', 2, '2027-02-28'], // CPI 2026 edition, published early 2027
    [2566, 'edition', 2, '2024-02-29'], // leap year
    [2566, 'edition', 10, '2024-10-31'], // WGI: ten months after the edition year
    [2569, 'edition', 0, '2026-12-31'],
    [2565, 'fiscal', 3, '2022-12-31'],
    [2565, 'fiscal', 15, '2023-12-31'], // lags longer than a year roll over
  ] as const)('%d %s + %d months → %s', (year, kind, lag, iso) => {
    expect(expectedReleaseDate(year, kind, lag)).toBe(iso);
  });
});

describe('computeStaleness', () => {
  const ita = { yearKind: 'fiscal' as const, releaseLagMonths: 1, values: [{ year: 2567 }, { year: 2568 }] };
  const cpi = { yearKind: 'edition' as const, releaseLagMonths: 2, values: [{ year: 2567 }, { year: 2568 }] };

  it.each([
    ['ITA FY 2569 not yet due on its expected date', ita, '2026-10-31', false, null],
    ['ITA FY 2569 overdue the day after', ita, '2026-11-01', true, 1],
    ['ITA FY 2569 overdue three weeks later', ita, '2026-11-21', true, 21],
    ['CPI 2026 edition not due in late 2026', cpi, '2026-11-21', false, null],
    ['CPI 2026 edition overdue in March 2027', cpi, '2027-03-01', true, 1],
  ] as const)('%s', (_name, subject, today, overdue, days) => {
    const s = computeStaleness(subject, today);
    expect(s.latestYear).toBe(2568);
    expect(s.nextYear).toBe(2569);
    expect(s.overdue).toBe(overdue);
    expect(s.daysOverdue).toBe(days);
  });

  it('uses the latest year whatever the order of the values', () => {
    const s = computeStaleness({ ...ita, values: [{ year: 2568 }, { year: 2565 }] }, '2026-01-01');
    expect(s).toEqual({ latestYear: 2568, nextYear: 2569, expectedReleaseOn: '2026-10-31', overdue: false, daysOverdue: null });
  });

  it('accepts a Date as today', () => {
    expect(computeStaleness(ita, new Date('2026-11-02T03:00:00Z')).overdue).toBe(true);
  });

  it('is never overdue without an expected release lag', () => {
    const s = computeStaleness({ ...ita, releaseLagMonths: null }, '2099-01-01');
    expect(s).toMatchObject({ overdue: false, expectedReleaseOn: null, nextYear: 2569 });
  });

  it('without values, awaits the plan first year when given', () => {
    const none = { yearKind: 'fiscal' as const, releaseLagMonths: 3, values: [] };
    expect(computeStaleness(none, '2026-01-01', 2565)).toMatchObject({
      latestYear: null,
      nextYear: 2565,
      expectedReleaseOn: '2022-12-31',
      overdue: true,
    });
    expect(computeStaleness(none, '2026-01-01')).toMatchObject({ nextYear: null, overdue: false });
  });
});
