import { describe, expect, it } from 'vitest';
import { buildTrendRows, latestPoint, niceTicks, targetFor } from '../../client/lib/chart-data';

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
    expect(rows[1]).toEqual({ year: 2566, label: '2566', actual: null, provisional: null, bridge: null, coverage: null, target: null, originalTarget: null });
    expect(rows[5]).toMatchObject({ actual: null, target: 57 });
  });

  it('labels editions by their C.E. year', () => {
    const rows = buildTrendRows({ values, targets: [], yearKind: 'edition' }, 'ce');
    expect(rows.map((r) => r.label)).toEqual(['2022', '2023', '2024']);
  });

  it('draws a provisional value apart, on a dashed segment from the last published value', () => {
    const rows = buildTrendRows(
      { values: [{ year: 2566, value: 405 }, { year: 2568, value: 398, provisional: true, coverage: { n: 1, N: 77 } }], targets: [], yearKind: 'fiscal' },
      'be',
    );
    expect(rows.map((r) => [r.year, r.actual, r.provisional, r.bridge])).toEqual([
      [2566, 405, null, 405],
      [2567, null, null, null],
      [2568, null, 398, 398],
    ]);
    expect(rows[2]?.coverage).toEqual({ n: 1, N: 77 });
  });

  it('keeps a revised target’s original as a faint line over the target years', () => {
    const rows = buildTrendRows({ values: [], targets: [{ year: 2565, value: 50, originalValue: 50 }, { year: 2570, value: 52, originalValue: 57 }], yearKind: 'fiscal' }, 'be');
    expect(rows.filter((r) => r.originalTarget !== null).map((r) => [r.year, r.target, r.originalTarget])).toEqual([
      [2565, 50, 50],
      [2570, 52, 57],
    ]);
    const unrevised = buildTrendRows({ values: [], targets: [{ year: 2570, value: 57, originalValue: 57 }], yearKind: 'fiscal' }, 'be');
    expect(unrevised.every((r) => r.originalTarget === null)).toBe(true);
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

describe('niceTicks never repeats a label', () => {
  const fmt = (decimals: number) => (v: number) => v.toFixed(decimals);
  it.each([
    ['a count 0–3', 0, 3, 0],
    ['a count 0–1', 0, 1, 0],
    ['a flat count', 5, 5, 0],
    ['WGI −0.47 … −0.45', -0.47, -0.45, 2],
    ['WGI flat at −0.47', -0.47, -0.47, 2],
    ['CPI 32–38', 32, 38, 0],
    ['ITA pass rate 70.52–94.17', 70.52, 94.17, 2],
    ['a rank 101–116', 101, 116, 0],
    ['a percent 98–100', 98, 100, 1],
    ['a big sum', 0, 100000, 0],
  ] as const)('%s', (_name, min, max, decimals) => {
    const ticks = niceTicks(min, max, decimals, 5, fmt(decimals));
    const labels = ticks.map(fmt(decimals));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    // The ticks cover the data.
    expect(ticks[0]!).toBeLessThanOrEqual(min);
    expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
    // Whole numbers only where the values are whole.
    if (decimals === 0) expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
  });
});
