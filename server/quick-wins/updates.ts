import { and, asc, count, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, quickWins, quickWinUpdates, users } from '../../db/schema';
import type { QuickWinProgressInput, QuickWinReviewQueueInput, QuickWinUpdatesInput, ReviewApproveInput, ReviewReturnInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { forbidden, notFound, refused } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, loadAtVersion, updateVersioned } from '../lib/versioned-write';

/**
 * Progress notes of one Quick Win, oldest first; public like the Quick Win itself (no names of
 * staff). Only approved notes: a reporter's update is public once the secretariat approves it.
 */
export function listQuickWinUpdates(db: Db, input: QuickWinUpdatesInput) {
  return db
    .select({
      id: quickWinUpdates.id,
      status: quickWinUpdates.status,
      progress: quickWinUpdates.progress,
      note: quickWinUpdates.note,
      evidenceUrl: quickWinUpdates.evidenceUrl,
      createdAt: quickWinUpdates.createdAt,
    })
    .from(quickWinUpdates)
    .where(and(eq(quickWinUpdates.quickWinId, input.quickWinId), eq(quickWinUpdates.reviewStatus, 'approved')))
    .orderBy(asc(quickWinUpdates.id))
    .all();
}

const pendingColumns = {
  id: quickWinUpdates.id,
  quickWinId: quickWinUpdates.quickWinId,
  status: quickWinUpdates.status,
  progress: quickWinUpdates.progress,
  note: quickWinUpdates.note,
  evidenceUrl: quickWinUpdates.evidenceUrl,
  reviewStatus: quickWinUpdates.reviewStatus,
  reviewComment: quickWinUpdates.reviewComment,
  createdAt: quickWinUpdates.createdAt,
  version: quickWinUpdates.version,
};

/**
 * Quick Wins the user may update: a reporter those its agency leads; an admin all. Each with the
 * published progress and the latest update not yet published (waiting, or returned with a comment).
 */
export function myQuickWins(db: Db, user: SessionUser) {
  const where: SQL | undefined = user.role === 'admin' ? undefined : eq(quickWins.leadAgencyId, user.agencyId ?? -1);
  const rows = db
    .select({
      id: quickWins.id,
      code: quickWins.code,
      titleTh: quickWins.titleTh,
      titleEn: quickWins.titleEn,
      leadAgencyCode: agencies.code,
      status: quickWins.status,
      progress: quickWins.progress,
      evidenceUrl: quickWins.evidenceUrl,
      startDate: quickWins.startDate,
      endDate: quickWins.endDate,
      isExample: quickWins.isExample,
      version: quickWins.version,
      updatedAt: quickWins.updatedAt,
    })
    .from(quickWins)
    .leftJoin(agencies, eq(agencies.id, quickWins.leadAgencyId))
    .where(where)
    .orderBy(asc(quickWins.code))
    .all();
  if (rows.length === 0) return [];
  const open = db
    .select(pendingColumns)
    .from(quickWinUpdates)
    .where(and(inArray(quickWinUpdates.quickWinId, rows.map((r) => r.id)), ne(quickWinUpdates.reviewStatus, 'approved')))
    .orderBy(desc(quickWinUpdates.id))
    .all();
  return rows.map((r) => ({ ...r, pending: open.find((u) => u.quickWinId === r.id) ?? null }));
}

type QuickWinRow = { id: number; code: string; evidenceUrl: string | null; version: number };

/** The published Quick Win takes the update's status, progress and evidence (audited with its note). */
function publishProgress(tx: DbOrTx, actor: SessionUser, qw: QuickWinRow, update: { status: QuickWinProgressInput['status']; progress: number; note: string; evidenceUrl: string | null }, now: Date) {
  return updateVersioned(
    tx,
    quickWins,
    { id: qw.id, version: qw.version },
    { status: update.status, progress: update.progress, evidenceUrl: update.evidenceUrl || qw.evidenceUrl },
    { actorId: actor.id, entity: 'quick_win', action: 'progress', label: (q) => q.code, fields: ['status', 'progress', 'evidenceUrl'], extra: { after: { note: update.note } } },
    now,
  );
}

const UPDATE_AUDIT_FIELDS = ['status', 'progress', 'note', 'evidenceUrl', 'reviewStatus', 'reviewComment'] as const;

/**
 * Status, % progress and a note, checked against the Quick Win's version as loaded. A reporter's
 * update waits for the secretariat's review (one at a time per Quick Win); the secretariat's own
 * update is published at once, as it is the reviewer.
 */
export function addQuickWinProgress(db: Db, user: SessionUser, input: QuickWinProgressInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const qw = tx
      .select({ id: quickWins.id, code: quickWins.code, leadAgencyId: quickWins.leadAgencyId, evidenceUrl: quickWins.evidenceUrl, version: quickWins.version })
      .from(quickWins)
      .where(eq(quickWins.id, input.quickWinId))
      .get();
    if (!qw) throw notFound('quick_win', input.quickWinId, 'quickWinId');
    if (user.role !== 'admin' && (user.role !== 'reporter' || qw.leadAgencyId === null || qw.leadAgencyId !== user.agencyId)) {
      throw forbidden('not_lead_agency', { key: qw.code });
    }
    loadAtVersion(tx, quickWins, { id: qw.id, version: input.version }, { entity: 'quick_win', label: (q) => q.code });
    const waiting = tx
      .select({ id: quickWinUpdates.id })
      .from(quickWinUpdates)
      .where(and(eq(quickWinUpdates.quickWinId, qw.id), eq(quickWinUpdates.reviewStatus, 'submitted')))
      .get();
    if (waiting) throw refused('progress_pending', { key: qw.code });
    const iso = now.toISOString();
    const byReviewer = user.role === 'admin';
    const update = { status: input.status, progress: input.progress, note: input.note, evidenceUrl: input.evidenceUrl || null };
    const row = insertAudited(
      tx,
      quickWinUpdates,
      { ...update, quickWinId: qw.id, userId: user.id, createdAt: iso, reviewStatus: byReviewer ? 'approved' : 'submitted', ...(byReviewer ? { reviewedBy: user.id, reviewedAt: iso } : {}) },
      { actorId: user.id, entity: 'quick_win_update', action: byReviewer ? 'create' : 'submit', label: () => qw.code, fields: UPDATE_AUDIT_FIELDS },
    );
    const published = byReviewer ? publishProgress(tx, user, qw, update, now) : null;
    return { id: qw.id, updateId: row.id, reviewStatus: row.reviewStatus, version: published?.version ?? qw.version };
  });
}

// ── Review by the secretariat ────────────────────────────────────────────────

/** Progress updates in a review state (default: waiting), oldest first, with the published progress beside. */
export function quickWinReviewQueue(db: Db, input: QuickWinReviewQueueInput) {
  const conditions: SQL[] = [eq(quickWinUpdates.reviewStatus, input.state)];
  if (input.agencyId) conditions.push(eq(quickWins.leadAgencyId, input.agencyId));
  const where = and(...conditions);
  const rows = db
    .select({
      ...pendingColumns,
      code: quickWins.code,
      titleTh: quickWins.titleTh,
      titleEn: quickWins.titleEn,
      isExample: quickWins.isExample,
      publishedStatus: quickWins.status,
      publishedProgress: quickWins.progress,
      agencyId: agencies.id,
      agencyCode: agencies.code,
      agencyNameTh: agencies.nameTh,
      agencyNameEn: agencies.nameEn,
      userDisplayName: users.displayName,
    })
    .from(quickWinUpdates)
    .innerJoin(quickWins, eq(quickWins.id, quickWinUpdates.quickWinId))
    .leftJoin(agencies, eq(agencies.id, quickWins.leadAgencyId))
    .leftJoin(users, eq(users.id, quickWinUpdates.userId))
    .where(where)
    .orderBy(input.state === 'submitted' ? asc(quickWinUpdates.createdAt) : desc(quickWinUpdates.createdAt), asc(quickWinUpdates.id))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total =
    db.select({ n: count() }).from(quickWinUpdates).innerJoin(quickWins, eq(quickWins.id, quickWinUpdates.quickWinId)).where(where).get()?.n ?? 0;
  return { rows, total };
}

function loadUpdateForReview(tx: DbOrTx, input: { id: number; version: number }) {
  const update = loadAtVersion(tx, quickWinUpdates, input, { entity: 'quick_win_update', label: (u) => `#${u.id}` });
  if (update.reviewStatus !== 'submitted') throw refused('not_reviewable', { status: update.reviewStatus }, 'status');
  const qw = tx
    .select({ id: quickWins.id, code: quickWins.code, evidenceUrl: quickWins.evidenceUrl, version: quickWins.version })
    .from(quickWins)
    .where(eq(quickWins.id, update.quickWinId))
    .get()!;
  return { update, qw };
}

/** Approve: the Quick Win shows this progress to everyone; the note joins its public log. */
export function approveQuickWinUpdate(db: Db, actor: SessionUser, input: ReviewApproveInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const { update, qw } = loadUpdateForReview(tx, input);
    const iso = now.toISOString();
    const after = updateVersioned(
      tx,
      quickWinUpdates,
      input,
      { reviewStatus: 'approved', reviewedBy: actor.id, reviewedAt: iso },
      { actorId: actor.id, entity: 'quick_win_update', action: 'approve', label: () => qw.code, fields: UPDATE_AUDIT_FIELDS },
      now,
    );
    publishProgress(tx, actor, qw, update, now);
    return { id: after.id, reviewStatus: after.reviewStatus, version: after.version };
  });
}

/** Return with a comment the lead agency sees; nothing public changes. */
export function returnQuickWinUpdate(db: Db, actor: SessionUser, input: ReviewReturnInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const { qw } = loadUpdateForReview(tx, input);
    const after = updateVersioned(
      tx,
      quickWinUpdates,
      { id: input.id, version: input.version },
      { reviewStatus: 'returned', reviewComment: input.comment, reviewedBy: actor.id, reviewedAt: now.toISOString() },
      { actorId: actor.id, entity: 'quick_win_update', action: 'return', label: () => qw.code, fields: UPDATE_AUDIT_FIELDS },
      now,
    );
    return { id: after.id, reviewStatus: after.reviewStatus, version: after.version };
  });
}
