import { describe, expect, it } from 'vitest';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';

const fresh = freshDbPerTest();

describe('indices.summary', () => {
  it('CPI: one row per edition with score, rank, countries and percentile, each with its source', async () => {
    const { cpi } = await callerFor(fresh.db).indices.summary();
    expect(cpi.editions.map((e) => e.editionCe)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(cpi.editions.every((e) => e.year === e.editionCe + 543)).toBe(true);
    const e2013 = cpi.editions.find((e) => e.editionCe === 2013);
    expect(e2013).toMatchObject({ score: null, rank: 102, countries: 177 });
    const e2025 = cpi.editions.find((e) => e.editionCe === 2025);
    expect(e2025).toMatchObject({ year: 2568, score: 33, rank: 116, countries: 182 });
    expect(e2025?.percentile).toBeCloseTo((116 / 182) * 100, 10);
    const e2014 = cpi.editions.find((e) => e.editionCe === 2014);
    expect(e2014).toMatchObject({ countries: null, percentile: null });
    for (const e of cpi.editions) expect(e.sourceUrl, String(e.editionCe)).toMatch(/^https?:\/\//);
  });

  it('CPI carries the national targets and its status from the one status layer', async () => {
    const { cpi } = await callerFor(fresh.db).indices.summary();
    expect(cpi.score?.targets.map((t) => [t.year, t.editionCe, t.value])).toEqual([
      [2565, 2022, 50],
      [2570, 2027, 57],
    ]);
    expect(cpi.rank?.targets.map((t) => t.value)).toEqual([54, 43]);
    const detail = await callerFor(fresh.db).indicator.byCode({ code: 'CPI-SCORE' });
    expect(cpi.score?.status).toEqual(detail.status);
    expect(cpi.score?.comparableFromYear).toBe(2555);
  });

  it('WGI and WJP: editions with sources; WJP ranks as percentiles; no target means no target set, not no data', async () => {
    const { wgi, wjp } = await callerFor(fresh.db).indices.summary();
    expect(wgi?.editions.map((e) => [e.editionCe, e.value])).toEqual([
      [2021, -0.48],
      [2022, -0.45],
    ]);
    expect(wgi?.status).toMatchObject({ status: 'no_target', reason: 'no_target' });
    expect(wgi?.staleness.overdue).toBe(true);
    const w2025 = wjp?.editions.find((e) => e.editionCe === 2025);
    expect(w2025).toMatchObject({ value: 77, rankOutOf: 143 });
    expect(w2025?.percentile).toBeCloseTo((77 / 143) * 100, 10);
    expect(wjp?.editions.length).toBeGreaterThan(0);
    expect(wjp?.editions.every((e) => e.sourceUrl)).toBe(true);
  });
});
