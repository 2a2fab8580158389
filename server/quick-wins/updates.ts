import { TRPCError } from '@trpc/server';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, quickWins, quickWinUpdates } from '../../db/schema';
import type { QuickWinProgressInput, QuickWinUpdatesInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { writeAudit } from '../lib/audit';

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
  return db.transaction((tx) => {
    const qw = tx
      .select({ id: quickWins.id, code: quickWins.code, leadAgencyId: quickWins.leadAgencyId, status: quickWins.status, progress: quickWins.progress, evidenceUrl: quickWins.evidenceUrl, version: quickWins.version })
      .from(quickWins)
      .where(eq(quickWins.id, input.quickWinId))
      .get();
    if (!qw) throw new TRPCError({ code: 'NOT_FOUND', message: `quickWinId: ไม่พบ Quick Win ${input.quickWinId} / Quick Win ${input.quickWinId} not found` });
    if (user.role !== 'admin' && (user.role !== 'reporter' || qw.leadAgencyId === null || qw.leadAgencyId !== user.agencyId)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `เฉพาะหน่วยงานเจ้าภาพของ ${qw.code} / only the lead agency of ${qw.code} may update it`,
      });
    }
    const stale = () =>
      new TRPCError({
        code: 'CONFLICT',
        message: `${qw.code} ถูกแก้ไขหลังจากที่ท่านเปิดไว้ กรุณาโหลดใหม่ / ${qw.code} was changed since you loaded it: reload and try again`,
      });
    if (qw.version !== input.version) throw stale();
    const iso = new Date().toISOString();
    const evidenceUrl = input.evidenceUrl || qw.evidenceUrl;
    const res = tx
      .update(quickWins)
      .set({ status: input.status, progress: input.progress, evidenceUrl, version: qw.version + 1, updatedAt: iso })
      .where(and(eq(quickWins.id, qw.id), eq(quickWins.version, qw.version)))
      .run();
    if (res.changes !== 1) throw stale();
    const { id } = tx
      .insert(quickWinUpdates)
      .values({ quickWinId: qw.id, status: input.status, progress: input.progress, note: input.note, evidenceUrl: input.evidenceUrl || null, userId: user.id })
      .returning({ id: quickWinUpdates.id })
      .get();
    writeAudit(tx, {
      userId: user.id,
      action: 'progress',
      entity: 'quick_win',
      entityId: qw.id,
      before: { status: qw.status, progress: qw.progress, version: qw.version },
      after: { status: input.status, progress: input.progress, note: input.note, version: qw.version + 1, updateId: id },
    });
    return tx
      .select({ id: quickWins.id, status: quickWins.status, progress: quickWins.progress, version: quickWins.version })
      .from(quickWins)
      .where(eq(quickWins.id, qw.id))
      .get()!;
  });
}

