// The audit trail: append-only in the database itself (triggers refuse UPDATE and DELETE), and
// readable: the ids its changes mention come with names, filters by who, what and when.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { writeAudit } from '../../server/lib/audit';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';

const fresh = freshDbPerTest(setupReporting);
const asAdmin = () => callerFor(fresh.db, fresh.world.ids.admin);
const rows = () => fresh.db.select({ n: count() }).from(auditLog).get()!.n;

describe('the audit table is append-only', () => {
  it('refuses an UPDATE and a DELETE, through drizzle and in plain SQL, and keeps the rows as they were', () => {
    const before = fresh.db.select().from(auditLog).orderBy(auditLog.id).all();
    expect(before.length).toBeGreaterThan(0);
    const first = before[0]!;
    expect(() => fresh.db.update(auditLog).set({ action: 'tampered' }).where(eq(auditLog.id, first.id)).run()).toThrow(/append-only/);
    expect(() => fresh.db.delete(auditLog).where(eq(auditLog.id, first.id)).run()).toThrow(/append-only/);
    expect(() => fresh.db.$client.prepare('update audit_log set reason = ?').run('x')).toThrow(/append-only/);
    expect(() => fresh.db.$client.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(fresh.db.select().from(auditLog).orderBy(auditLog.id).all()).toEqual(before);
  });

  it('still takes new rows', () => {
    const n = rows();
    writeAudit(fresh.db, { actorId: null, action: 'auth.sign_in_failed', entity: 'session', entityId: 'x', label: 'unknown user' });
    expect(rows()).toBe(n + 1);
  });
});

describe('a readable audit trail', () => {
  it('names the agencies, indicators and users that the changes mention', async () => {
    const { ids, ind, agencyIds } = fresh.world;
    const saved = await callerFor(fresh.db, ids.reporterA).reporting.save({ indicatorId: ind['S3-EX-01']!, year: 2569, value: 42, version: null, intent: 'submit' });
    await asAdmin().review.approve({ id: saved.id, version: saved.version });
    const page = await asAdmin().audit.list({ entity: 'value', limit: 10, offset: 0 });
    const publish = page.rows.find((r) => r.action === 'publish')!;
    expect(publish.changes).toEqual(expect.arrayContaining([{ field: 'value', before: null, after: 42 }]));
    // Assignments record the agency and the indicator by id: their names come along.
    const assignments = await asAdmin().audit.list({ entity: 'assignment', limit: 50, offset: 0 });
    expect(assignments.names.agencies.map((a) => a.code)).toContain('OCSC');
    expect(assignments.names.agencies.find((a) => a.id === agencyIds.OCSC)).toMatchObject({ code: 'OCSC' });
    expect(assignments.names.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(['S3-EX-01', 'S1-EX-02']));
  });

  it("marks the rows whose value is a yes/no indicator's, for submissions and published values alike", async () => {
    const { ids, ind } = fresh.world;
    const yesNo = await callerFor(fresh.db, ids.reporterA).reporting.save({ indicatorId: ind['S1-EX-02']!, year: 2569, value: 1, version: null, intent: 'submit' });
    await callerFor(fresh.db, ids.reporterA).reporting.save({ indicatorId: ind['S3-EX-01']!, year: 2569, value: 1, version: null, intent: 'submit' });
    await asAdmin().review.approve({ id: yesNo.id, version: yesNo.version });
    const submissions = await asAdmin().audit.list({ entity: 'submission', limit: 50, offset: 0 });
    const byIndicator = (code: string) => submissions.rows.filter((r) => r.entityLabel.includes(code));
    expect(byIndicator('S1-EX-02').length).toBeGreaterThan(0);
    expect(byIndicator('S1-EX-02').filter((r) => r.changes.some((c) => c.field === 'value')).every((r) => r.yesNo)).toBe(true);
    expect(byIndicator('S3-EX-01').some((r) => r.yesNo)).toBe(false);
    const published = (await asAdmin().audit.list({ entity: 'value', limit: 50, offset: 0 })).rows.filter((r) => r.action === 'publish');
    expect(published.map((r) => r.yesNo)).toEqual([true]);
  });

  it('filters by what (text in the record’s label), who and when', async () => {
    const { ids, ind } = fresh.world;
    await callerFor(fresh.db, ids.reporterA).reporting.save({ indicatorId: ind['S3-EX-01']!, year: 2569, value: 7, version: null, intent: 'draft' });
    const found = await asAdmin().audit.list({ search: 'S3-EX-01 2569', limit: 50, offset: 0 });
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((r) => r.entityLabel.includes('S3-EX-01 2569'))).toBe(true);
    // LIKE's wildcards are matched literally.
    expect((await asAdmin().audit.list({ search: '%', limit: 1, offset: 0 })).total).toBe(0);
    const mine = await asAdmin().audit.list({ userId: ids.reporterA.id, search: 'S3-EX-01', limit: 50, offset: 0 });
    expect(mine.rows.map((r) => r.action)).toEqual(['create_draft']);
  });

  it('answers an impossible date with 400 naming the field', async () => {
    const error = await expectTrpcError(asAdmin().audit.list({ to: '2026-13-45', limit: 10, offset: 0 }), 'invalid_date', 'to');
    expect(error.status).toBe('BAD_REQUEST');
    await expectTrpcError(asAdmin().audit.list({ from: '2026-02-30', limit: 10, offset: 0 }), 'invalid_date', 'from');
  });
});
