import { describe, expect, it } from 'vitest';
import { linePaths, lineScales, shownLabelIndexes, type LineRow, type LineSeries } from '../../client/lib/line-chart';

const margin = { top: 10, right: 10, bottom: 10, left: 10 };
const rowsOf = (values: Array<number | null>): LineRow[] => values.map((v, i) => ({ label: String(2565 + i), v }));
const series = (extra: Partial<LineSeries> = {}): LineSeries => ({ key: 'v', name: 'v', color: '#000', ...extra });
/** x = 10 + i × 25 over 5 rows on a 120-wide chart; y from ticks 0…100 over 100 px of plot. */
const scalesOf = (rows: LineRow[], reversed = false) =>
  lineScales({ rows, series: [series()], references: [], ticks: [0, 50, 100], decimals: 0, format: String, reversed, width: 120, height: 120, margin });

describe('linePaths', () => {
  it.each([
    ['every year present: one path', [1, 2, 3, 4, 5], {}, 1],
    ['a missing year breaks the line', [10, 20, null, 40, 50], {}, 2],
    ['connectNulls joins across a missing year', [10, 20, null, 40, 50], { connectNulls: true }, 1],
    ['a lone point between gaps has no path (its dot shows it)', [10, null, 30, null, 50], {}, 0],
    ['no values: nothing', [null, null, null, null, null], {}, 0],
  ] as const)('%s', (_name, values, extra, paths) => {
    const rows = rowsOf([...values]);
    expect(linePaths(rows, series(extra), scalesOf(rows))).toHaveLength(paths);
  });

  it('draws through the points at their positions', () => {
    const rows = rowsOf([0, 100, null, null, 50]);
    expect(linePaths(rows, series({ connectNulls: true }), scalesOf(rows))).toEqual(['M10.0,110.0L35.0,10.0L110.0,60.0']);
  });
});

describe('lineScales', () => {
  it.each([
    ['higher values higher up', false, 100, 10],
    ['a rank (reversed): the smaller value higher up', true, 0, 10],
  ] as const)('%s', (_name, reversed, value, y) => {
    expect(scalesOf(rowsOf([0, 50, 100, null, null]), reversed).y(value)).toBeCloseTo(y);
  });

  it('keeps a value or reference outside the ticks inside the plot', () => {
    const rows = rowsOf([0, 150, null, null, null]);
    const s = lineScales({ rows, series: [series()], references: [-50], ticks: [0, 50, 100], decimals: 0, format: String, width: 120, height: 120, margin });
    expect(s.y(150)).toBeCloseTo(10);
    expect(s.y(-50)).toBeCloseTo(110);
  });

  it('makes nice ticks over the data, the references and the bounds when none are given', () => {
    const rows = rowsOf([62, 70, 81, null, null]);
    const s = lineScales({ rows, series: [series()], references: [85], bounds: [50, 100], decimals: 0, format: String, width: 400, height: 200, margin });
    expect(s.yTicks[0]).toBeLessThanOrEqual(50);
    expect(s.yTicks[s.yTicks.length - 1]).toBeGreaterThanOrEqual(100);
  });

  it.each([
    [0, 0],
    [47, 1],
    [48, 2],
    [300, 4],
  ])('the row nearest to x = %s is %s', (px, index) => {
    expect(scalesOf(rowsOf([1, 2, 3, 4, 5])).nearestIndex(px)).toBe(index);
  });
});

describe('shownLabelIndexes', () => {
  const years = (n: number) => Array.from({ length: n }, (_, i) => String(2555 + i));
  it.each([
    ['no labels', 0, 600, []],
    ['one label', 1, 300, [0]],
    ['six years on a desktop: all', 6, 600, [0, 1, 2, 3, 4, 5]],
    // 4 characters × 7 + 12 = 40 px each; 16 years on 300 px are 20 px apart: every 2nd, the last kept.
    ['sixteen years on a phone: every second, first and last', 16, 300, [0, 2, 4, 6, 8, 10, 12, 15]],
    ['the one before the last dropped when it would touch it', 5, 120, [0, 2, 4]],
  ] as const)('%s', (_name, n, width, shown) => {
    expect(shownLabelIndexes(years(n), width)).toEqual(shown);
  });

  it('never writes two labels closer than a label is wide', () => {
    for (const n of [3, 7, 12, 20, 31]) {
      for (const width of [200, 300, 500, 900]) {
        const shown = shownLabelIndexes(years(n), width);
        const spacing = width / (n - 1);
        for (let i = 1; i < shown.length; i++) expect((shown[i]! - shown[i - 1]!) * spacing).toBeGreaterThanOrEqual(40 - 1e-9);
        expect(shown[0]).toBe(0);
        expect(shown[shown.length - 1]).toBe(n - 1);
      }
    }
  });
});
