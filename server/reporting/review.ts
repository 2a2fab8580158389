import { and, asc, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { agencies, indicators, indicatorValues, valueSubmissions } from '../../db/schema';
import type { ReviewApproveInput, ReviewQueueInput, ReviewReturnInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { refused } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, loadAtVersion, updateVersioned } from '../lib/versioned-write';
import { queueReviewNotice } from '../notifications/notices';
import { assertPeriodOpen } from './periods';
import { SUBMISSION_AUDIT_FIELDS, submissionColumns, submissionLabel } from './submissions';

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
  loadAtVersion(tx, valueSubmissions, input, { entity: 'submission', label: (row) => `#${row.id}` });
  const sub = tx
    .select({ ...submissionColumns, createdBy: valueSubmissions.createdBy, indicatorCode: indicators.code, scope: indicators.scope, agencyCode: agencies.code, agencyNameTh: agencies.nameTh })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .where(eq(valueSubmissions.id, input.id))
    .get()!;
  if (sub.status !== 'submitted') throw refused('not_reviewable', { status: sub.status }, 'status');
  // A locked period is frozen for everyone, reviews included.
  assertPeriodOpen(tx, sub.year, { correction: true });
  return sub;
}

type ReviewedSubmission = ReturnType<typeof loadForReview>;

function markReviewed(tx: DbOrTx, sub: ReviewedSubmission, set: { status: 'approved' | 'returned'; reviewComment: string | null }, actor: SessionUser, iso: string) {
  updateVersioned(
    tx,
    valueSubmissions,
    { id: sub.id, version: sub.version },
    { ...set, reviewedBy: actor.id, reviewedAt: iso },
    {
      actorId: actor.id,
      entity: 'submission',
      action: set.status === 'approved' ? 'approve' : 'return',
      label: () => submissionLabel(sub.indicatorCode, sub.year, sub.agencyCode),
      fields: SUBMISSION_AUDIT_FIELDS,
    },
    new Date(iso),
  );
  return tx.select(submissionColumns).from(valueSubmissions).where(eq(valueSubmissions.id, sub.id)).get()!;
}

/**
 * Approve: the value becomes the published one (indicator_value), per agency for
 * agency-scope indicators, as the national figure otherwise. Replacing an earlier
 * published value (a correction) keeps the old one in the audit trail.
 */
export function approveSubmission(db: Db, actor: SessionUser, input: ReviewApproveInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const sub = loadForReview(tx, input);
    const iso = now.toISOString();
    const after = markReviewed(tx, sub, { status: 'approved', reviewComment: null }, actor, iso);

    const publishedAgencyId = sub.scope === 'agency' ? sub.agencyId : null;
    const key = and(
      eq(indicatorValues.indicatorId, sub.indicatorId),
      eq(indicatorValues.year, sub.year),
      publishedAgencyId === null ? isNull(indicatorValues.agencyId) : eq(indicatorValues.agencyId, publishedAgencyId),
    );
    const old = tx.select({ id: indicatorValues.id, version: indicatorValues.version }).from(indicatorValues).where(key).get();
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
    };
    const audit = {
      actorId: actor.id,
      entity: 'value' as const,
      label: () => submissionLabel(sub.indicatorCode, sub.year, publishedAgencyId === null ? null : sub.agencyCode),
      fields: ['value', 'note', 'evidenceUrl', 'sourceTh', 'submissionId'],
    };
    if (old) updateVersioned(tx, indicatorValues, old, published, { ...audit, action: 'republish' }, now);
    else insertAudited(tx, indicatorValues, { ...published, indicatorId: sub.indicatorId, year: sub.year, agencyId: publishedAgencyId }, { ...audit, action: 'publish' });
    queueReviewNotice(tx, { ...after, createdBy: sub.createdBy }, { kind: 'approved' }, now);
    return after;
  });
}

/** Return with a comment the reporter sees; the reporter corrects and submits again. */
export function returnSubmission(db: Db, actor: SessionUser, input: ReviewReturnInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const sub = loadForReview(tx, input);
    const after = markReviewed(tx, sub, { status: 'returned', reviewComment: input.comment }, actor, now.toISOString());
    queueReviewNotice(tx, { ...after, createdBy: sub.createdBy }, { kind: 'returned', comment: input.comment }, now);
    return after;
  });
}
