import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';

const fresh = freshDbPerTest();

describe('compare.years', () => {
  it('ITA pass rate 2566 → 2568: values, change, % change, gaps to each year target, status A → B', async () => {
    const c = await callerFor(fresh.db).compare.years({ from: 2566, to: 2568 });
    expect([c.from, c.to]).toEqual([2566, 2568]);
    const ita = c.rows.find((r) => r.code === 'ITA-PASS');
    expect(ita).toMatchObject({
      yearKind: 'fiscal',
      method: 'trajectory',
      a: { year: 2566, value: 80.94, target: 80, gap: 0.94, meetsTarget: true, status: 'achieved', statusYear: 2566 },
      b: { year: 2568, value: 94.17, target: 80, gap: 14.17, meetsTarget: true, status: 'achieved', statusYear: 2568 },
      change: 13.23,
      trend: 'better',
      acrossBreak: false,
    });
    expect(ita?.changePct).toBeCloseTo((13.23 / 80.94) * 100, 10);
  });

  it('edition-year indices compare their editions: CPI 2023 (2566) → 2025 (2568)', async () => {
    const c = await callerFor(fresh.db).compare.years({ from: 2566, to: 2568 });
    const score = c.rows.find((r) => r.code === 'CPI-SCORE');
    expect(score).toMatchObject({ yearKind: 'edition', a: { value: 35, target: 57, targetYear: 2570, gap: -22 }, b: { value: 33 }, change: -2, trend: 'worse' });
    const rank = c.rows.find((r) => r.code === 'CPI-RANK');
    expect(rank).toMatchObject({ a: { value: 108, rankOutOf: 180 }, b: { value: 116, rankOutOf: 182 }, change: 8, trend: 'worse' });
  });

  it('a year with no value yet: no change, status as of the latest earlier value', async () => {
    const c = await callerFor(fresh.db).compare.years({ from: 2567, to: 2569 });
    const ex = c.rows.find((r) => r.code === 'S1-EX-01');
    expect(ex?.b).toMatchObject({ value: null, statusYear: 2567 });
    expect(ex).toMatchObject({ change: null, changePct: null, isExample: true });
  });

  it('without years, compares the latest year with data against two years before, and lists the years to pick', async () => {
    const c = await callerFor(fresh.db).compare.years({});
    expect([c.from, c.to]).toEqual([2566, 2568]);
    expect(c.years).toEqual(expect.arrayContaining([2555, 2565, 2566, 2567, 2568, 2569, 2570]));
    expect(c.years).toEqual([...c.years].sort((a, b) => a - b));
  });

  it('filters by strategy and by the plan goal', async () => {
    const goal = await callerFor(fresh.db).compare.years({ from: 2566, to: 2568, strategy: 'goal' });
    expect(goal.rows.length).toBeGreaterThan(0);
    expect(goal.rows.every((r) => r.strategyNo === null)).toBe(true);
    const s2 = await callerFor(fresh.db).compare.years({ from: 2566, to: 2568, strategy: 2 });
    expect(s2.rows.map((r) => r.code)).toEqual(['S2-EX-01']);
    expect(s2.strategies.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the growth method can be chosen for every row', async () => {
    const c = await callerFor(fresh.db).compare.years({ from: 2566, to: 2568, method: 'growth' });
    expect(c.rows.length).toBeGreaterThan(0);
    expect(c.rows.every((r) => r.method === 'growth')).toBe(true);
    expect(c.rows.find((r) => r.code === 'CPI-SCORE')?.b.status).toBe('off_track');
  });

  it('rejects a bad year naming the field, and an unknown plan', async () => {
    await expectTrpcError(callerFor(fresh.db).compare.years({ from: 1999, to: 2568 }), 'too_small', 'from');
    // @ts-expect-error — deliberately invalid filter
    await expectTrpcError(callerFor(fresh.db).compare.years({ from: 2566, to: 2568, strategy: 'all' }), 'invalid_format', 'strategy');
    await expectTrpcError(callerFor(fresh.db).compare.years({ from: 2566, to: 2568, planCode: '2571-2575' }), 'not_found');
  });

  it('writes nothing', async () => {
    const before = tableCounts(fresh.db);
    await callerFor(fresh.db).compare.years({ from: 2565, to: 2568 });
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});
