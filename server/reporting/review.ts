import { TRPCError } from '@trpc/server';
import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { agencies, indicators, indicatorValues, valueSubmissions } from '../../db/schema';
import type { ReviewApproveInput, ReviewQueueInput, ReviewReturnInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { writeAudit, type DbOrTx } from '../lib/audit';
import { assertPeriodOpen } from './periods';
import { auditView, submissionColumns } from './submissions';

const previous = alias(indicatorValues, 'previous');

/** Submitted values waiting for review, with the agency's (or nation's) previous-year value and the change. */
export function reviewQueue(db: Db, input: ReviewQueueInput) {
  const conditions: SQL[] = [eq(valueSubmissions.status, 'submitted')];
  if (input.year) conditions.push(eq(valueSubmissions.year, input.year));
  if (input.indicatorId) conditions.push(eq(valueSubmissions.indicatorId, input.indicatorId));
  const where = and(...conditions);
  const rows = db
    .select({
      ...submissionColumns,
      indicatorCode: indicators.code,
      indicatorNameTh: indicators.nameTh,
      indicatorNameEn: indicators.nameEn,
      unit: indicators.unit,
      decimals: indicators.decimals,
      scope: indicators.scope,
      isExample: indicators.isExample,
      agencyCode: agencies.code,
      agencyNameTh: agencies.nameTh,
      agencyNameEn: agencies.nameEn,
      previousValue: previous.value,
      change: sql<number | null>`${valueSubmissions.value} - ${previous.value}`,
    })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .leftJoin(
      previous,
      and(
        eq(previous.indicatorId, valueSubmissions.indicatorId),
        eq(previous.year, sql`${valueSubmissions.year} - 1`),
        sql`${previous.agencyKey} = case when ${indicators.scope} = 'agency' then ${valueSubmissions.agencyId} else 0 end`,
      ),
    )
    .where(where)
    .orderBy(asc(valueSubmissions.submittedAt), asc(valueSubmissions.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = db.select({ n: count() }).from(valueSubmissions).where(where).get()?.n ?? 0;
  return { rows, total };
}

function loadForReview(tx: DbOrTx, input: { id: number; version: number }) {
  const sub = tx
    .select({ ...submissionColumns, createdBy: valueSubmissions.createdBy, indicatorCode: indicators.code, scope: indicators.scope, agencyNameTh: agencies.nameTh })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .where(eq(valueSubmissions.id, input.id))
    .get();
  if (!sub) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบรายการส่งค่า ${input.id} / submission ${input.id} not found` });
  if (sub.version !== input.version) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `ค่า ${sub.indicatorCode} ปี ${sub.year} ถูกแก้ไขหลังจากที่ท่านเปิดไว้ กรุณาโหลดใหม่ / the ${sub.indicatorCode} ${sub.year} submission changed since you loaded it: reload and try again`,
    });
  }
  if (sub.status !== 'submitted') {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `status: ตรวจได้เฉพาะค่าที่ส่งแล้ว (สถานะปัจจุบัน: ${sub.status}) / only submitted values can be reviewed (this one is ${sub.status})`,
    });
  }
  // A locked period is frozen for everyone, reviews included.
  assertPeriodOpen(tx, sub.year, { correction: true });
  return sub;
}

function markReviewed(tx: DbOrTx, sub: { id: number; version: number }, set: { status: 'approved' | 'returned'; reviewComment: string | null }, actor: SessionUser, iso: string) {
  const res = tx
    .update(valueSubmissions)
    .set({ ...set, reviewedBy: actor.id, reviewedAt: iso, version: sub.version + 1, updatedAt: iso })
    .where(and(eq(valueSubmissions.id, sub.id), eq(valueSubmissions.version, sub.version), eq(valueSubmissions.status, 'submitted')))
    .run();
  if (res.changes !== 1) throw new TRPCError({ code: 'CONFLICT', message: 'ถูกตรวจพร้อมกันโดยผู้อื่น / reviewed concurrently by someone else: reload' });
  return tx.select(submissionColumns).from(valueSubmissions).where(eq(valueSubmissions.id, sub.id)).get()!;
}

/**
 * Approve: the value becomes the published one (indicator_value), per agency for
 * agency-scope indicators, as the national figure otherwise. Replacing an earlier
 * published value (a correction) keeps the old one in the audit trail.
 */
export function approveSubmission(db: Db, actor: SessionUser, input: ReviewApproveInput, now = new Date()) {
  return db.transaction((tx) => {
    const sub = loadForReview(tx, input);
    const iso = now.toISOString();
    const after = markReviewed(tx, sub, { status: 'approved', reviewComment: null }, actor, iso);
    writeAudit(tx, { userId: actor.id, action: 'approve', entity: 'value_submission', entityId: sub.id, before: auditView(sub), after: auditView(after) }, now);

    const publishedAgencyId = sub.scope === 'agency' ? sub.agencyId : null;
    const key = and(
      eq(indicatorValues.indicatorId, sub.indicatorId),
      eq(indicatorValues.year, sub.year),
      publishedAgencyId === null ? isNull(indicatorValues.agencyId) : eq(indicatorValues.agencyId, publishedAgencyId),
    );
    const old = tx
      .select({ id: indicatorValues.id, value: indicatorValues.value, note: indicatorValues.note, version: indicatorValues.version, submissionId: indicatorValues.submissionId, sourceTh: indicatorValues.sourceTh })
      .from(indicatorValues)
      .where(key)
      .get();
    const published = {
      value: sub.value,
      note: sub.note,
      evidenceUrl: sub.evidenceUrl,
      sourceTh: sub.agencyNameTh ? `รายงานโดย ${sub.agencyNameTh}` : null,
      sourceUrl: sub.evidenceUrl,
      publishedOn: iso.slice(0, 10),
      submissionId: sub.id,
      enteredBy: sub.createdBy,
      approvedBy: actor.id,
      approvedAt: iso,
      isExample: false,
      updatedAt: iso,
    };
    let valueId: number;
    if (old) {
      tx.update(indicatorValues).set({ ...published, version: old.version + 1 }).where(eq(indicatorValues.id, old.id)).run();
      valueId = old.id;
    } else {
      valueId = tx
        .insert(indicatorValues)
        .values({ ...published, indicatorId: sub.indicatorId, year: sub.year, agencyId: publishedAgencyId })
        .returning({ id: indicatorValues.id })
        .get().id;
    }
    writeAudit(
      tx,
      {
        userId: actor.id,
        action: old ? 'republish' : 'publish',
        entity: 'indicator_value',
        entityId: valueId,
        before: old ? { value: old.value, note: old.note, submissionId: old.submissionId, sourceTh: old.sourceTh } : null,
        after: { value: sub.value, note: sub.note, submissionId: sub.id, indicatorCode: sub.indicatorCode, year: sub.year, agencyId: publishedAgencyId },
      },
      now,
    );
    return after;
  });
}

/** Return with a comment the reporter sees; the reporter corrects and submits again. */
export function returnSubmission(db: Db, actor: SessionUser, input: ReviewReturnInput, now = new Date()) {
  return db.transaction((tx) => {
    const sub = loadForReview(tx, input);
    const after = markReviewed(tx, sub, { status: 'returned', reviewComment: input.comment }, actor, now.toISOString());
    writeAudit(tx, { userId: actor.id, action: 'return', entity: 'value_submission', entityId: sub.id, before: auditView(sub), after: auditView(after) }, now);
    return after;
  });
}
