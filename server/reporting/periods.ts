import { TRPCError } from '@trpc/server';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportingPeriods } from '../../db/schema';
import type { PeriodCreateInput, PeriodUpdateInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { writeAudit, type DbOrTx } from '../lib/audit';

export type PeriodState = 'upcoming' | 'open' | 'closed' | 'locked';

/** Deadlines are Thai calendar days: today's date in Asia/Bangkok (UTC+7, no daylight saving). */
export function todayInThailand(now = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export function periodState(p: { opensOn: string; deadline: string; locked: boolean }, today: string): PeriodState {
  if (p.locked) return 'locked';
  if (today < p.opensOn) return 'upcoming';
  if (today > p.deadline) return 'closed';
  return 'open';
}

const periodColumns = {
  id: reportingPeriods.id,
  year: reportingPeriods.year,
  opensOn: reportingPeriods.opensOn,
  deadline: reportingPeriods.deadline,
  locked: reportingPeriods.locked,
  version: reportingPeriods.version,
};

export type PeriodRow = { id: number; year: number; opensOn: string; deadline: string; locked: boolean; version: number };

export function listPeriods(db: Db, now = new Date()) {
  const today = todayInThailand(now);
  return db
    .select(periodColumns)
    .from(reportingPeriods)
    .orderBy(desc(reportingPeriods.year))
    .all()
    .map((p) => ({ ...p, state: periodState(p, today) }));
}

export function getPeriod(db: DbOrTx, year: number): PeriodRow | undefined {
  return db.select(periodColumns).from(reportingPeriods).where(eq(reportingPeriods.year, year)).get();
}

/** The period a page shows by default: the latest open one, else the latest one. */
export function currentPeriodYear(db: Db, now = new Date()): number | null {
  const periods = listPeriods(db, now);
  return (periods.find((p) => p.state === 'open') ?? periods[0])?.year ?? null;
}

/**
 * Refuses entry outside an open period, saying which period and why. A value the reviewer
 * returned may still be corrected after the deadline, until the period is locked.
 */
export function assertPeriodOpen(db: DbOrTx, year: number, opts: { correction?: boolean } = {}, now = new Date()): PeriodRow {
  const period = getPeriod(db, year);
  const refuse = (th: string, en: string) =>
    new TRPCError({ code: 'BAD_REQUEST', message: `year: ${th} / ${en}` });
  if (!period) throw refuse(`ไม่มีรอบการรายงานปี ${year}`, `there is no reporting period for ${year}`);
  const state = periodState(period, todayInThailand(now));
  if (state === 'locked') {
    throw refuse(`รอบการรายงานปี ${year} ถูกล็อกแล้ว แก้ไขไม่ได้`, `the reporting period ${year} is locked`);
  }
  if (state === 'upcoming') {
    throw refuse(`รอบการรายงานปี ${year} ยังไม่เปิด (เปิด ${period.opensOn})`, `the reporting period ${year} opens on ${period.opensOn}`);
  }
  if (state === 'closed' && !opts.correction) {
    throw refuse(
      `รอบการรายงานปี ${year} ปิดรับแล้ว (กำหนดส่ง ${period.deadline})`,
      `the reporting period ${year} closed on its deadline ${period.deadline}`,
    );
  }
  return period;
}

export function createPeriod(db: Db, actor: SessionUser, input: PeriodCreateInput) {
  return db.transaction((tx) => {
    if (getPeriod(tx, input.year)) {
      throw new TRPCError({ code: 'CONFLICT', message: `year: มีรอบการรายงานปี ${input.year} แล้ว / a period for ${input.year} already exists` });
    }
    const { id } = tx.insert(reportingPeriods).values(input).returning({ id: reportingPeriods.id }).get();
    const after = getPeriod(tx, input.year)!;
    writeAudit(tx, { userId: actor.id, action: 'create', entity: 'reporting_period', entityId: id, after });
    return after;
  });
}

export function updatePeriod(db: Db, actor: SessionUser, input: PeriodUpdateInput) {
  return db.transaction((tx) => {
    const before = tx.select(periodColumns).from(reportingPeriods).where(eq(reportingPeriods.id, input.id)).get();
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบรอบการรายงาน ${input.id} / reporting period ${input.id} not found` });
    const stale = () =>
      new TRPCError({
        code: 'CONFLICT',
        message: `รอบการรายงานปี ${before.year} ถูกแก้ไขโดยผู้อื่นหลังจากที่ท่านเปิดไว้ กรุณาโหลดใหม่ / the ${before.year} period was changed by someone else since you loaded it: reload and try again`,
      });
    if (before.version !== input.version) throw stale();
    const res = tx
      .update(reportingPeriods)
      .set({ opensOn: input.opensOn, deadline: input.deadline, locked: input.locked, version: input.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(reportingPeriods.id, input.id), eq(reportingPeriods.version, input.version)))
      .run();
    if (res.changes !== 1) throw stale();
    const after = getPeriod(tx, before.year)!;
    const action = before.locked !== after.locked ? (after.locked ? 'lock' : 'unlock') : 'update';
    writeAudit(tx, { userId: actor.id, action, entity: 'reporting_period', entityId: input.id, before, after });
    return after;
  });
}
