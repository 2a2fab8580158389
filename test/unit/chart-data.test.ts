import { describe, expect, it } from 'vitest';
import { buildTrendRows, latestPoint, targetFor } from '../../client/lib/chart-data';

describe('buildTrendRows', () => {
  const values = [
    { year: 2565, value: 36 },
    { year: 2567, value: 34 },
  ];
  const targets = [
    { year: 2565, value: 50 },
    { year: 2570, value: 57 },
  ];

  it('makes one row per year across values, targets and the span, with gaps as null', () => {
    const rows = buildTrendRows({ values, targets, yearKind: 'fiscal', span: { from: 2565, to: 2570 } }, 'be');
    expect(rows.map((r) => r.year)).toEqual([2565, 2566, 2567, 2568, 2569, 2570]);
    expect(rows[1]).toEqual({ year: 2566, label: '2566', actual: null, target: null });
    expect(rows[5]).toMatchObject({ actual: null, target: 57 });
  });

  it('labels editions by their C.E. year', () => {
    const rows = buildTrendRows({ values, targets: [], yearKind: 'edition' }, 'ce');
    expect(rows.map((r) => r.label)).toEqual(['2022', '2023', '2024']);
  });

  it('returns nothing without data or span', () => {
    expect(buildTrendRows({ values: [], targets: [], yearKind: 'fiscal' }, 'be')).toEqual([]);
  });
});

describe('latestPoint and targetFor', () => {
  it('finds the latest value whatever the order', () => {
    expect(latestPoint([{ year: 2567, value: 1 }, { year: 2568, value: 2 }, { year: 2566, value: 3 }])?.year).toBe(2568);
    expect(latestPoint([])).toBeNull();
  });

  it.each([
    [2565, 2565],
    [2567, 2570],
    [2571, 2570],
  ])('the target that applies to %i is the one for %i', (year, expected) => {
    expect(targetFor([{ year: 2565, value: 50 }, { year: 2570, value: 57 }], year)?.year).toBe(expected);
  });

  it('has no target when none is set', () => {
    expect(targetFor([], 2565)).toBeNull();
  });
});
