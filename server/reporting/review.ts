import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { agencies, indicators, indicatorValues, quickWins, reviewBatches, reviewBatchItems, users, valueSubmissions } from '../../db/schema';
import { REVIEW_FLAG_SHARE } from '../../shared/domain';
import type { ReviewApproveInput, ReviewApproveManyInput, ReviewBatchListInput, ReviewQueueInput, ReviewReturnInput, ReviewUndoBatchInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { invalidField, refused } from '../lib/errors';
import { paged } from '../lib/paging';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { deleteVersioned, insertAudited, loadAtVersion, updateVersioned } from '../lib/versioned-write';
import { queueReviewNotice } from '../notifications/notices';
import { assertPeriodOpen } from './periods';
import { SUBMISSION_AUDIT_FIELDS, submissionColumns, submissionLabel } from './submissions';

const previous = alias(indicatorValues, 'previous');
/** Last year's published value of the same agency (agency-scope) or of the nation. */
const previousJoin = and(
  eq(previous.indicatorId, valueSubmissions.indicatorId),
  eq(previous.year, sql`${valueSubmissions.year} - 1`),
  sql`${previous.agencyKey} = case when ${indicators.scope} = 'agency' then ${valueSubmissions.agencyId} else 0 end`,
);

/** True when a value moves more than REVIEW_FLAG_SHARE from last year's (any move from 0). */
const flaggedSql = sql<number>`case
  when ${previous.value} is null then 0
  when ${previous.value} = 0 then ${valueSubmissions.value} <> 0
  else abs(${valueSubmissions.value} - ${previous.value}) > ${REVIEW_FLAG_SHARE} * abs(${previous.value}) end`;

/**
 * Values in one review state (waiting by default), with the agency's (or nation's) previous-year
 * value, the change, and a flag on a large move; filtered by period, agency, indicator and flag.
 */
export function reviewQueue(db: Db, input: ReviewQueueInput) {
  const conditions: SQL[] = [eq(valueSubmissions.status, input.state)];
  if (input.year) conditions.push(eq(valueSubmissions.year, input.year));
  if (input.indicatorId) conditions.push(eq(valueSubmissions.indicatorId, input.indicatorId));
  if (input.agencyId) conditions.push(eq(valueSubmissions.agencyId, input.agencyId));
  if (input.flagged !== undefined) conditions.push(input.flagged ? sql`${flaggedSql} = 1` : sql`${flaggedSql} = 0`);
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
      flagged: sql<number>`${flaggedSql}`.mapWith(Boolean),
    })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .leftJoin(previous, previousJoin)
    .where(where)
    .orderBy(...(input.state === 'submitted' ? [asc(valueSubmissions.submittedAt)] : [desc(valueSubmissions.reviewedAt)]), asc(valueSubmissions.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db
      .select({ n: count() })
      .from(valueSubmissions)
      .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
      .leftJoin(previous, previousJoin)
      .where(where)
      .get()?.n ?? 0;
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

/** The fields of a published value that an approval sets (and an undo puts back). */
const PUBLISHED_FIELDS = ['value', 'note', 'evidenceUrl', 'sourceTh', 'sourceUrl', 'publishedOn', 'submissionId', 'enteredBy', 'approvedBy', 'approvedAt', 'isExample'] as const;
const VALUE_AUDIT_FIELDS = ['value', 'note', 'evidenceUrl', 'sourceTh', 'submissionId'];

/**
 * Approve inside a write transaction: the value becomes the published one (indicator_value), per
 * agency for agency-scope indicators, as the national figure otherwise. Replacing an earlier
 * published value (a correction) keeps the old one in the audit trail; the old published fields
 * are returned so a bulk approval can put them back.
 */
function approveInTx(tx: DbOrTx, actor: SessionUser, input: ReviewApproveInput, now: Date, reason: string | null = null) {
  const sub = loadForReview(tx, input);
  const iso = now.toISOString();
  const after = markReviewed(tx, sub, { status: 'approved', reviewComment: null }, actor, iso);

  const publishedAgencyId = sub.scope === 'agency' ? sub.agencyId : null;
  const key = and(
    eq(indicatorValues.indicatorId, sub.indicatorId),
    eq(indicatorValues.year, sub.year),
    publishedAgencyId === null ? isNull(indicatorValues.agencyId) : eq(indicatorValues.agencyId, publishedAgencyId),
  );
  const old = tx.select().from(indicatorValues).where(key).get();
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
    fields: VALUE_AUDIT_FIELDS,
    reason,
  };
  const value = old
    ? updateVersioned(tx, indicatorValues, old, published, { ...audit, action: 'republish' }, now)
    : insertAudited(tx, indicatorValues, { ...published, indicatorId: sub.indicatorId, year: sub.year, agencyId: publishedAgencyId }, { ...audit, action: 'publish' });
  queueReviewNotice(tx, { ...after, createdBy: sub.createdBy }, { kind: 'approved' }, now);
  const previousFields = old ? Object.fromEntries(PUBLISHED_FIELDS.map((f) => [f, old[f]])) : null;
  return { after, value: { id: value.id, version: value.version }, previous: previousFields, label: audit.label() };
}

export function approveSubmission(db: Db, actor: SessionUser, input: ReviewApproveInput, now = new Date()) {
  return writeTransaction(db, (tx) => approveInTx(tx, actor, input, now).after);
}

/**
 * Approve many waiting values in one transaction, once the person confirmed how many: all or
 * nothing. The batch keeps each published value as it was before, so it can be undone as one step.
 */
export function approveMany(db: Db, actor: SessionUser, input: ReviewApproveManyInput, now = new Date()) {
  if (input.confirmCount !== input.items.length) throw invalidField('confirmCount', 'count_mismatch', { expected: input.items.length });
  if (new Set(input.items.map((i) => i.id)).size !== input.items.length) throw invalidField('items', 'duplicate', { entity: 'submission', key: '' });
  return writeTransaction(db, (tx) => {
    const batch = insertAudited(
      tx,
      reviewBatches,
      { userId: actor.id, count: input.items.length, createdAt: now.toISOString(), updatedAt: now.toISOString() },
      { actorId: actor.id, entity: 'review_batch', action: 'bulk_approve', label: (b) => `#${b.id} (${b.count})`, fields: ['count'] },
    );
    const approved = input.items.map((item) => {
      const done = approveInTx(tx, actor, item, now, `#${batch.id}`);
      tx.insert(reviewBatchItems).values({ batchId: batch.id, submissionId: done.after.id, valueId: done.value.id, valueVersion: done.value.version, previous: done.previous }).run();
      return done.after;
    });
    return { batch: { id: batch.id, version: batch.version, count: batch.count }, approved };
  });
}

/** Recent bulk approvals, newest first, with who made them and whether they were undone. */
export function listBatches(db: Db, input: ReviewBatchListInput) {
  return paged(input, {
    rows: (limit, offset) =>
      db
        .select({
          id: reviewBatches.id,
          count: reviewBatches.count,
          createdAt: reviewBatches.createdAt,
          undoneAt: reviewBatches.undoneAt,
          version: reviewBatches.version,
          userDisplayName: users.displayName,
        })
        .from(reviewBatches)
        .leftJoin(users, eq(users.id, reviewBatches.userId))
        .orderBy(desc(reviewBatches.id))
        .limit(limit)
        .offset(offset)
        .all(),
    total: () => db.select({ n: count() }).from(reviewBatches).get()?.n ?? 0,
  });
}

/**
 * Undo a bulk approval as one audited step: every published value goes back to what it was
 * (or is withdrawn when there was none) and its submission waits for review again. Refused as a
 * whole when a value was republished since, or its agency already reopened it.
 */
export function undoBatch(db: Db, actor: SessionUser, input: ReviewUndoBatchInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const label = (b: { id: number; count: number }) => `#${b.id} (${b.count})`;
    const batch = loadAtVersion(tx, reviewBatches, input, { entity: 'review_batch', label });
    if (batch.undoneAt !== null) throw refused('batch_not_undoable', { label: label(batch) });
    const items = tx.select().from(reviewBatchItems).where(eq(reviewBatchItems.batchId, batch.id)).orderBy(asc(reviewBatchItems.id)).all();
    const reason = `#${batch.id}: ${input.reason}`;
    // Newest first: two values of one national figure in a batch are put back in reverse order.
    const expected = new Map<number, number>();
    for (const item of items.reverse()) {
      const sub = tx
        .select({ ...submissionColumns, indicatorCode: indicators.code, agencyCode: agencies.code, scope: indicators.scope })
        .from(valueSubmissions)
        .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
        .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
        .where(eq(valueSubmissions.id, item.submissionId))
        .get()!;
      const subLabel = submissionLabel(sub.indicatorCode, sub.year, sub.agencyCode);
      const value = tx.select({ id: indicatorValues.id, version: indicatorValues.version }).from(indicatorValues).where(eq(indicatorValues.id, item.valueId)).get();
      if (!value || value.version !== (expected.get(value.id) ?? item.valueVersion) || sub.status !== 'approved') throw refused('batch_not_undoable', { label: subLabel });
      if (sub.agencyId !== null && openSubmissionExists(tx, sub.indicatorId, sub.year, sub.agencyId)) throw refused('batch_not_undoable', { label: subLabel });
      assertPeriodOpen(tx, sub.year, { correction: true }, now);
      const valueLabel = () => submissionLabel(sub.indicatorCode, sub.year, sub.scope === 'agency' ? sub.agencyCode : null);
      const audit = { actorId: actor.id, entity: 'value' as const, label: valueLabel, fields: VALUE_AUDIT_FIELDS, reason };
      if (item.previous === null) deleteVersioned(tx, indicatorValues, value, { ...audit, action: 'unpublish' });
      else expected.set(value.id, updateVersioned(tx, indicatorValues, value, item.previous as Partial<typeof indicatorValues.$inferInsert>, { ...audit, action: 'restore' }, now).version);
      updateVersioned(
        tx,
        valueSubmissions,
        { id: sub.id, version: sub.version },
        { status: 'submitted', reviewedBy: null, reviewedAt: null },
        { actorId: actor.id, entity: 'submission', action: 'undo_approve', label: () => subLabel, fields: SUBMISSION_AUDIT_FIELDS, reason },
        now,
      );
    }
    const after = updateVersioned(
      tx,
      reviewBatches,
      input,
      { undoneAt: now.toISOString(), undoneBy: actor.id },
      { actorId: actor.id, entity: 'review_batch', action: 'undo', label, fields: ['undoneAt'], reason: input.reason },
      now,
    );
    return { id: after.id, undoneAt: after.undoneAt, version: after.version, restored: items.length };
  });
}

function openSubmissionExists(tx: DbOrTx, indicatorId: number, year: number, agencyId: number) {
  return (
    tx
      .select({ id: valueSubmissions.id })
      .from(valueSubmissions)
      .where(and(eq(valueSubmissions.indicatorId, indicatorId), eq(valueSubmissions.year, year), eq(valueSubmissions.agencyId, agencyId), ne(valueSubmissions.status, 'approved')))
      .get() !== undefined
  );
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

/** What the queue's filters can take: the periods, agencies and indicators that have submissions. */
export function reviewFacets(db: Db) {
  const years = db.selectDistinct({ year: valueSubmissions.year }).from(valueSubmissions).orderBy(desc(valueSubmissions.year)).all().map((r) => r.year);
  const agencyRows = db
    .selectDistinct({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
    .from(agencies)
    .where(
      or(
        inArray(agencies.id, db.select({ id: valueSubmissions.agencyId }).from(valueSubmissions)),
        inArray(agencies.id, db.select({ id: quickWins.leadAgencyId }).from(quickWins)),
      ),
    )
    .orderBy(asc(agencies.code))
    .all();
  const indicatorRows = db
    .selectDistinct({ id: indicators.id, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn })
    .from(indicators)
    .where(inArray(indicators.id, db.select({ id: valueSubmissions.indicatorId }).from(valueSubmissions)))
    .orderBy(asc(indicators.code))
    .all();
  return { years, agencies: agencyRows, indicators: indicatorRows };
}
