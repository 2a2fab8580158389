import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, quickWinLevels, quickWinMilestones, quickWins, strategies } from '../../db/schema';
import type { Level } from '../../shared/domain';
import { quickWinState } from '../../shared/quick-wins';
import type { QuickWinListInput } from '../../shared/schemas/quick-win';
import { todayInThailand } from '../lib/time';

export function listQuickWins(db: Db, input: QuickWinListInput, now = new Date()) {
  const today = todayInThailand(now);
  const conditions: SQL[] = [];
  if (input.strategyNo !== undefined) conditions.push(eq(strategies.no, input.strategyNo));
  if (input.level !== undefined) {
    conditions.push(
      inArray(
        quickWins.id,
        db.select({ id: quickWinLevels.quickWinId }).from(quickWinLevels).where(eq(quickWinLevels.level, input.level)),
      ),
    );
  }
  const rows = db
    .select({
      id: quickWins.id,
      code: quickWins.code,
      titleTh: quickWins.titleTh,
      titleEn: quickWins.titleEn,
      descriptionTh: quickWins.descriptionTh,
      descriptionEn: quickWins.descriptionEn,
      strategyNo: strategies.no,
      leadAgencyCode: agencies.code,
      leadAgencyNameTh: agencies.nameTh,
      leadAgencyNameEn: agencies.nameEn,
      startDate: quickWins.startDate,
      endDate: quickWins.endDate,
      status: quickWins.status,
      progress: quickWins.progress,
      evidenceUrl: quickWins.evidenceUrl,
      isExample: quickWins.isExample,
      version: quickWins.version,
      updatedAt: quickWins.updatedAt,
    })
    .from(quickWins)
    .innerJoin(strategies, eq(strategies.id, quickWins.strategyId))
    .leftJoin(agencies, eq(agencies.id, quickWins.leadAgencyId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(strategies.no), asc(quickWins.code))
    .all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const levels = db.select().from(quickWinLevels).where(inArray(quickWinLevels.quickWinId, ids)).all();
  const milestones = db
    .select({
      quickWinId: quickWinMilestones.quickWinId,
      titleTh: quickWinMilestones.titleTh,
      titleEn: quickWinMilestones.titleEn,
      dueDate: quickWinMilestones.dueDate,
      doneDate: quickWinMilestones.doneDate,
    })
    .from(quickWinMilestones)
    .where(inArray(quickWinMilestones.quickWinId, ids))
    .orderBy(asc(quickWinMilestones.dueDate))
    .all();
  const order: Record<Level, number> = { central: 0, regional: 1, local: 2 };
  // The state shown is computed from the dates; the stored status stays in the detail.
  const withState = rows.map((r) => ({ ...r, ...quickWinState(r, today) }));
  return withState
    .filter((r) => input.status === undefined || r.state === input.status)
    .map((r) => ({
    ...r,
    levels: levels
      .filter((l) => l.quickWinId === r.id)
      .map((l) => l.level)
      .sort((a, b) => order[a] - order[b]),
    milestones: milestones.filter((m) => m.quickWinId === r.id),
  }));
}
