import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';

const fresh = freshDbPerTest();

describe('report.committee', () => {
  it('has the plan status and every strategy with its indicators, status, trend and targets', async () => {
    const r = await callerFor(fresh.db).report.committee();
    expect(r.plan.code).toBe('2565-2570');
    expect(r.strategies.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    for (const s of r.strategies) {
      expect(s.status.total).toBe(s.indicators.length);
      for (const i of s.indicators) {
        expect(i.strategyNo).toBe(s.no);
        expect(i.isExample).toBe(true); // the strategies' indicators are all badged examples for now
        expect(i.trend.length).toBeLessThanOrEqual(6);
      }
    }
    const cpi = r.goalIndicators.find((i) => i.code === 'CPI-SCORE');
    expect(cpi?.status.status).toBe('off_track');
    expect(cpi?.trend.map((t) => t.year)).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
    expect(cpi?.targets.map((t) => t.value)).toEqual([50, 57]);
  });

  it('lists the largest changes since the previous year, largest first, each a real year-on-year pair', async () => {
    const r = await callerFor(fresh.db).report.committee({ topChanges: 5 });
    expect(r.largestChanges).toHaveLength(5);
    const sizes = r.largestChanges.map((c) => Math.abs(c.changePct ?? 0));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const c of r.largestChanges) {
      expect(c.b.year - c.a.year).toBe(1);
      expect(c.change).not.toBeNull();
    }
    // CPI 2024 → 2025 edition: rank 107 → 116.
    const all = await callerFor(fresh.db).report.committee({ topChanges: 50 });
    expect(all.largestChanges.find((c) => c.code === 'CPI-RANK')).toMatchObject({ a: { year: 2567, value: 107 }, b: { year: 2568, value: 116 }, change: 9 });
    // Same numbers as the compare page for the same years.
    const compare = await callerFor(fresh.db).compare.years({ from: 2567, to: 2568 });
    const row = compare.rows.find((x) => x.code === 'CPI-RANK');
    expect(all.largestChanges.find((c) => c.code === 'CPI-RANK')).toMatchObject({ change: row?.change, changePct: row?.changePct, a: row?.a, b: row?.b });
  });

  it('has Quick Wins by level matching the overview, and the data date', async () => {
    const r = await callerFor(fresh.db).report.committee();
    const o = await callerFor(fresh.db).plan.overview();
    const overviewCounts = Object.fromEntries(o.quickWinsByLevel.map((l) => [l.level, l.total]));
    expect(Object.fromEntries(r.quickWinsByLevel.map((l) => [l.level, l.total]))).toEqual(overviewCounts);
    expect(r.quickWinsByLevel.map((l) => l.level)).toEqual(['central', 'regional', 'local']);
    const quickWins = r.quickWinsByLevel.flatMap((l) => l.items);
    expect(quickWins.length).toBeGreaterThan(0);
    expect(quickWins.every((q) => q.isExample)).toBe(true);
    expect(r.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(r.latestDataYear).toBe(2568);
  });

  it('lists overdue figures', async () => {
    const r = await callerFor(fresh.db).report.committee();
    const wgi = r.overdue.find((o) => o.code === 'WGI-CC');
    expect(wgi).toMatchObject({ overdue: true, nextYear: 2566, expectedReleaseOn: '2024-10-31' });
    expect(r.overdue.length).toBeGreaterThan(0);
    expect(r.overdue.every((o) => o.overdue)).toBe(true);
  });

  it('applies a chosen method to every status, and writes nothing', async () => {
    const before = tableCounts(fresh.db);
    const r = await callerFor(fresh.db).report.committee({ method: 'growth' });
    const statuses = [...r.goalIndicators, ...r.strategies.flatMap((s) => s.indicators)].map((i) => i.status.method);
    expect(new Set(statuses)).toEqual(new Set(['growth']));
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});
