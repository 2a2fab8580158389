// The reporting world (test/helpers/reporting.ts) is built once per file; every test gets its own
// copy and sets up the submissions it needs itself.
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicators, indicatorValues, quickWins, valueSubmissions } from '../../db/schema';
import { deriveNationalSeries } from '../../server/plan/aggregates';
import type { ErrorCode } from '../../shared/errors';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';

const fresh = freshDbPerTest(setupReporting);
const asA = () => callerFor(fresh.db, fresh.world.ids.reporterA);
const asB = () => callerFor(fresh.db, fresh.world.ids.reporterB);
const asAdmin = () => callerFor(fresh.db, fresh.world.ids.admin);
const asPublic = () => callerFor(fresh.db);
const publicValue = async (code: string, year = 2569) => (await asPublic().indicator.byCode({ code })).values.find((v) => v.year === year)?.value;

/** The reporter submits a 2569 value and the secretariat approves it: it is published. */
async function publish(reporter: 'reporterA' | 'reporterB', code: string, value: number) {
  const submitted = await callerFor(fresh.db, fresh.world.ids[reporter]).reporting.save({ indicatorId: fresh.world.ind[code]!, year: 2569, value, version: null, intent: 'submit' });
  return asAdmin().review.approve({ id: submitted.id, version: submitted.version });
}

/** Every 2569 assignment of agencies A (OCSC) and B (Udon Thani, P41) published. */
async function publishAll() {
  await publish('reporterA', 'S3-EX-01', 125);
  await publish('reporterA', 'S1-EX-02', 1);
  await publish('reporterA', 'S1-EX-01', 91.5);
  await publish('reporterB', 'S3-EX-01', 300);
}

describe('reporter workflow', () => {
  it('lists the agency’s assigned indicators for the open period with state and deadline', async () => {
    const a = await asA().reporting.mine();
    expect(a.year).toBe(2569);
    expect(a.period?.state).toBe('open');
    expect(a.agency.code).toBe('OCSC');
    expect(a.items.map((i) => i.indicator.code).sort()).toEqual(['S1-EX-01', 'S1-EX-02', 'S3-EX-01']);
    expect(a.items.every((i) => i.state === 'not_started')).toBe(true);
    const b = await asB().reporting.mine();
    expect(b.agency.code).toBe('P41');
    expect(b.items.map((i) => i.indicator.code)).toEqual(['S3-EX-01']);
  });

  it('saves a draft, updates it with its version, submits, and the admin approves it into the published series', async () => {
    const { ind: indicatorIds, ids, agencyIds } = fresh.world;
    const ind = indicatorIds['S3-EX-01']!;
    const draft = await asA().reporting.save({ indicatorId: ind, year: 2569, value: 120, note: 'รอบแรก', version: null, intent: 'draft' });
    expect(draft).toMatchObject({ status: 'draft', value: 120, version: 1, agencyId: agencyIds.OCSC });
    const edited = await asA().reporting.save({ indicatorId: ind, year: 2569, value: 125, version: 1, intent: 'draft' });
    expect(edited.version).toBe(2);
    const submitted = await asA().reporting.save({
      indicatorId: ind,
      year: 2569,
      value: 125,
      evidenceUrl: 'https://www.ocsc.go.th/report.pdf',
      version: 2,
      intent: 'submit',
    });
    expect(submitted).toMatchObject({ status: 'submitted', version: 3 });
    expect(submitted.submittedAt).toBeTruthy();

    // Nothing is public before approval.
    expect(await publicValue('S3-EX-01')).toBeUndefined();

    const queue = await asAdmin().review.queue({ year: 2569, limit: 50, offset: 0 });
    const item = queue.rows.find((r) => r.id === submitted.id)!;
    expect(item).toMatchObject({ agencyCode: 'OCSC', indicatorCode: 'S3-EX-01', value: 125, previousValue: null });

    const approved = await asAdmin().review.approve({ id: submitted.id, version: 3 });
    expect(approved.status).toBe('approved');
    const published = fresh.db
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, ind), eq(indicatorValues.year, 2569), eq(indicatorValues.agencyId, agencyIds.OCSC)))
      .get()!;
    expect(published).toMatchObject({ value: 125, approvedBy: ids.admin.id, enteredBy: ids.reporterA.id, submissionId: submitted.id });
    expect(published.approvedAt).toBeTruthy();

    // The anonymous public sees the national figure derived from approved agency values (sum).
    expect(await publicValue('S3-EX-01')).toBe(125);
    expect((await asA().reporting.mine()).items.find((i) => i.indicator.code === 'S3-EX-01')?.state).toBe('approved');
  });

  it('sums a second agency’s approved value into the national series', async () => {
    await publish('reporterA', 'S3-EX-01', 125);
    await publish('reporterB', 'S3-EX-01', 300);
    expect(await publicValue('S3-EX-01')).toBe(425);
  });

  it('keeps an approved value locked: a correction is a new submission, reviewed again', async () => {
    const { ind: indicatorIds, agencyIds } = fresh.world;
    const ind = indicatorIds['S3-EX-01']!;
    await publish('reporterA', 'S3-EX-01', 125);
    await publish('reporterB', 'S3-EX-01', 300);
    // Saving over the approved one needs no version: it opens a new submission.
    const correction = await asA().reporting.save({ indicatorId: ind, year: 2569, value: 130, note: 'แก้ไขตัวเลข', version: null, intent: 'submit' });
    const rows = fresh.db
      .select()
      .from(valueSubmissions)
      .where(and(eq(valueSubmissions.indicatorId, ind), eq(valueSubmissions.year, 2569), eq(valueSubmissions.agencyId, agencyIds.OCSC)))
      .all();
    expect(rows.map((r) => r.status).sort()).toEqual(['approved', 'submitted']);
    expect(correction.id).not.toBe(rows.find((r) => r.status === 'approved')!.id);
    // Until reviewed, the public still sees the approved 125 (+ 300).
    expect(await publicValue('S3-EX-01')).toBe(425);
    await asAdmin().review.approve({ id: correction.id, version: correction.version });
    expect(await publicValue('S3-EX-01')).toBe(430);
    const republish = fresh.db.select().from(auditLog).where(and(eq(auditLog.entity, 'value'), eq(auditLog.action, 'republish'))).all();
    expect(republish.length).toBe(1);
    expect(republish[0]!.changes).toContainEqual({ field: 'value', before: 125, after: 130 });
    expect(republish[0]!.entityLabel).toBe('S3-EX-01 2569 · OCSC');
  });

  it('returns a value with a comment the reporter sees, and takes the corrected value again', async () => {
    const ind = fresh.world.ind['S1-EX-02']!;
    const s = await asA().reporting.save({ indicatorId: ind, year: 2569, value: 1, version: null, intent: 'submit' });
    const returned = await asAdmin().review.return({ id: s.id, version: s.version, comment: 'กรุณาแนบคำสั่งแต่งตั้งคณะทำงาน' });
    expect(returned.status).toBe('returned');
    const mine = await asA().reporting.mine();
    const item = mine.items.find((i) => i.indicator.code === 'S1-EX-02')!;
    expect(item.state).toBe('returned');
    expect(item.open?.reviewComment).toBe('กรุณาแนบคำสั่งแต่งตั้งคณะทำงาน');
    // Nothing was published.
    expect(fresh.db.select().from(indicatorValues).where(eq(indicatorValues.indicatorId, ind)).all()).toHaveLength(0);
    const again = await asA().reporting.save({
      indicatorId: ind,
      year: 2569,
      value: 1,
      evidenceUrl: 'https://www.ocsc.go.th/order.pdf',
      version: item.open!.version,
      intent: 'submit',
    });
    expect(again.status).toBe('submitted');
    await asAdmin().review.approve({ id: again.id, version: again.version });
    // share_at_least 1 of the one approved agency → 100 %.
    expect(await publicValue('S1-EX-02')).toBe(100);
  });

  it('publishes a national indicator reported by its one agency as the national value', async () => {
    const ind = fresh.world.ind['S1-EX-01']!;
    const s = await asA().reporting.save({ indicatorId: ind, year: 2569, value: 91.5, version: null, intent: 'submit' });
    const q = await asAdmin().review.queue({ year: 2569, limit: 50, offset: 0 });
    expect(q.rows.find((r) => r.id === s.id)?.previousValue).toBeNull();
    await asAdmin().review.approve({ id: s.id, version: s.version });
    const national = fresh.db
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, ind), eq(indicatorValues.year, 2569), isNull(indicatorValues.agencyId)))
      .get();
    expect(national?.value).toBe(91.5);
    expect(await publicValue('S1-EX-01')).toBe(91.5);
  });

  it('shows the previous year’s value and the change in the review queue', async () => {
    const { ind, agencyIds } = fresh.world;
    // 2568 is locked; publish a prior value directly as an earlier approval would have.
    fresh.db.insert(indicatorValues).values({ indicatorId: ind['S3-EX-01']!, year: 2568, agencyId: agencyIds.P41, value: 250 }).run();
    const s = await asB().reporting.save({ indicatorId: ind['S3-EX-01']!, year: 2569, value: 320, version: null, intent: 'submit' });
    const q = await asAdmin().review.queue({ limit: 50, offset: 0 });
    expect(q.rows.find((r) => r.id === s.id)).toMatchObject({ previousValue: 250, change: 70, agencyCode: 'P41' });
  });

  it('keeps one value’s whole history: drafts, submission, review and publication', async () => {
    const { ind, agencyIds } = fresh.world;
    const indicatorId = ind['S3-EX-01']!;
    const draft = await asA().reporting.save({ indicatorId, year: 2569, value: 120, version: null, intent: 'draft' });
    const edited = await asA().reporting.save({ indicatorId, year: 2569, value: 125, version: draft.version, intent: 'draft' });
    const submitted = await asA().reporting.save({ indicatorId, year: 2569, value: 125, version: edited.version, intent: 'submit' });
    await asAdmin().review.approve({ id: submitted.id, version: submitted.version });
    await publish('reporterA', 'S3-EX-01', 130);
    const h = await asA().reporting.history({ indicatorId, year: 2569, agencyId: agencyIds.OCSC });
    expect(h.submissions.length).toBe(2);
    expect(h.published?.value).toBe(130);
    expect(h.events.map((e) => e.action)).toEqual(['create_draft', 'update_draft', 'submit', 'approve', 'publish', 'submit', 'approve', 'republish']);
  });
});

describe('a reporter is confined to their agency', () => {
  it('cannot read another agency’s drafts or history', async () => {
    const { ind, agencyIds, ids } = fresh.world;
    const aDraft = await asA().reporting.save({ indicatorId: ind['S1-EX-02']!, year: 2569, value: 0, note: 'ร่างภายใน', version: null, intent: 'draft' });
    const bDraft = await asB().reporting.save({ indicatorId: ind['S3-EX-01']!, year: 2569, value: 7, version: null, intent: 'draft' });
    await expectTrpcError(asB().reporting.submissions({ agencyId: agencyIds.OCSC, limit: 50, offset: 0 }), 'own_agency_only', 'agencyId');
    await expectTrpcError(asB().reporting.history({ indicatorId: ind['S3-EX-01']!, year: 2569, agencyId: agencyIds.OCSC }), 'own_agency_only');
    const own = await asB().reporting.submissions();
    expect(own.rows.map((r) => r.id)).toEqual([bDraft.id]);
    expect(own.rows.map((r) => r.id)).not.toContain(aDraft.id);
    // Insiders see every agency.
    const all = await callerFor(fresh.db, ids.committee).reporting.submissions({ limit: 500, offset: 0 });
    expect(all.rows.map((r) => r.agencyCode).sort()).toEqual(['OCSC', 'P41']);
  });

  it('cannot write for another agency: the agency comes from the session, and unassigned indicators are refused', async () => {
    const before = tableCounts(fresh.db);
    const e = await expectTrpcError(
      asB().reporting.save({ indicatorId: fresh.world.ind['S1-EX-02']!, year: 2569, value: 1, version: null, intent: 'draft' }),
      'not_assigned',
      'indicatorId',
    );
    expect(e).toMatchObject({ status: 'FORBIDDEN', params: { key: 'S1-EX-02' } });
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('cannot update another agency’s Quick Win', async () => {
    const qw = fresh.db.select().from(quickWins).where(eq(quickWins.code, 'QW-EX-01')).get()!; // led by OCSC
    const before = tableCounts(fresh.db);
    await expectTrpcError(asB().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 50, note: 'x' }), 'not_lead_agency');
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});

describe('values as people type them', () => {
  it.each([
    ['๔๒๐', 'S3-EX-01', 420],
    ['1,250', 'S3-EX-01', 1250],
    ['๙๑.๕', 'S1-EX-01', 91.5],
  ] as const)('accepts %j on the server and stores %d', async (typed, code, stored) => {
    const saved = await asA().reporting.save({ indicatorId: fresh.world.ind[code]!, year: 2569, value: typed, version: null, intent: 'draft' });
    expect(saved.value).toBe(stored);
  });
});

describe('bad input is refused with a clear reason and nothing is written', () => {
  const ind = (code: string) => fresh.world.ind[code]!;
  const cases: Array<[string, () => Promise<unknown>, ErrorCode, string | undefined]> = [
    ['out-of-range value', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2569, value: 120, version: null, intent: 'draft' }), 'too_big', 'value'],
    ['negative count', () => asA().reporting.save({ indicatorId: ind('S1-EX-02'), year: 2569, value: -1, version: null, intent: 'draft' }), 'too_small', 'value'],
    ['fraction of a count', () => asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 4.5, version: null, intent: 'draft' }), 'not_integer', 'value'],
    ['not a number', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2569, value: '12abc', version: null, intent: 'draft' }), 'not_a_number', 'value'],
    // @ts-expect-error — deliberately the wrong type
    ['wrong type', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2569, value: true, version: null, intent: 'draft' }), 'not_a_number', 'value'],
    ['bad evidence link', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2569, value: 12, evidenceUrl: 'javascript:alert(1)', version: null, intent: 'draft' }), 'invalid_url', 'evidenceUrl'],
    ['closed period', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2567, value: 12, version: null, intent: 'draft' }), 'period_closed', 'year'],
    ['locked period', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2568, value: 12, version: null, intent: 'draft' }), 'period_locked', 'year'],
    ['period not yet open', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2570, value: 12, version: null, intent: 'draft' }), 'period_not_open', 'year'],
    ['no period', () => asA().reporting.save({ indicatorId: ind('S1-EX-01'), year: 2566, value: 12, version: null, intent: 'draft' }), 'period_missing', 'year'],
    ['unknown indicator', () => asA().reporting.save({ indicatorId: 99999, year: 2569, value: 12, version: null, intent: 'draft' }), 'not_found', 'indicatorId'],
    ['indicator not assigned', () => asA().reporting.save({ indicatorId: ind('S2-EX-01'), year: 2569, value: 12, version: null, intent: 'draft' }), 'not_assigned', 'indicatorId'],
    ['return without a comment', () => asAdmin().review.return({ id: 1, version: 1, comment: '  ' }), 'required', 'comment'],
    ['approve an unknown submission', () => asAdmin().review.approve({ id: 99999, version: 1 }), 'not_found', undefined],
    ['period deadline before opening', () => asAdmin().period.create({ year: 2571, opensOn: '2028-10-01', deadline: '2028-01-01', locked: false }), 'date_order', 'deadline'],
    ['impossible date', () => asAdmin().period.create({ year: 2571, opensOn: '2026-02-30', deadline: '2028-01-01', locked: false }), 'invalid_date', 'opensOn'],
    ['duplicate period', () => asAdmin().period.create({ year: 2569, opensOn: '2026-10-01', deadline: '2027-01-01', locked: false }), 'duplicate', 'year'],
    ['stale period version', () => asAdmin().period.update({ id: 1, version: 99, opensOn: '2026-10-01', deadline: '2027-01-01', locked: true }), 'stale_version', 'version'],
    ['national indicator assigned by type', () => asAdmin().assignment.create({ indicatorId: ind('S2-EX-01'), agencyType: 'province', agencyId: null, agencyLevel: null }), 'national_needs_one_agency', 'agencyId'],
    ['second reporter of a national indicator', () => asAdmin().assignment.create({ indicatorId: ind('S1-EX-01'), agencyId: fresh.world.agencyIds.NACC, agencyType: null, agencyLevel: null }), 'national_already_assigned', 'indicatorId'],
    ['duplicate assignment', () => asAdmin().assignment.create({ indicatorId: ind('S3-EX-01'), agencyType: 'province', agencyId: null, agencyLevel: null }), 'duplicate', 'indicatorId'],
    ['assignment to both an agency and a type', () => asAdmin().assignment.create({ indicatorId: ind('S3-EX-01'), agencyId: fresh.world.agencyIds.NACC, agencyType: 'province', agencyLevel: null }), 'agency_or_group', 'agencyId'],
    ['unknown indicator assigned', () => asAdmin().assignment.create({ indicatorId: 99999, agencyId: fresh.world.agencyIds.NACC, agencyType: null, agencyLevel: null }), 'not_found', 'indicatorId'],
  ];

  it.each(cases)('%s', async (_name, call, code, field) => {
    const before = tableCounts(fresh.db);
    await expectTrpcError(call(), code, field);
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('refuses a stale version of an approved value: a correction starts without one', async () => {
    const approved = await publish('reporterA', 'S3-EX-01', 125);
    const before = tableCounts(fresh.db);
    await expectTrpcError(asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 12, version: approved.version, intent: 'draft' }), 'stale_version', 'version');
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('refuses an approval with a stale version', async () => {
    const draft = await asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 12, version: null, intent: 'draft' });
    const submitted = await asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 12, version: draft.version, intent: 'submit' });
    const before = tableCounts(fresh.db);
    const row = fresh.db.select().from(valueSubmissions).where(eq(valueSubmissions.id, submitted.id)).get();
    await expectTrpcError(asAdmin().review.approve({ id: submitted.id, version: draft.version }), 'stale_version', 'version');
    expect(tableCounts(fresh.db)).toEqual(before);
    expect(fresh.db.select().from(valueSubmissions).where(eq(valueSubmissions.id, submitted.id)).get()).toEqual(row);
  });

  it('refuses to overwrite a draft saved since it was loaded (stale version) and keeps the newer value', async () => {
    const d = await asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 0, version: null, intent: 'draft' });
    const newer = await asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 333, version: d.version, intent: 'draft' });
    const before = tableCounts(fresh.db);
    await expectTrpcError(asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 1, version: d.version, intent: 'submit' }), 'stale_version', 'version');
    expect(tableCounts(fresh.db)).toEqual(before);
    expect(fresh.db.select().from(valueSubmissions).where(eq(valueSubmissions.id, d.id)).get()).toMatchObject({ value: 333, version: newer.version, status: 'draft' });
  });

  it('refuses saving over a submitted value until it is reviewed, and approving a draft', async () => {
    const s = await asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 140, version: null, intent: 'submit' });
    const draft = await asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 5, version: null, intent: 'draft' });
    const before = tableCounts(fresh.db);
    await expectTrpcError(asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 150, version: s.version, intent: 'draft' }), 'already_submitted');
    await expectTrpcError(asAdmin().review.approve({ id: draft.id, version: draft.version }), 'not_reviewable', 'status');
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('lets a returned value be corrected after the deadline, but nothing in a locked period', async () => {
    const submitted = await asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 140, version: null, intent: 'submit' });
    const bDraft = await asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 4, version: null, intent: 'draft' });
    await asAdmin().review.return({ id: submitted.id, version: submitted.version, comment: 'ตรวจสอบตัวเลขอีกครั้ง' });
    const period = (await asAdmin().period.list()).find((p) => p.year === 2569)!;
    // Move the deadline into the past: the period is closed for new entries…
    const closed = await asAdmin().period.update({ id: period.id, version: period.version, opensOn: '2020-01-01', deadline: '2020-12-31', locked: false });
    expect(closed.deadline).toBe('2020-12-31');
    const beforeClosed = tableCounts(fresh.db);
    const closedError = await expectTrpcError(asB().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 5, version: bDraft.version, intent: 'draft' }), 'period_closed', 'year');
    expect(closedError.params).toEqual({ year: 2569, deadline: '2020-12-31' });
    expect(tableCounts(fresh.db)).toEqual(beforeClosed);
    // …but the returned value can still be fixed and resubmitted.
    const returned = (await asA().reporting.mine({ year: 2569 })).items.find((i) => i.indicator.code === 'S3-EX-01')!.open!;
    expect(returned.status).toBe('returned');
    const fixed = await asA().reporting.save({ indicatorId: ind('S3-EX-01'), year: 2569, value: 141, version: returned.version, intent: 'submit' });
    expect(fixed.status).toBe('submitted');
    // Locking freezes it, reviews included.
    const locked = await asAdmin().period.update({ id: period.id, version: closed.version, opensOn: '2020-01-01', deadline: '2020-12-31', locked: true });
    expect(locked.locked).toBe(true);
    const before = tableCounts(fresh.db);
    await expectTrpcError(asAdmin().review.approve({ id: fixed.id, version: fixed.version }), 'period_locked', 'year');
    expect(tableCounts(fresh.db)).toEqual(before);
  });
});

describe('Quick Win progress', () => {
  it('lets the lead agency’s reporter send status, progress and a note for review, version-checked', async () => {
    const mine = await asA().quickWinUpdate.mine();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((q) => q.leadAgencyCode === 'OCSC')).toBe(true);
    const qw = mine[0]!;
    // A stale version or an inconsistent status is refused and nothing changes.
    const before = tableCounts(fresh.db);
    await expectTrpcError(asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version + 1, status: 'completed', progress: 100, note: 'เสร็จ' }), 'stale_version', 'version');
    await expectTrpcError(asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'completed', progress: 80, note: 'เสร็จ' }), 'completed_needs_100', 'progress');
    expect(tableCounts(fresh.db)).toEqual(before);
    const res = await asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 60, note: 'จัดอบรมแล้ว 3 รุ่น' });
    expect(res).toMatchObject({ reviewStatus: 'submitted', version: qw.version });
    const item = (await asAdmin().review.quickWins()).rows.find((r) => r.quickWinId === qw.id)!;
    await asAdmin().review.approveQuickWin({ id: item.id, version: item.version });
    const notes = await asPublic().quickWinUpdate.list({ quickWinId: qw.id });
    expect(notes.at(-1)).toMatchObject({ progress: 60, note: 'จัดอบรมแล้ว 3 รุ่น' });
    expect(Object.keys(notes.at(-1)!)).not.toContain('userId');
    expect(fresh.db.select().from(quickWins).where(eq(quickWins.id, qw.id)).get()).toMatchObject({ progress: 60, status: 'in_progress', version: qw.version + 1 });
  });
});

describe('completeness', () => {
  it('counts agencies × assigned indicators by level, type and province', async () => {
    await publishAll();
    const committee = callerFor(fresh.db, fresh.world.ids.committee);
    const byLevel = (await committee.completeness.summary({ year: 2569, groupBy: 'level' }))!;
    // 76 provinces × S3-EX-01, plus the OCSC × 3 indicators.
    expect(byLevel.totals.expected).toBe(76 + 3);
    expect(byLevel.groups.map((g) => g.key)).toEqual(['central', 'regional']);
    const central = byLevel.groups.find((g) => g.key === 'central')!;
    expect(central).toMatchObject({ expected: 3, agencies: 1, approved: 3 });
    const regional = byLevel.groups.find((g) => g.key === 'regional')!;
    expect(regional).toMatchObject({ expected: 76, reported: 1, approved: 1, missing: 75 }); // Udon Thani
    expect(regional.reportedPct).toBeCloseTo((1 / 76) * 100, 1);
    const byProvince = (await committee.completeness.summary({ year: 2569, groupBy: 'province' }))!;
    expect(byProvince.groups.find((g) => g.key === '41')).toMatchObject({ nameEn: 'Udon Thani', expected: 1, approved: 1 });
    const byType = (await committee.completeness.summary({ year: 2569, groupBy: 'type' }))!;
    expect(byType.groups.find((g) => g.key === 'province')?.expected).toBe(76);
  });

  it('marks missing values overdue only after the deadline', async () => {
    await publishAll();
    const committee = callerFor(fresh.db, fresh.world.ids.committee);
    const now = (await committee.completeness.headline({ year: 2569 }))!;
    expect(now.overdue).toBe(0);
    expect(now.expected).toBe(79);
    const past = (await committee.completeness.headline({ year: 2567 }))!;
    expect(past.overdue).toBe(past.expected);
    const list = await committee.completeness.matrix({ year: 2567, state: 'overdue', limit: 10, offset: 0 });
    expect(list.total).toBe(79);
    expect(list.rows).toHaveLength(10);
    expect(list.rows.every((r) => r.overdue && !r.reported)).toBe(true);
    const approved = await committee.completeness.matrix({ year: 2569, state: 'approved', limit: 100, offset: 0 });
    expect(approved.rows.map((r) => `${r.agencyCode}/${r.indicatorCode}`).sort()).toEqual(['OCSC/S1-EX-01', 'OCSC/S1-EX-02', 'OCSC/S3-EX-01', 'P41/S3-EX-01']);
  });
});

describe('audit trail', () => {
  it('records every write with who, what and before → after, browsable with filters', async () => {
    const { ids } = fresh.world;
    await publishAll();
    const qw = (await asA().quickWinUpdate.mine())[0]!;
    await asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 10, note: 'เริ่มแล้ว' });
    const admin = asAdmin();
    const approvals = await admin.audit.list({ entity: 'submission', action: 'approve', limit: 50, offset: 0 });
    expect(approvals.total).toBe(4);
    expect(approvals.rows).toHaveLength(4);
    expect(approvals.rows.every((r) => r.userId === ids.admin.id && r.entityLabel.startsWith('S') && r.changes.some((c) => c.field === 'status' && c.after === 'approved'))).toBe(true);
    const byReporter = await admin.audit.list({ userId: ids.reporterB.id, limit: 500, offset: 0 });
    expect(byReporter.rows.length).toBeGreaterThan(0);
    expect(byReporter.rows.every((r) => r.userId === ids.reporterB.id)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.audit.list({ from: today, to: today, limit: 1, offset: 0 })).total).toBeGreaterThan(0);
    expect((await admin.audit.list({ to: '2000-01-01', limit: 1, offset: 0 })).total).toBe(0);
    const facets = await callerFor(fresh.db, ids.committee).audit.facets();
    expect(facets.entities).toEqual(expect.arrayContaining(['submission', 'value', 'period', 'assignment', 'quick_win_update']));
  });
});

describe('aggregation of per-agency values', () => {
  it.each([
    ['mean', null, [10, 20, 60], 30],
    ['sum', null, [10, 20, 60], 90],
    ['share_at_least', 20, [10, 20, 60], 66.67],
  ] as const)('%s', (aggregation, threshold, values, expected) => {
    const db = fresh.db;
    const ind = fresh.world.ind['S3-EX-01']!;
    db.update(indicators).set({ aggregation, aggregationThreshold: threshold }).where(eq(indicators.id, ind)).run();
    values.forEach((value, i) => db.insert(indicatorValues).values({ indicatorId: ind, year: 2569, agencyId: i + 1, value }).run());
    const series = deriveNationalSeries(db, [ind]).get(ind)!;
    expect(series).toHaveLength(1);
    expect(series[0]!.value).toBeCloseTo(expected, 2);
    expect(series[0]!.derived).toEqual({ method: aggregation, agencies: 3 });
  });
});
