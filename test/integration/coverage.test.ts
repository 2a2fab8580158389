// Figures the committee can trust (issue "Figures the committee can trust", decision 0009): a
// national figure derived from agencies' approved values carries its coverage (n of N assigned for
// that year); below the publication threshold it is provisional and left out of the status.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { agencies, auditLog } from '../../db/schema';
import { buildIndicatorTable } from '../../server/downloads/indicator-downloads';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';
import { insertUser } from '../helpers/users';

const t = freshDbPerTest(setupReporting);
const YEAR = 2569;

/** Reporters of the given agencies each submit a value, and the admin approves it. */
async function approveValues(db: Db, codes: string[], value = 10) {
  const { world } = t;
  for (const code of codes) {
    const reporter = insertUser(db, 'reporter', code);
    const saved = await callerFor(db, reporter).reporting.save({ indicatorId: world.ind['S3-EX-01']!, year: YEAR, value, version: null, intent: 'submit' });
    await callerFor(db, world.ids.admin).review.approve({ id: saved.id, version: saved.version });
  }
}

const provinceCodes = (db: Db) =>
  db.select({ code: agencies.code }).from(agencies).where(and(eq(agencies.type, 'province'), eq(agencies.active, true))).all().map((a) => a.code).sort();

async function national(db: Db, year = YEAR) {
  const ind = await callerFor(db).indicator.byCode({ code: 'S3-EX-01' });
  return { ind, point: ind.values.find((v) => v.year === year) ?? null };
}

describe('coverage of a figure derived from agency values', () => {
  it('1 of 77 approved: a provisional national figure with coverage 1/77, left out of the status', async () => {
    const { db } = t;
    expect(provinceCodes(db)).toHaveLength(76);
    await callerFor(db, t.world.ids.admin).planAdmin.setTarget({ indicatorCode: 'S3-EX-01', year: 2570, value: 1000, reason: '' });
    await approveValues(db, ['P41'], 398);
    const { ind, point } = await national(db);
    expect(point).toMatchObject({ value: 398, provisional: true, coverage: { n: 1, N: 77 }, publication: null });
    // The status rests on published figures only: a single agency's value is not the nation's.
    expect(ind.status).toMatchObject({ status: 'no_data', reason: 'too_few_points', latest: null });
    const list = await callerFor(db).indicator.list({ strategyNo: 3 });
    expect(list.find((i) => i.code === 'S3-EX-01')?.status.latest).toBeNull();
  });

  it('downloads carry the coverage and the provisional flag', async () => {
    const { db } = t;
    await approveValues(db, ['P41'], 398);
    const table = buildIndicatorTable(db, 'en');
    const row = table.rows.find((r) => r[0] === 'S3-EX-01' && r[5] === YEAR)!;
    expect(row.slice(-2)).toEqual(['1/77', 'provisional']);
  });

  it('crossing the threshold (80 % of 77 = 62) publishes it and lets it into the status', async () => {
    const { db } = t;
    await callerFor(db, t.world.ids.admin).planAdmin.setTarget({ indicatorCode: 'S3-EX-01', year: 2570, value: 1000, reason: '' });
    const codes = provinceCodes(db);
    await approveValues(db, codes.slice(0, 61));
    expect((await national(db)).ind.status.latest).toBeNull();
    expect((await national(db)).point).toMatchObject({ provisional: true, coverage: { n: 61, N: 77 } });
    await approveValues(db, codes.slice(61, 62));
    const { ind, point } = await national(db);
    expect(point).toMatchObject({ provisional: false, coverage: { n: 62, N: 77 }, value: 620 });
    expect(ind.status.latest).toMatchObject({ year: YEAR, value: 620 });
  });

  it('publishing below the threshold needs a reason, can be withdrawn, and both are audited', async () => {
    const { db, world } = t;
    await approveValues(db, ['P41']);
    const admin = callerFor(db, world.ids.admin);
    const before = tableCounts(db);
    await expectTrpcError(admin.planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: YEAR, reason: ' ' }), 'too_short', 'reason');
    await expectTrpcError(callerFor(db, world.ids.analyst).planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: YEAR, reason: 'ผลเบื้องต้น' }), 'forbidden_role');
    expect(tableCounts(db)).toEqual(before);

    const published = await admin.planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: YEAR, reason: 'ใช้ประกอบการประชุม ก.ม.จ. ครั้งที่ 2/2569' });
    const after = (await national(db)).point;
    expect(after).toMatchObject({ provisional: false, coverage: { n: 1, N: 77 }, publication: { reason: 'ใช้ประกอบการประชุม ก.ม.จ. ครั้งที่ 2/2569' } });
    // A figure already published cannot be published again.
    await expectTrpcError(admin.planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: YEAR, reason: 'again' }), 'not_provisional', 'year');

    await admin.planAdmin.withdrawProvisional({ id: published.id, version: published.version, reason: 'ข้อมูลยังไม่ครบ' });
    expect((await national(db)).point).toMatchObject({ provisional: true, publication: null });
    const audit = db.select().from(auditLog).where(eq(auditLog.entity, 'publication')).all();
    expect(audit.map((a) => a.action)).toEqual(['publish_provisional', 'withdraw_provisional']);
    expect(audit.map((a) => a.reason)).toEqual(['ใช้ประกอบการประชุม ก.ม.จ. ครั้งที่ 2/2569', 'ข้อมูลยังไม่ครบ']);
    expect(audit.every((a) => a.entityLabel === 'S3-EX-01 2569' && a.userId === world.ids.admin.id)).toBe(true);
  });

  it('a figure at or above the threshold is not provisional and cannot be "published early"', async () => {
    const { db, world } = t;
    await approveValues(db, provinceCodes(db).slice(0, 70));
    await expectTrpcError(callerFor(db, world.ids.admin).planAdmin.publishProvisional({ indicatorCode: 'S3-EX-01', year: YEAR, reason: 'ไม่จำเป็น' }), 'not_provisional', 'year');
  });

  it('changing assignments for next year does not change a past year’s N', async () => {
    const { db, world } = t;
    await approveValues(db, ['P41']);
    const admin = callerFor(db, world.ids.admin);
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 77 });
    // Add the NACC from 2570 on, and stop the provinces' assignment from 2570.
    await admin.assignment.create({ indicatorId: world.ind['S3-EX-01']!, agencyId: world.agencyIds.NACC, agencyType: null, agencyLevel: null, fromYear: 2570 });
    const provinces = (await admin.assignment.list({ indicatorId: world.ind['S3-EX-01']! })).find((a) => a.agencyType === 'province')!;
    const ended = await admin.assignment.delete({ id: provinces.id, version: provinces.version, fromYear: 2570 });
    expect(ended).toMatchObject({ deleted: false, toYear: 2569 });
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 77 });
    // … and 2570's N is the OCSC and the NACC only.
    const assigned = (await admin.assignment.list({ indicatorId: world.ind['S3-EX-01']! })).map((a) => [a.agencyCode ?? a.agencyType, a.fromYear, a.toYear]);
    expect(assigned).toEqual(expect.arrayContaining([['province', 2565, 2569], ['NACC', 2570, null], ['OCSC', 2565, null]]));
  });

  it('an agency both named and covered by a rule counts once; a deactivated one only for a year it reported in', async () => {
    const { db, world } = t;
    await approveValues(db, ['P41']);
    const admin = callerFor(db, world.ids.admin);
    // P41 is a province (covered by the rule) and now named as well: still 77, not 78.
    await admin.assignment.create({ indicatorId: world.ind['S3-EX-01']!, agencyId: world.agencyIds.P41, agencyType: null, agencyLevel: null, fromYear: 2565 });
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 77 });
    // The NACC named, then taken out of use before reporting: not counted …
    await admin.assignment.create({ indicatorId: world.ind['S3-EX-01']!, agencyId: world.agencyIds.NACC, agencyType: null, agencyLevel: null, fromYear: 2565 });
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 78 });
    db.update(agencies).set({ active: false }).where(eq(agencies.id, world.agencyIds.NACC)).run();
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 77 });
    // … while P41, taken out of use after it reported, still counts for that year.
    db.update(agencies).set({ active: false }).where(eq(agencies.id, world.agencyIds.P41)).run();
    expect((await national(db)).point?.coverage).toEqual({ n: 1, N: 77 });
  });

  it('the publication threshold is the indicator’s own', async () => {
    const { db } = t;
    await approveValues(db, ['P41', 'P50']);
    db.$client.prepare("update indicator set publication_threshold = 0.02 where code = 'S3-EX-01'").run();
    expect((await national(db)).point).toMatchObject({ provisional: false, coverage: { n: 2, N: 77 } });
  });
});
