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
    expect(e2013).toMatchObject({ score: 35, rank: 102, countries: 177 });
    const e2025 = cpi.editions.find((e) => e.editionCe === 2025);
    expect(e2025).toMatchObject({ year: 2568, score: 33, rank: 116, countries: 182 });
    expect(e2025?.percentile).toBeCloseTo((116 / 182) * 100, 10);
    const e2014 = cpi.editions.find((e) => e.editionCe === 2014);
    expect(e2014).toMatchObject({ countries: 175 });
    expect(e2014?.percentile).toBeCloseTo((85 / 175) * 100, 10);
  });

  it("every CPI value's first source is its edition's page on transparency.org; the press report is the second link", async () => {
    const { cpi } = await callerFor(fresh.db).indices.summary();
    const values = [...(cpi.score?.editions ?? []), ...(cpi.rank?.editions ?? [])];
    expect(values.length).toBe(14 + 14);
    for (const v of values) {
      expect(v.sourceUrl, `${v.editionCe}`).toBe(`https://www.transparency.org/en/cpi/${v.editionCe}`);
      expect(v.secondarySourceUrl ?? '', `${v.editionCe}`).not.toMatch(/transparency\.org/);
    }
    for (const e of cpi.editions) expect(e.sourceUrl).toBe(`https://www.transparency.org/en/cpi/${e.editionCe}`);
    // The same holds on the indicator pages, which read the same rows.
    const detail = await callerFor(fresh.db).indicator.byCode({ code: 'CPI-RANK' });
    for (const v of detail.values) expect(v.sourceUrl).toBe(`https://www.transparency.org/en/cpi/${v.year - 543}`);
  });

  it('publication dates are recorded where a source gives them, and left unknown where it does not', async () => {
    const { cpi } = await callerFor(fresh.db).indices.summary();
    const date = (ce: number) => cpi.editions.find((e) => e.editionCe === ce)?.publishedOn;
    expect(date(2025)).toBe('2026-02-10');
    expect(date(2023)).toBe('2024-01-30');
    expect(date(2022)).toBe('2023-01-31');
    expect(date(2021)).toBe('2022-01-25');
    expect(date(2018)).toBe('2019-01-29');
    // February 2025: the day is not confirmed, so no date is invented.
    expect(date(2024)).toBeNull();
    expect(date(2012)).toBeNull();
    const ita = await callerFor(fresh.db).indicator.byCode({ code: 'ITA-MEAN' });
    expect(ita.values.map((v) => [v.year, v.publishedOn])).toEqual([
      [2564, '2021-08-26'],
      [2565, '2022-08-01'],
      [2566, '2023-08-10'],
      [2567, '2024-07-30'],
      [2568, '2025-08-15'],
    ]);
  });

  it('the 80 % ITA target is sourced for 2565 only; later years are carried forward, not official', async () => {
    const pass = await callerFor(fresh.db).indicator.byCode({ code: 'ITA-PASS' });
    const stated = pass.targets.filter((t) => !t.carriedForward);
    expect(stated.map((t) => [t.year, t.value])).toEqual([[2565, 80]]);
    expect(stated[0]?.sourceUrl).toMatch(/^https:\/\//);
    const carried = pass.targets.filter((t) => t.carriedForward);
    expect(carried.map((t) => t.year)).toEqual([2566, 2567, 2568, 2569, 2570]);
    // A carried-forward target cites no source: it must not borrow 2565's.
    for (const t of carried) expect(t.sourceUrl).toBeNull();
    const national = await callerFor(fresh.db).ita.national();
    expect(national.targetStatedYears).toEqual([2565]);
  });

  it('CPI texts name no year, so nothing is left in B.E. in C.E. mode', async () => {
    for (const code of ['CPI-SCORE', 'CPI-RANK', 'ITA-MEAN', 'ITA-PASS', 'WGI-CC', 'WJP-RANK']) {
      const ind = await callerFor(fresh.db).indicator.byCode({ code });
      for (const text of [ind.methodTh, ind.methodEn, ind.definitionTh, ind.definitionEn]) expect(text, code).not.toMatch(/\b(19|20|25)\d\d\b/);
    }
  });

  it('CPI carries the national targets and its status from the one status layer', async () => {
    const { cpi } = await callerFor(fresh.db).indices.summary();
    expect(cpi.score?.targets.map((t) => [t.year, t.editionCe, t.value])).toEqual([
      [2565, 2022, 50],
      [2570, 2027, 57],
    ]);
    expect(cpi.rank?.targets.map((t) => [t.year, t.value])).toEqual([
      [2565, 54],
      [2566, 53],
      [2570, 43],
    ]);
    // The NACC action plan, phase 2: rank ≤ 53 for 2566 and ≤ 43 for 2570, with its source.
    for (const t of cpi.rank?.targets.filter((x) => x.year >= 2566) ?? []) {
      expect(t.sourceUrl).toBe('https://www.infoquest.co.th/2022/254992');
      expect(t.sourceTh).toContain('ระยะที่ 2');
    }
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
