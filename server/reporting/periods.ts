import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportingPeriods } from '../../db/schema';
import type { PeriodCreateInput, PeriodUpdateInput } from '../../shared/schemas/reporting';
import { DEFAULT_REMINDER_DAYS } from '../../shared/notifications';
import { duplicate, invalidField, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { todayInThailand } from '../lib/time';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, updateVersioned } from '../lib/versioned-write';

export type PeriodState = 'upcoming' | 'open' | 'closed' | 'locked';

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
  reminderDays: reportingPeriods.reminderDays,
  version: reportingPeriods.version,
};

export type PeriodRow = { id: number; year: number; opensOn: string; deadline: string; locked: boolean; reminderDays: number[]; version: number };

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
  if (!period) throw invalidField('year', 'period_missing', { year });
  const state = periodState(period, todayInThailand(now));
  if (state === 'locked') throw refused('period_locked', { year }, 'year');
  if (state === 'upcoming') throw refused('period_not_open', { year, opensOn: period.opensOn }, 'year');
  if (state === 'closed' && !opts.correction) throw refused('period_closed', { year, deadline: period.deadline }, 'year');
  return period;
}

const periodLabel = (p: { year: number }) => String(p.year);

/** Reminder days left out: the defaults (14, 7, 1). */
export function createPeriod(db: Db, actor: SessionUser, input: Omit<PeriodCreateInput, 'reminderDays'> & { reminderDays?: number[] }) {
  return writeTransaction(db, (tx) => {
    if (getPeriod(tx, input.year)) throw duplicate('period', input.year, 'year');
    insertAudited(tx, reportingPeriods, { ...input, reminderDays: input.reminderDays ?? [...DEFAULT_REMINDER_DAYS] }, { actorId: actor.id, entity: 'period', label: periodLabel });
    return getPeriod(tx, input.year)!;
  });
}

export function updatePeriod(db: Db, actor: SessionUser, input: PeriodUpdateInput) {
  return writeTransaction(db, (tx) => {
    const { id, version, ...fields } = input;
    const locking = (before: { locked: boolean }) => (before.locked !== fields.locked ? (fields.locked ? 'lock' : 'unlock') : 'update');
    const current = tx.select({ locked: reportingPeriods.locked }).from(reportingPeriods).where(eq(reportingPeriods.id, id)).get();
    const after = updateVersioned(tx, reportingPeriods, { id, version }, fields, {
      actorId: actor.id,
      entity: 'period',
      label: periodLabel,
      action: current ? locking(current) : 'update',
    });
    return getPeriod(tx, after.year)!;
  });
}
