// Everything public goes through review (issue 11): Quick Win progress waits for the secretariat
// like a value; the review queue filters and flags; a bulk approval is confirmed on the server and
// undone as one audited step that puts the previous published values back.
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, indicatorValues, quickWins, reviewBatches, valueSubmissions } from '../../db/schema';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';

const fresh = freshDbPerTest(setupReporting);
const asA = () => callerFor(fresh.db, fresh.world.ids.reporterA);
const asB = () => callerFor(fresh.db, fresh.world.ids.reporterB);
const asAdmin = () => callerFor(fresh.db, fresh.world.ids.admin);
const asCommittee = () => callerFor(fresh.db, fresh.world.ids.committee);
const asPublic = () => callerFor(fresh.db);

const submit = (who: 'reporterA' | 'reporterB', code: string, value: number, version: number | null = null) =>
  callerFor(fresh.db, fresh.world.ids[who]).reporting.save({ indicatorId: fresh.world.ind[code]!, year: 2569, value, version, intent: 'submit' });

/** The published 2569 row of an indicator: the agency's, or the national one (agency null). */
const published = (code: string, agencyId: number | null) =>
  fresh.db
    .select({ value: indicatorValues.value, submissionId: indicatorValues.submissionId, version: indicatorValues.version })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, fresh.world.ind[code]!), eq(indicatorValues.year, 2569), agencyId === null ? isNull(indicatorValues.agencyId) : eq(indicatorValues.agencyId, agencyId)))
    .get() ?? null;

describe('Quick Win progress through review', () => {
  it('is invisible to anonymous callers until approved; the reporter sees it waiting', async () => {
    const qw = (await asA().quickWinUpdate.mine())[0]!;
    const publicBefore = (await asPublic().quickWin.list()).find((q) => q.id === qw.id)!;
    const notesBefore = await asPublic().quickWinUpdate.list({ quickWinId: qw.id });

    const res = await asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 65, note: 'อบรมแล้ว 4 รุ่น', evidenceUrl: 'https://example.org/qw.pdf' });
    expect(res).toMatchObject({ reviewStatus: 'submitted', version: qw.version });

    // Anonymous: neither the Quick Win nor its public log changed.
    const publicWaiting = (await asPublic().quickWin.list()).find((q) => q.id === qw.id)!;
    expect(publicWaiting).toMatchObject({ status: publicBefore.status, progress: publicBefore.progress, evidenceUrl: publicBefore.evidenceUrl, version: publicBefore.version });
    expect(await asPublic().quickWinUpdate.list({ quickWinId: qw.id })).toEqual(notesBefore);
    // The reporter sees the waiting update beside the published progress.
    const mine = (await asA().quickWinUpdate.mine()).find((q) => q.id === qw.id)!;
    expect(mine).toMatchObject({ progress: publicBefore.progress, pending: { progress: 65, note: 'อบรมแล้ว 4 รุ่น', reviewStatus: 'submitted' } });
    // One waiting update at a time; another agency's reporter sees nothing of it.
    await expectTrpcError(asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 70, note: 'อีกครั้ง' }), 'progress_pending');
    expect((await asB().quickWinUpdate.mine()).some((q) => q.id === qw.id)).toBe(false);

    // In the queue for insiders, with the agency and the published progress beside it.
    const queue = await asCommittee().review.quickWins({ agencyId: fresh.world.agencyIds.OCSC, state: 'submitted', limit: 50, offset: 0 });
    expect(queue.total).toBe(1);
    const item = queue.rows[0]!;
    expect(item).toMatchObject({ code: qw.code, progress: 65, publishedProgress: publicBefore.progress, agencyCode: 'OCSC' });
    expect((await asCommittee().review.quickWins({ agencyId: fresh.world.agencyIds.P41, state: 'submitted', limit: 50, offset: 0 })).total).toBe(0);

    await asAdmin().review.approveQuickWin({ id: item.id, version: item.version });
    const publicAfter = (await asPublic().quickWin.list()).find((q) => q.id === qw.id)!;
    expect(publicAfter).toMatchObject({ status: 'in_progress', progress: 65, evidenceUrl: 'https://example.org/qw.pdf' });
    expect((await asPublic().quickWinUpdate.list({ quickWinId: qw.id })).at(-1)).toMatchObject({ progress: 65, note: 'อบรมแล้ว 4 รุ่น' });
    expect((await asA().quickWinUpdate.mine()).find((q) => q.id === qw.id)!.pending).toBeNull();
    // Approving twice is refused.
    await expectTrpcError(asAdmin().review.approveQuickWin({ id: item.id, version: item.version + 1 }), 'not_reviewable', 'status');
  });

  it('returns an update with a comment the reporter sees, and nothing public changes', async () => {
    const qw = (await asA().quickWinUpdate.mine())[0]!;
    await asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'completed', progress: 100, note: 'เสร็จแล้ว' });
    const item = (await asAdmin().review.quickWins()).rows[0]!;
    await expectTrpcError(asAdmin().review.returnQuickWin({ id: item.id, version: item.version, comment: ' ' }), 'required', 'comment');
    await asAdmin().review.returnQuickWin({ id: item.id, version: item.version, comment: 'ขอหลักฐาน' });
    expect((await asPublic().quickWin.list()).find((q) => q.id === qw.id)).toMatchObject({ status: qw.status, progress: qw.progress });
    const mine = (await asA().quickWinUpdate.mine()).find((q) => q.id === qw.id)!;
    expect(mine.pending).toMatchObject({ reviewStatus: 'returned', reviewComment: 'ขอหลักฐาน' });
    // A returned update does not block the next one.
    await asA().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'completed', progress: 100, note: 'แนบหลักฐานแล้ว' });
    expect((await asAdmin().review.quickWins({ state: 'returned', limit: 50, offset: 0 })).total).toBe(1);
  });

  it('publishes the secretariat’s own update at once (it is the reviewer)', async () => {
    const qw = fresh.db.select().from(quickWins).where(eq(quickWins.code, 'QW-EX-01')).get()!;
    const res = await asAdmin().quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 30, note: 'ติดตามแล้ว' });
    expect(res).toMatchObject({ reviewStatus: 'approved', version: qw.version + 1 });
    expect((await asPublic().quickWin.list()).find((q) => q.id === qw.id)).toMatchObject({ progress: 30 });
  });
});

describe('text the reviewer types', () => {
  it('refuses a bidi override or NUL in a comment with the field named, and strips zero-width characters', async () => {
    const sub = await submit('reporterA', 'S3-EX-01', 5);
    await expectTrpcError(asAdmin().review.return({ id: sub.id, version: sub.version, comment: 'ok\u202Egnorw' }), 'invalid_characters', 'comment');
    await expectTrpcError(asAdmin().review.return({ id: sub.id, version: sub.version, comment: 'a\u0000b' }), 'invalid_characters', 'comment');
    const returned = await asAdmin().review.return({ id: sub.id, version: sub.version, comment: 'แก้\u200Bไข' });
    expect(returned.reviewComment).toBe('แก้ไข');
  });
});

describe('review queue', () => {
  it('filters by period, agency, indicator, state and flag, with the submitted date', async () => {
    // Last year's published values: OCSC 100 and Udon Thani 300 for S3-EX-01 (a count per agency).
    const ind = fresh.world.ind['S3-EX-01']!;
    fresh.db.insert(indicatorValues).values([
      { indicatorId: ind, year: 2568, agencyId: fresh.world.agencyIds.OCSC, value: 100 },
      { indicatorId: ind, year: 2568, agencyId: fresh.world.agencyIds.P41, value: 300 },
    ]).run();
    await submit('reporterA', 'S3-EX-01', 150); // +50 %: flagged
    await submit('reporterB', 'S3-EX-01', 310); // +3 %: not flagged
    await submit('reporterA', 'S1-EX-02', 1); // yes/no, nothing last year

    const all = await asCommittee().review.queue();
    expect(all.total).toBe(3);
    expect(all.rows.every((r) => typeof r.submittedAt === 'string')).toBe(true);
    const byAgency = await asCommittee().review.queue({ agencyId: fresh.world.agencyIds.P41, state: 'submitted', limit: 50, offset: 0 });
    expect(byAgency.rows.map((r) => r.value)).toEqual([310]);
    const flagged = await asCommittee().review.queue({ flagged: true, state: 'submitted', limit: 50, offset: 0 });
    expect(flagged.rows.map((r) => [r.agencyCode, r.value, r.previousValue, r.flagged])).toEqual([['OCSC', 150, 100, true]]);
    expect(flagged.total).toBe(1);
    const yesNo = await asCommittee().review.queue({ indicatorId: fresh.world.ind['S1-EX-02']!, state: 'submitted', limit: 50, offset: 0 });
    expect(yesNo.rows).toMatchObject([{ unit: 'boolean', value: 1, flagged: false }]);
    expect((await asCommittee().review.queue({ year: 2570, state: 'submitted', limit: 50, offset: 0 })).total).toBe(0);
    expect((await asCommittee().review.queue({ state: 'approved', limit: 50, offset: 0 })).total).toBe(0);
  });
});

describe('bulk approval', () => {
  async function scenario() {
    // The national S1-EX-01 (a %) is already published at 91.5 from an earlier approval.
    const first = await submit('reporterA', 'S1-EX-01', 91.5);
    await asAdmin().review.approve({ id: first.id, version: first.version });
    const correction = await submit('reporterA', 'S1-EX-01', 95);
    const a = await submit('reporterA', 'S3-EX-01', 125);
    const b = await submit('reporterB', 'S3-EX-01', 300);
    return [correction, a, b].map((s) => ({ id: s.id, version: s.version }));
  }

  it('needs the confirmed count to match, and then approves all in one step', async () => {
    const items = await scenario();
    const before = tableCounts(fresh.db);
    await expectTrpcError(asAdmin().review.approveMany({ items, confirmCount: 2 }), 'count_mismatch', 'confirmCount');
    expect(tableCounts(fresh.db)).toEqual(before);
    // All or nothing: one stale version refuses the whole batch.
    await expectTrpcError(asAdmin().review.approveMany({ items: [items[0]!, { ...items[1]!, version: 9 }], confirmCount: 2 }), 'stale_version');
    expect(tableCounts(fresh.db)).toEqual(before);
    await expectTrpcError(callerFor(fresh.db, fresh.world.ids.committee).review.approveMany({ items, confirmCount: 3 }), 'forbidden_role');

    const res = await asAdmin().review.approveMany({ items, confirmCount: 3 });
    expect(res.approved.map((s) => s.status)).toEqual(['approved', 'approved', 'approved']);
    expect(published('S1-EX-01', null)?.value).toBe(95);
    expect(published('S3-EX-01', fresh.world.agencyIds.OCSC)?.value).toBe(125);
    expect(published('S3-EX-01', fresh.world.agencyIds.P41)?.value).toBe(300);
    expect((await asCommittee().review.batches()).rows[0]).toMatchObject({ id: res.batch.id, count: 3, undoneAt: null });
  });

  it('is undone as one audited step that restores the previous published values', async () => {
    const items = await scenario();
    const publishedBefore = published('S1-EX-01', null)!;
    const { batch } = await asAdmin().review.approveMany({ items, confirmCount: 3 });
    const publicNational = async () => (await asPublic().indicator.byCode({ code: 'S1-EX-01' })).values.find((v) => v.year === 2569)?.value;
    expect(await publicNational()).toBe(95);

    await expectTrpcError(asAdmin().review.undoBatch({ id: batch.id, version: batch.version, reason: '' }), 'required', 'reason');
    const undone = await asAdmin().review.undoBatch({ id: batch.id, version: batch.version, reason: 'อนุมัติผิดชุด' });
    expect(undone).toMatchObject({ restored: 3 });
    // The national figure is 91.5 again, from its earlier submission; the new agency rows are gone.
    expect(published('S1-EX-01', null)).toMatchObject({ value: 91.5, submissionId: publishedBefore.submissionId });
    expect(await publicNational()).toBe(91.5);
    expect(published('S3-EX-01', fresh.world.agencyIds.OCSC)).toBeNull();
    expect(published('S3-EX-01', fresh.world.agencyIds.P41)).toBeNull();
    // The three values wait for review again.
    const statuses = items.map((i) => fresh.db.select({ status: valueSubmissions.status }).from(valueSubmissions).where(eq(valueSubmissions.id, i.id)).get()!.status);
    expect(statuses).toEqual(['submitted', 'submitted', 'submitted']);
    expect((await asCommittee().review.queue()).total).toBe(3);
    // Audited: the undo of the batch with its reason, and each value put back naming the batch.
    const audit = fresh.db.select().from(auditLog).where(eq(auditLog.entity, 'review_batch')).all();
    expect(audit.map((r) => r.action)).toEqual(['bulk_approve', 'undo']);
    expect(audit[1]!.reason).toBe('อนุมัติผิดชุด');
    const restores = fresh.db.select().from(auditLog).where(and(eq(auditLog.entity, 'value'), eq(auditLog.reason, `#${batch.id}: อนุมัติผิดชุด`))).all();
    expect(restores.map((r) => r.action).sort()).toEqual(['restore', 'unpublish', 'unpublish']);
    // Undoing twice is refused and writes nothing.
    const after = fresh.db.select({ version: reviewBatches.version }).from(reviewBatches).get()!;
    const counts = tableCounts(fresh.db);
    await expectTrpcError(asAdmin().review.undoBatch({ id: batch.id, version: after.version, reason: 'อีกครั้ง' }), 'batch_not_undoable');
    expect(tableCounts(fresh.db)).toEqual(counts);
  });

  it('refuses the undo as a whole when a value was republished since', async () => {
    const items = await scenario();
    const { batch } = await asAdmin().review.approveMany({ items, confirmCount: 3 });
    const again = await submit('reporterB', 'S3-EX-01', 310);
    await asAdmin().review.approve({ id: again.id, version: again.version });
    const counts = tableCounts(fresh.db);
    await expectTrpcError(asAdmin().review.undoBatch({ id: batch.id, version: batch.version, reason: 'ย้อน' }), 'batch_not_undoable');
    expect(tableCounts(fresh.db)).toEqual(counts);
    expect(published('S1-EX-01', null)?.value).toBe(95);
  });
});
