import { asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, quickWins, quickWinUpdates } from '../../db/schema';
import type { QuickWinProgressInput, QuickWinUpdatesInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { forbidden, notFound } from '../lib/errors';
import { writeTransaction } from '../lib/transaction';
import { updateVersioned } from '../lib/versioned-write';

/** Progress notes of one Quick Win, oldest first; public like the Quick Win itself (no names of staff). */
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
    .where(eq(quickWinUpdates.quickWinId, input.quickWinId))
    .orderBy(asc(quickWinUpdates.id))
    .all();
}

/** Quick Wins the user may update: a reporter those its agency leads; an admin all. */
export function myQuickWins(db: Db, user: SessionUser) {
  const where: SQL | undefined = user.role === 'admin' ? undefined : eq(quickWins.leadAgencyId, user.agencyId ?? -1);
  return db
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
}

/** Status, % progress and a note, version-checked; the Quick Win row and its log change together. */
export function addQuickWinProgress(db: Db, user: SessionUser, input: QuickWinProgressInput) {
  return writeTransaction(db, (tx) => {
    const qw = tx
      .select({ id: quickWins.id, code: quickWins.code, leadAgencyId: quickWins.leadAgencyId, evidenceUrl: quickWins.evidenceUrl })
      .from(quickWins)
      .where(eq(quickWins.id, input.quickWinId))
      .get();
    if (!qw) throw notFound('quick_win', input.quickWinId, 'quickWinId');
    if (user.role !== 'admin' && (user.role !== 'reporter' || qw.leadAgencyId === null || qw.leadAgencyId !== user.agencyId)) {
      throw forbidden('not_lead_agency', { key: qw.code });
    }
    const after = updateVersioned(
      tx,
      quickWins,
      { id: qw.id, version: input.version },
      { status: input.status, progress: input.progress, evidenceUrl: input.evidenceUrl || qw.evidenceUrl },
      { actorId: user.id, entity: 'quick_win', action: 'progress', label: (q) => q.code, fields: ['status', 'progress', 'evidenceUrl'], extra: { after: { note: input.note } } },
    );
    tx.insert(quickWinUpdates)
      .values({ quickWinId: qw.id, status: input.status, progress: input.progress, note: input.note, evidenceUrl: input.evidenceUrl || null, userId: user.id })
      .run();
    return { id: after.id, status: after.status, progress: after.progress, version: after.version };
  });
}
