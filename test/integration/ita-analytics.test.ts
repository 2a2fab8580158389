import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { agencies, auditLog, itaResults, projectActivities } from '../../db/schema';
import { itaGrade } from '../../shared/ita';
import { callerFor } from '../helpers/caller';
import { createTestDb, freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

// A small, hand-made data set whose aggregates are easy to check by hand:
//              type          province  2567    2568
//   P71        province      71        90      96.01
//   P70        province      70        80      84.99
//   OCSC       department    12 (central) 95   85
//   T-SAO-1    sao           71        70      88
//   T-SAO-2    sao           71        60      50.02
//   T-MUN-1    municipality  70        —       92.01   (joined in 2568)
//   T-SAO-3    sao           50        85      —       (left after 2567)
const SCORES: Array<[code: string, y2567: number | null, y2568: number | null]> = [
  ['P71', 90, 96.01],
  ['P70', 80, 84.99],
  ['OCSC', 95, 85],
  ['T-SAO-1', 70, 88],
  ['T-SAO-2', 60, 50.02],
  ['T-MUN-1', null, 92.01],
  ['T-SAO-3', 85, null],
];

function insertScores(db: Db) {
  // The hand-made set is the only ITA data: drop the published results of real agencies the seed adds.
  db.delete(itaResults).run();
  const extra = [
    { code: 'T-SAO-1', nameTh: 'อบต.ทดสอบหนึ่ง', nameEn: 'Test SAO one', type: 'sao' as const, provinceCode: '71' },
    { code: 'T-SAO-2', nameTh: 'อบต.ทดสอบสอง', nameEn: 'Test SAO two', type: 'sao' as const, provinceCode: '71' },
    { code: 'T-MUN-1', nameTh: 'เทศบาลทดสอบ', nameEn: 'Test municipality', type: 'municipality' as const, provinceCode: '70' },
    { code: 'T-SAO-3', nameTh: 'อบต.ทดสอบสาม', nameEn: 'Test SAO three', type: 'sao' as const, provinceCode: '50' },
  ];
  for (const e of extra) db.insert(agencies).values({ ...e, level: 'local' }).run();
  for (const [code, ...totals] of SCORES) {
    const agency = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)).get()!;
    [2567, 2568].forEach((year, i) => {
      const total = totals[i];
      if (total === null || total === undefined) return;
      // Tools equal to the total, except OCSC 2568 whose EIT is below 85 (so it is "ผ่าน").
      const tools = { iit: total, eit: code === 'OCSC' && year === 2568 ? 80 : total, oit: total };
      db.insert(itaResults)
        .values({ agencyId: agency.id, year, total, ...tools, i3: total, grade: itaGrade(year, { total, ...tools }) })
        .run();
    });
  }
  return { admin: insertUser(db, 'admin') };
}
const fresh = freshDbPerTest(insertScores);

describe('ita national, grades and histogram', () => {
  it('computes the national mean and pass rate per year against the 80 % target', async () => {
    const n = await callerFor(fresh.db).ita.national();
    expect(n.targetPercent).toBe(80);
    expect(n.years.map((y) => [y.year, y.assessed, y.mean, y.passed, y.passPercent, y.meetsTarget])).toEqual([
      [2567, 6, 80, 3, 50, false],
      [2568, 6, 82.67, 4, 66.67, false],
    ]);
    expect(n.years.every((y) => y.demoRows === 0)).toBe(true);
    // The published national figures are shown beside the data, with their source.
    expect(n.years[1]?.published).toMatchObject({ agencies: 8317, mean: 93.82, passPercent: 94.17 });
    expect(n.publishedOnly.map((p) => p.year)).toEqual([2565, 2566]);
  });

  it('counts grades on each year’s scale', async () => {
    const g = await callerFor(fresh.db).ita.grades();
    const y2568 = g.find((x) => x.year === 2568)!;
    expect(y2568.grades.map((x) => x.grade)).toEqual(['excellent', 'good', 'passed', 'improve', 'urgent']);
    // P71 96.01 excellent; MUN 92.01 and SAO-1 88 good; OCSC 85 with EIT 80 passed; P70 84.99 improve; SAO-2 urgent.
    expect(Object.fromEntries(y2568.grades.map((x) => [x.grade, x.count]))).toEqual({
      excellent: 1,
      good: 2,
      passed: 1,
      improve: 1,
      urgent: 1,
    });
  });

  it('bins the scores of a year, 100 in the last bin', async () => {
    const h = await callerFor(fresh.db).ita.histogram({ year: 2568, binWidth: 10 });
    expect(h.bins).toHaveLength(10);
    expect(h.bins.filter((b) => b.count > 0).map((b) => [b.from, b.count])).toEqual([
      [50, 1],
      [80, 3],
      [90, 2],
    ]);
    expect(h.bins.find((b) => b.from === 80)?.passing).toBe(false);
    expect(h.assessed).toBe(6);
  });

  it('defaults to the latest year', async () => {
    expect((await callerFor(fresh.db).ita.histogram()).year).toBe(2568);
    expect((await callerFor(fresh.db).ita.agencies()).year).toBe(2568);
  });
});

describe('ita.breakdown', () => {
  it('by level, with the change on the year before', async () => {
    const b = await callerFor(fresh.db).ita.breakdown({ year: 2568, by: 'level' });
    const rows = Object.fromEntries(b.rows.map((r) => [r.key, [r.assessed, r.mean, r.passed, r.previousMean]]));
    expect(rows).toEqual({
      regional: [2, 90.5, 1, 85],
      central: [1, 85, 1, 95],
      local: [3, 76.68, 2, 71.67],
    });
    expect(b.rows[0]?.label.th).toBe('ส่วนภูมิภาค');
  });

  it('by type, region, province group and province', async () => {
    const c = callerFor(fresh.db);
    const byType = await c.ita.breakdown({ year: 2568, by: 'type' });
    expect(byType.rows.find((r) => r.key === 'sao')).toMatchObject({ assessed: 2, mean: 69.01, label: { th: 'องค์การบริหารส่วนตำบล (อบต.)' } });
    const byProvince = await c.ita.breakdown({ year: 2568, by: 'province', level: 'local' });
    expect(byProvince.rows.map((r) => [r.key, r.assessed])).toEqual([
      ['70', 1],
      ['71', 2],
    ]);
    const byGroup = await c.ita.breakdown({ year: 2568, by: 'group' });
    const lowerCentral1 = byGroup.rows.find((r) => r.label.th === 'กลุ่มจังหวัดภาคกลางตอนล่าง 1');
    expect(lowerCentral1).toMatchObject({ assessed: 5, mean: 82.21, passed: 3 });
    const byRegion = await c.ita.breakdown({ year: 2568, by: 'region' });
    expect(byRegion.rows.map((r) => r.key).sort()).toEqual(['central', 'west']);
  });

  it('rejects an unknown dimension naming the field', async () => {
    // @ts-expect-error — deliberately wrong
    await expectTrpcError(callerFor(fresh.db).ita.breakdown({ by: 'ministry' }), 'invalid_option', 'by');
  });
});

describe('ita.indicators and ita.movers', () => {
  it('averages tools and indicators by year; missing indicators stay empty', async () => {
    const rows = await callerFor(fresh.db).ita.indicators();
    expect(rows.map((r) => [r.year, r.total, r.iit, r.i3, r.i1])).toEqual([
      [2567, 80, 80, 80, null],
      [2568, 82.67, 82.67, 82.67, null],
    ]);
  });

  it('lists improvers and decliners between two years with a summary', async () => {
    const m = await callerFor(fresh.db).ita.movers({ from: 2567, to: 2568, limit: 10 });
    expect(m.summary).toMatchObject({ compared: 5, improved: 3, declined: 2, meanChange: 1.8, newlyPassing: 1, newlyFailing: 0 });
    expect(m.improvers.map((x) => [x.code, x.change])).toEqual([
      ['T-SAO-1', 18],
      ['P71', 6.01],
      ['P70', 4.99],
    ]);
    expect(m.decliners.map((x) => [x.code, x.change])).toEqual([
      ['OCSC', -10],
      ['T-SAO-2', -9.98],
    ]);
    expect(m.improvers[0]).toMatchObject({ nameTh: 'อบต.ทดสอบหนึ่ง', provinceNameTh: 'กาญจนบุรี', fromGrade: 'improve', toGrade: 'good' });
    const local = await callerFor(fresh.db).ita.movers({ from: 2567, to: 2568, level: 'local' });
    expect(local.improvers.map((x) => x.code)).toEqual(['T-SAO-1']);
    expect(local.summary.compared).toBe(2);
  });

  it('refuses the same year twice', async () => {
    await expectTrpcError(callerFor(fresh.db).ita.movers({ from: 2568, to: 2568 }), 'same_years', 'to');
  });
});

describe('ita.agencies (server-side sort, filter, paging)', () => {
  it('sorts by total and pages', async () => {
    const c = callerFor(fresh.db);
    const all = await c.ita.agencies({ year: 2568 });
    expect(all.total).toBe(6);
    expect(all.rows.map((r) => r.code)).toEqual(['P71', 'T-MUN-1', 'T-SAO-1', 'OCSC', 'P70', 'T-SAO-2']);
    const page = await c.ita.agencies({ year: 2568, limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.code)).toEqual(['T-SAO-1', 'OCSC']);
    expect(page.rows[0]).toMatchObject({ previousTotal: 70, change: 18, provinceNameTh: 'กาญจนบุรี', isDemo: false });
  });

  it('sorts by change with agencies new this year last, and by name', async () => {
    const byChange = await callerFor(fresh.db).ita.agencies({ year: 2568, sort: 'change', dir: 'asc' });
    expect(byChange.rows.map((r) => r.code)).toEqual(['OCSC', 'T-SAO-2', 'P70', 'P71', 'T-SAO-1', 'T-MUN-1']);
    const byChangeDesc = await callerFor(fresh.db).ita.agencies({ year: 2568, sort: 'change', dir: 'desc' });
    expect(byChangeDesc.rows.at(-1)?.code).toBe('T-MUN-1');
    const byCode = await callerFor(fresh.db).ita.agencies({ year: 2568, sort: 'code', dir: 'asc' });
    expect(byCode.rows.map((r) => r.code)).toEqual(['OCSC', 'P70', 'P71', 'T-MUN-1', 'T-SAO-1', 'T-SAO-2']);
  });

  it('searches code and names (Thai and English), literally', async () => {
    const c = callerFor(fresh.db);
    expect((await c.ita.agencies({ year: 2568, q: 't-sao' })).rows.map((r) => r.code)).toEqual(['T-SAO-1', 'T-SAO-2']);
    expect((await c.ita.agencies({ year: 2568, q: 'ทดสอบสอง' })).rows.map((r) => r.code)).toEqual(['T-SAO-2']);
    expect((await c.ita.agencies({ year: 2568, q: 'municipality' })).rows.map((r) => r.code)).toEqual(['T-MUN-1']);
    expect((await c.ita.agencies({ year: 2568, q: '%' })).total).toBe(0);
  });

  it('filters by level, type, region, province, grade and pass', async () => {
    const c = callerFor(fresh.db);
    expect((await c.ita.agencies({ year: 2568, passed: false })).rows.map((r) => r.code)).toEqual(['P70', 'T-SAO-2']);
    expect((await c.ita.agencies({ year: 2568, type: 'sao' })).total).toBe(2);
    expect((await c.ita.agencies({ year: 2568, provinceCode: '70' })).rows.map((r) => r.code)).toEqual(['T-MUN-1', 'P70']);
    expect((await c.ita.agencies({ year: 2568, region: 'west' })).total).toBe(5);
    expect((await c.ita.agencies({ year: 2568, grade: 'passed' })).rows.map((r) => r.code)).toEqual(['OCSC']);
    expect((await c.ita.agencies({ year: 2568, level: 'central' })).rows.map((r) => r.code)).toEqual(['OCSC']);
  });

  it('validates paging limits', async () => {
    await expectTrpcError(callerFor(fresh.db).ita.agencies({ limit: 1000 }), 'too_big', 'limit');
  });
});

describe('ita.agency and ita.province', () => {
  it('profiles an agency against its type and the nation', async () => {
    const prof = await callerFor(fresh.db).ita.agency({ code: 't-sao-1' });
    expect(prof.agency).toMatchObject({ code: 'T-SAO-1', type: 'sao', provinceNameTh: 'กาญจนบุรี', groupNameTh: 'กลุ่มจังหวัดภาคกลางตอนล่าง 1' });
    expect(prof.agency).not.toHaveProperty('id');
    expect(prof.results.map((r) => [r.year, r.total, r.typeRank, r.typeAssessed, r.nationalMean])).toEqual([
      [2567, 70, 2, 3, 80],
      [2568, 88, 1, 2, 82.67],
    ]);
    expect(prof.typeAverages.map((t) => [t.year, t.assessed, t.total])).toEqual([
      [2567, 3, 71.67],
      [2568, 2, 69.01],
    ]);
    // The ten indicators against the type: the latest year unless another is asked for.
    expect(prof.typeIndicatorAverages).toMatchObject({ year: 2568, assessed: 2, i3: 69.01, i1: null });
    const y2567 = await callerFor(fresh.db).ita.agency({ code: 'T-SAO-1', year: 2567 });
    expect(y2567.typeIndicatorAverages).toMatchObject({ year: 2567, assessed: 3, i3: 71.67 });
  });

  it('answers NOT_FOUND for an unknown agency', async () => {
    const err = await expectTrpcError(callerFor(fresh.db).ita.agency({ code: 'NOPE' }), 'not_found', 'code');
    expect(err.params).toEqual({ entity: 'agency', key: 'NOPE' });
  });

  it('shows a province with its agencies, its rank and the seminar rounds held there', async () => {
    const prov = await callerFor(fresh.db).ita.province({ code: '71', year: 2568 });
    expect(prov.province).toMatchObject({ nameTh: 'กาญจนบุรี', groupNameTh: 'กลุ่มจังหวัดภาคกลางตอนล่าง 1' });
    expect(prov.agencies.map((a) => a.code)).toEqual(['P71', 'T-SAO-1', 'T-SAO-2']);
    expect(prov.byYear.map((y) => [y.year, y.assessed, y.mean])).toEqual([
      [2567, 3, 73.33],
      [2568, 3, 78.01],
    ]);
    // Province 70 (88.50) ranks above 71 (78.01) among the provinces with data.
    expect(prov.rank).toEqual({ rank: 2, of: 2, mean: 78.01 });
    // The real OCSC seminar round 5 (June 2562) included Kanchanaburi; no ITA data for 2561/2563 here.
    expect(prov.rounds).toHaveLength(1);
    expect(prov.rounds[0]).toMatchObject({ roundNo: 5, beforeYear: 2561, afterYear: 2563 });
    expect(prov.rounds[0]?.province).toMatchObject({ before: null, after: null, change: null });
  });
});

describe('ita.targeting', () => {
  it('ranks provinces by mean with adjustable thresholds and flags the medium–low band', async () => {
    const t = await callerFor(fresh.db).ita.targeting({ year: 2568, highFrom: 85, mediumFrom: 80 });
    expect(t.thresholds).toEqual({ highFrom: 85, mediumFrom: 80, source: 'input' });
    const withData = t.provinces.filter((p) => p.value !== null);
    expect(withData.map((p) => [p.code, p.value, p.band, p.mediumLow, p.rank])).toEqual([
      ['71', 78.01, 'low', true, 2],
      ['70', 88.5, 'high', false, 1],
    ]);
    // Central HQs do not count for their province by default; with them Nonthaburi appears.
    expect(t.provinces.find((p) => p.code === '12')?.value).toBeNull();
    const withCentral = await callerFor(fresh.db).ita.targeting({ year: 2568, levels: ['central', 'regional', 'local'] });
    expect(withCentral.provinces.find((p) => p.code === '12')?.value).toBe(85);
    // Coverage (n of N agencies at the chosen levels): N never below n, and it follows the levels.
    for (const x of [...t.provinces, ...withCentral.provinces]) expect(x.agencies).toBeGreaterThanOrEqual(x.assessed);
    expect(t.provinces.find((p) => p.code === '71')!.agencies).toBeGreaterThan(0);
    expect(withCentral.provinces.find((p) => p.code === '12')!.agencies).toBeGreaterThan(t.provinces.find((p) => p.code === '12')!.agencies);
    const group = t.groups.find((g) => g.nameTh === 'กลุ่มจังหวัดภาคกลางตอนล่าง 1');
    expect(group).toMatchObject({ assessed: 5, mean: 82.21, band: 'medium', mediumLowProvinces: ['71'] });
    expect(t.provinces.find((p) => p.code === '71')?.rounds).toBe(1);
  });

  it('ranks by pass rate and defaults to terciles', async () => {
    const t = await callerFor(fresh.db).ita.targeting({ year: 2568, metric: 'passRate' });
    expect(t.thresholds.source).toBe('terciles');
    expect(t.provinces.filter((p) => p.value !== null).map((p) => [p.code, p.value])).toEqual([
      ['70', 50],
      ['71', 66.67],
    ]);
  });

  it('refuses a medium threshold above the high one', async () => {
    await expectTrpcError(callerFor(fresh.db).ita.targeting({ highFrom: 80, mediumFrom: 90 }), 'threshold_order', 'mediumFrom');
  });
});

describe('activity rounds: before/after beside the national change', () => {
  const activityId = (db: Db) => db.select({ id: projectActivities.id }).from(projectActivities).orderBy(projectActivities.id).get()!.id;
  const round = (db: Db) => ({
    activityId: activityId(db),
    roundNo: 6,
    startDate: '2024-06-20',
    endDate: '2024-06-21',
    venue: 'ห้องประชุมทดสอบ',
    basisYear: 2567,
    provinceCodes: ['71', '70'],
    tracks: [{ titleTh: 'หลักสูตรทดสอบ', durationDays: 1, plannedAbout: 100, audiences: [{ nameTh: 'เจ้าหน้าที่จังหวัด', actual: 92 }] }],
  });

  it('creates, edits and deletes a round with audit rows; before/after pools the provinces and sits beside the national change', async () => {
    const { admin } = fresh.world;
    const c = callerFor(fresh.db, admin);
    const created = await c.activity.roundSave(round(fresh.db));
    expect(created).toMatchObject({ roundNo: 6, status: 'draft', version: 1 });
    expect(created.tracks[0]).toMatchObject({ plannedAbout: 100, actual: 92 });
    const detail = await c.activity.round({ roundId: created.id });
    expect(detail.provinces.find((p) => p.code === '71')).toMatchObject({ before: { mean: 73.33 }, after: { mean: 78.01 }, change: 4.68 });
    // 2567: P71 90, P70 80, T-SAO-1 70, T-SAO-2 60 → 75 (4); 2568 adds T-MUN-1 → 82.21 (5).
    // National 2567: 480 / 6 = 80; 2568: 496.03 / 6 = 82.67.
    expect(detail.beforeAfter).toMatchObject({
      beforeYear: 2567,
      afterYear: 2568,
      provinces: { before: { mean: 75, assessed: 4, provincesWithResults: 2, provinces: 2 }, after: { mean: 82.21, assessed: 5 }, change: 7.21 },
      national: { before: { mean: 80, assessed: 6 }, after: { mean: 82.67, assessed: 6 }, change: 2.67 },
      available: true,
      relativeChange: 4.54,
    });

    const edited = await c.activity.roundSave({ ...round(fresh.db), roundId: created.id, version: 1, provinceCodes: ['70'] });
    expect(edited.provinces.map((p) => p.code)).toEqual(['70']);
    expect(edited.version).toBe(2);
    // A second editor still holding version 1 is refused; nothing changes.
    await expectTrpcError(c.activity.roundSave({ ...round(fresh.db), roundId: created.id, version: 1, venue: 'x' }), 'stale_version', 'version');
    expect((await c.activity.round({ roundId: created.id })).venue).toBe('ห้องประชุมทดสอบ');

    await c.activity.roundDelete({ roundId: created.id, version: edited.version });
    await expectTrpcError(c.activity.round({ roundId: created.id }), 'not_found', 'roundId');
    const audit = fresh.db.select().from(auditLog).where(eq(auditLog.entity, 'round')).all();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit.every((a) => a.userId === admin.id)).toBe(true);
  });

  it('refuses an unknown province, a taken round number and an end before the start, writing nothing', async () => {
    const before = tableCounts(fresh.db);
    const c = callerFor(fresh.db, fresh.world.admin);
    const unknown = await expectTrpcError(c.activity.roundSave({ ...round(fresh.db), provinceCodes: ['99'] }), 'unknown_reference', 'provinceCodes');
    expect(unknown.params).toMatchObject({ key: '99' });
    await expectTrpcError(c.activity.roundSave({ ...round(fresh.db), roundNo: 5 }), 'duplicate', 'roundNo');
    await expectTrpcError(c.activity.roundSave({ ...round(fresh.db), endDate: '2024-06-01' }), 'date_order', 'endDate');
    // A round in June 2024 (FY 2567) cannot have been planned on the 2568 results.
    await expectTrpcError(c.activity.roundSave({ ...round(fresh.db), basisYear: 2568 }), 'basis_after_round', 'basisYear');
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});

describe('an empty ITA database', () => {
  it('answers with empty results, not errors', async () => {
    // The seeded template without its few published results of real agencies: no ITA results.
    const empty = createTestDb();
    empty.delete(itaResults).run();
    const c = callerFor(empty);
    expect((await c.ita.national()).years).toEqual([]);
    expect((await c.ita.histogram()).bins).toEqual([]);
    expect((await c.ita.agencies()).rows).toEqual([]);
    expect((await c.ita.breakdown({ by: 'province' })).rows).toEqual([]);
    const { provinces } = await c.ita.targeting();
    expect(provinces).toHaveLength(77);
    expect(provinces.every((p) => p.value === null)).toBe(true);
    empty.$client.close();
  });
});
