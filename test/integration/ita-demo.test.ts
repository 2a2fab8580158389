import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agencies, assignments, indicators, itaImports, itaResults } from '../../db/schema';
import { listAssignments } from '../../server/reporting/assignments';
import { seedItaDemo } from '../../db/seed/ita-demo';
import { PUBLISHED_ITA_RESULTS } from '../../db/seed/ita-published-data';
import { ITA_PUBLISHED, passPercent } from '../../shared/ita';
import { callerFor } from '../helpers/caller';
import { createTestDb, freshDbPerTest, tableCounts } from '../helpers/db';

// The national-scale demo (~8,300 agencies, four years) is seeded once; each test copies it.
const fresh = freshDbPerTest((db) => void seedItaDemo(db));

describe('the ITA demo at national scale, through the API', () => {
  it('reproduces every published national figure within 0.1 point and 0.1 percentage point', async () => {
    const n = await callerFor(fresh.db).ita.national();
    expect(n.years.map((y) => y.year)).toEqual(ITA_PUBLISHED.map((p) => p.year));
    for (const p of ITA_PUBLISHED) {
      const y = n.years.find((x) => x.year === p.year)!;
      expect(y.assessed).toBe(p.agencies);
      expect(Math.abs(y.mean! - p.mean)).toBeLessThanOrEqual(0.1);
      expect(Math.abs(y.passPercent - passPercent(p.passed, p.agencies))).toBeLessThanOrEqual(0.1);
      // Every generated row is flagged as demo so the UI can say so; the others are published results of real agencies.
      expect(y.demoRows).toBe(y.assessed - PUBLISHED_ITA_RESULTS.filter((r) => r.year === p.year).length);
    }
    expect(n.years.find((y) => y.year === 2565)?.meetsTarget).toBe(false);
    expect(n.years.find((y) => y.year === 2568)?.meetsTarget).toBe(true);
  });

  it('shows the demo round’s before/after beside the national change, with coverage, flagged as demo', async () => {
    const demo = (await callerFor(fresh.db).activity.list()).find((p) => p.isDemo)!;
    expect(demo.nameTh).toContain('ข้อมูลสาธิต');
    const round = await callerFor(fresh.db).activity.round({ roundId: demo.activities[0]!.rounds[0]!.id });
    const ba = round.beforeAfter;
    expect(ba).toMatchObject({ beforeYear: 2565, afterYear: 2567, available: true, demo: true });
    expect(ba.provinces.before).toMatchObject({ provinces: 4, provincesWithResults: 4 });
    expect(ba.provinces.before!.assessed).toBeGreaterThan(100);
    expect(ba.national.before!.assessed).toBe(ITA_PUBLISHED.find((p) => p.year === 2565)!.agencies);
    expect(ba.relativeChange).toBeCloseTo(ba.provinces.change! - ba.national.change!, 2);
  });

  it('spreads agencies over the 77 provinces and every province group', async () => {
    const byProvince = await callerFor(fresh.db).ita.breakdown({ year: 2568, by: 'province' });
    expect(byProvince.rows).toHaveLength(77);
    const byGroup = await callerFor(fresh.db).ita.breakdown({ year: 2568, by: 'group' });
    expect(byGroup.rows.filter((r) => r.key !== null)).toHaveLength(18);
    const byType = await callerFor(fresh.db).ita.breakdown({ year: 2568, by: 'type' });
    const sao = byType.rows.find((r) => r.key === 'sao')!;
    expect(sao.assessed).toBeGreaterThan(5000);
  });

  it('labels demo agencies and keeps the real core agencies unflagged', () => {
    const demo = fresh.db.select({ nameTh: agencies.nameTh }).from(agencies).where(eq(agencies.isDemo, true)).all();
    expect(demo.length).toBeGreaterThan(8000);
    expect(demo.every((a) => a.nameTh.startsWith('หน่วยงานสาธิต'))).toBe(true);
    expect(fresh.db.select({ isDemo: agencies.isDemo }).from(agencies).where(eq(agencies.code, 'OCSC')).get()?.isDemo).toBe(false);
    const imports = fresh.db.select({ isDemo: itaImports.isDemo, year: itaImports.year }).from(itaImports).all();
    expect(imports).toHaveLength(4);
    expect(imports.every((i) => i.isDemo)).toBe(true);
  });

  it('gives no real (non-demo) agency a generated row; real agencies carry only their published results', () => {
    const generatedOnReal = fresh.db
      .select({ code: agencies.code, year: itaResults.year })
      .from(itaResults)
      .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
      .where(and(eq(agencies.isDemo, false), eq(itaResults.isDemo, true)))
      .all();
    expect(generatedOnReal).toEqual([]);
    // A row on a real agency is a published one: with its source.
    const onReal = fresh.db
      .select({ code: agencies.code, year: itaResults.year, sourceUrl: itaResults.sourceUrl })
      .from(itaResults)
      .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
      .where(eq(agencies.isDemo, false))
      .all();
    expect(onReal.map((r) => `${r.code} ${r.year}`).sort()).toEqual(PUBLISHED_ITA_RESULTS.map((r) => `${r.agencyCode} ${r.year}`).sort());
    expect(onReal.every((r) => r.sourceUrl?.startsWith('https://'))).toBe(true);
    // Demo rows only on demo agencies, and every demo agency is flagged in the registry (not just by its code).
    const demoOnDemo = fresh.db
      .select({ code: agencies.code })
      .from(itaResults)
      .innerJoin(agencies, eq(agencies.id, itaResults.agencyId))
      .where(and(eq(itaResults.isDemo, true), eq(agencies.isDemo, false)))
      .all();
    expect(demoOnDemo).toEqual([]);
  });

  it('สตง. 2568 shows its published 94.64, rated "ผ่าน" (EIT below 85), with its news source marked secondary', async () => {
    const profile = await callerFor(fresh.db).ita.agency({ code: 'OAG' });
    expect(profile.agency.isDemo).toBe(false);
    expect(profile.results.map((r) => [r.year, r.total, r.grade, r.isDemo])).toEqual([
      [2567, 92.43, 'unrated', false],
      [2568, 94.64, 'passed', false],
    ]);
    const r2568 = profile.results.find((r) => r.year === 2568)!;
    expect(r2568.sourceUrl).toBe('https://mgronline.com/uptodate/detail/9680000079675');
    expect(r2568.sourceIsSecondary).toBe(true);
    expect(r2568.sourceNote).toContain('EIT');
    // Not recomputed: by its total alone it would be "ผ่านดี" or better, and it is not.
    expect(r2568.grade).not.toBe('good');
    expect(r2568.grade).not.toBe('excellent');
    // NACC 2568: its published total; no invented failing score in 2565.
    const nacc = await callerFor(fresh.db).ita.agency({ code: 'NACC' });
    expect(nacc.results.map((r) => [r.year, r.total])).toEqual([[2568, 93.18]]);
    for (const code of ['OCSC', 'DLA', 'P10', 'P41']) {
      expect((await callerFor(fresh.db).ita.agency({ code })).results, code).toEqual([]);
    }
  });

  it('an assignment by type covers real agencies only: the demo twins of the provinces never report', () => {
    const twins = fresh.db.select({ code: agencies.code }).from(agencies).where(and(eq(agencies.type, 'province'), eq(agencies.isDemo, true))).all();
    expect(twins).toHaveLength(76);
    const indicator = fresh.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'S3-EX-01')).get()!;
    fresh.db.insert(assignments).values({ indicatorId: indicator.id, agencyType: 'province', fromYear: 2565 }).run();
    const byType = listAssignments(fresh.db, { indicatorId: indicator.id }).find((a) => a.agencyType === 'province' && a.agencyId === null);
    // The 76 real provincial administrations, not the 76 demo twins beside them.
    expect(byType?.agencyCount).toBe(76);
  });

  it('is idempotent: running it again changes no counts', () => {
    const before = tableCounts(fresh.db);
    const summary = seedItaDemo(fresh.db);
    expect(summary.agenciesCreated).toBe(0);
    const after = tableCounts(fresh.db);
    expect(after.agency).toBe(before.agency);
    expect(after.ita_result).toBe(before.ita_result);
    expect(after.ita_import).toBe(before.ita_import);
  });

  it('never overwrites a year that holds imported (non-demo) results', () => {
    // A database without the demo: the seeded template alone.
    const other = createTestDb();
    const p71 = other.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'P71')).get()!;
    other.insert(itaResults).values({ agencyId: p71.id, year: 2568, total: 91.5, grade: 'passed' }).run();
    const summary = seedItaDemo(other);
    expect(summary.skippedYears).toEqual([2568]);
    const rows2568 = other.select({ total: itaResults.total, isDemo: itaResults.isDemo }).from(itaResults).where(eq(itaResults.year, 2568)).all();
    // The imported row and the published results of real agencies stay; nothing generated joins them.
    expect(rows2568).toContainEqual({ total: 91.5, isDemo: false });
    expect(rows2568.filter((r) => r.isDemo)).toEqual([]);
    expect(rows2568).toHaveLength(1 + PUBLISHED_ITA_RESULTS.filter((r) => r.year === 2568).length);
    expect(summary.years.map((y) => y.year)).toEqual([2565, 2566, 2567]);
    other.$client.close();
  });
});
