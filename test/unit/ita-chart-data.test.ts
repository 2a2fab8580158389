import { describe, expect, it } from 'vitest';
import { gradeRows, histogramRows, indicatorRows, nationalRows, trimEmptyLowBins } from '../../client/components/ita/ita-chart-data';

describe('ITA chart shaping', () => {
  it('labels national years in the chosen calendar with the 80 % target and published figures', () => {
    const rows = nationalRows(
      [
        { year: 2567, mean: 93.05, passPercent: 92.44, published: { mean: 93.05, passPercent: 92.44 } },
        { year: 2568, mean: 90, passPercent: 50, published: null },
      ],
      'ce',
    );
    expect(rows).toEqual([
      { label: '2024', mean: 93.05, publishedMean: 93.05, passPercent: 92.44, publishedPassPercent: 92.44, target: 80 },
      { label: '2025', mean: 90, publishedMean: null, passPercent: 50, publishedPassPercent: null, target: 80 },
    ]);
  });

  it('labels grades in Thai or English with their share', () => {
    expect(gradeRows([{ grade: 'good', count: 3 }, { grade: 'passed', count: 1 }], 8, 'th')).toEqual([
      { grade: 'good', label: 'ผ่านดี', count: 3, percent: 37.5 },
      { grade: 'passed', label: 'ผ่าน', count: 1, percent: 12.5 },
    ]);
    expect(gradeRows([{ grade: 'AA', count: 0 }], 0, 'en')[0]).toMatchObject({ label: 'AA', percent: 0 });
  });

  it('labels histogram bins and trims the empty low tail only', () => {
    const rows = histogramRows([
      { from: 0, to: 10, count: 0, passing: false },
      { from: 10, to: 20, count: 2, passing: false },
      { from: 20, to: 30, count: 0, passing: false },
    ]);
    expect(rows[1]).toEqual({ label: '10–20', count: 2, passing: false });
    expect(trimEmptyLowBins(rows).map((r) => r.label)).toEqual(['10–20', '20–30']);
    expect(trimEmptyLowBins([{ count: 0 }])).toEqual([{ count: 0 }]);
  });

  it('turns indicator years into one row per indicator', () => {
    const rows = indicatorRows([{ year: 2567, i1: 90, i8: 84.49 }, { year: 2568, i1: 91 }], 'en');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ key: 'i1', label: '1. Performance of duties', tool: 'IIT', y2567: 90, y2568: 91 });
    expect(rows[7]).toMatchObject({ key: 'i8', tool: 'EIT', y2567: 84.49, y2568: null });
  });
});
