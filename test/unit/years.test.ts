import { describe, expect, it } from 'vitest';
import { beToCe, ceToBe, displayYear, fiscalYearBounds, fiscalYearOf, yearRange } from '../../shared/years';

describe('Buddhist Era ↔ Common Era', () => {
  it.each([
    [2565, 2022],
    [2570, 2027],
    [2555, 2012],
  ])('BE %i is CE %i and back', (be, ce) => {
    expect(beToCe(be)).toBe(ce);
    expect(ceToBe(ce)).toBe(be);
  });

  it.each([
    [2567, 'be', '2567'],
    [2567, 'ce', '2024'],
  ] as const)('displayYear(%i, %s) = %s', (be, cal, expected) => {
    expect(displayYear(be, cal)).toBe(expected);
  });
});

describe('Thai fiscal year (1 Oct – 30 Sep)', () => {
  it.each([
    ['2021-10-01', 2565],
    ['2022-09-30', 2565],
    ['2022-10-01', 2566],
    ['2024-01-15', 2567],
  ])('%s falls in FY %i', (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });

  it('bounds FY 2565 from 1 Oct 2021 to 30 Sep 2022', () => {
    expect(fiscalYearBounds(2565)).toEqual({ start: '2021-10-01', end: '2022-09-30' });
  });

  it('lists a range inclusively, and nothing when reversed', () => {
    expect(yearRange(2565, 2570)).toEqual([2565, 2566, 2567, 2568, 2569, 2570]);
    expect(yearRange(2570, 2565)).toEqual([]);
  });
});
