// Deadline mail, derived from the current state each morning (docs/decisions/0012-email-outbox.md):
// the period's opening notice, reminders before the deadline (on the period's own days, 14, 7 and 1
// by default), one overdue notice, the secretariat's daily digest and the committee's digest before
// a meeting — each an in-app notice for everyone concerned and an e-mail for those who receive it.
// Each has a dedupe key, so a second run — the same morning, after a restart, or in a second
// server process — records and queues nothing new.
import { and, asc, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, indicators, reportingPeriods, users, valueSubmissions } from '../../db/schema';
import { daysBetween, DEFAULT_REMINDER_DAYS, dueReminderOffset, lastReminderOffset } from '../../shared/notifications';
import { todayInThailand } from '../lib/time';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { queueMeetingDigests } from './meeting-digest';
import { notify } from './notify';
import type { AgencyRef, IndicatorRef } from './templates';

/** An overdue notice goes once, on a run within this many days after the deadline. */
export const OVERDUE_WINDOW_DAYS = 30;

type Pair = { agencyId: number; indicatorId: number; reported: number };

/**
 * Every (agency, indicator) pair the active agencies in `agencyIds` (all when null) must report
 * for `year`, with whether it is reported (submitted or approved — a draft or a returned value
 * is still missing), as /completeness counts it, in the plan's order.
 */
function assignedPairs(tx: DbOrTx, year: number, agencyIds: number[] | null): Pair[] {
  if (agencyIds && agencyIds.length === 0) return [];
  const only = agencyIds ? sql`and ag.id in (${sql.join(agencyIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  return tx.all<Pair>(sql`
    with expected as (
      select distinct ag.id as agency_id, s.indicator_id
      from assignment s
      join agency ag on ag.active = 1 ${only} and (s.agency_id = ag.id or (s.agency_id is null
        and (s.agency_type is null or s.agency_type = ag.type)
        and (s.agency_level is null or s.agency_level = ag.level)))
      where s.from_year <= ${year} and (s.to_year is null or s.to_year >= ${year})
    )
    select e.agency_id as agencyId, e.indicator_id as indicatorId,
      exists (select 1 from value_submission vs where vs.agency_id = e.agency_id and vs.indicator_id = e.indicator_id
        and vs.year = ${year} and vs.status in ('submitted', 'approved')) as reported
    from expected e join indicator i on i.id = e.indicator_id
    order by e.agency_id, i.sort_order, i.code`);
}

function indicatorRefs(tx: DbOrTx, ids: number[]): Map<number, IndicatorRef> {
  if (ids.length === 0) return new Map();
  return new Map(tx.select({ id: indicators.id, code: indicators.code, nameTh: indicators.nameTh, nameEn: indicators.nameEn }).from(indicators).where(inArray(indicators.id, ids)).all().map(({ id, ...ref }) => [id, ref]));
}

function agencyRefs(tx: DbOrTx, ids: number[]): Map<number, AgencyRef> {
  if (ids.length === 0) return new Map();
  return new Map(tx.select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn }).from(agencies).where(inArray(agencies.id, ids)).all().map(({ id, ...ref }) => [id, ref]));
}

export type DeadlineRun = {
  /** E-mails queued by this run, by kind. */
  opened: number;
  reminders: number;
  overdue: number;
  digests: number;
  meetingDigests: number;
  /** In-app notices recorded by this run (every kind; people without an address too). */
  notices: number;
};

/**
 * Queues whatever deadline mail and notices are due at `now` (the scheduler runs it at 08:00
 * Asia/Bangkok): each period's reminders on its own days (reporting_period.reminder_days).
 */
export function queueDeadlineMail(db: Db, now: Date): DeadlineRun {
  const today = todayInThailand(now);
  const run: DeadlineRun = { opened: 0, reminders: 0, overdue: 0, digests: 0, meetingDigests: 0, notices: 0 };
  const count = (kind: 'opened' | 'reminders' | 'overdue' | 'digests', r: { noticed: number; mailed: number }) => {
    run[kind] += r.mailed;
    run.notices += r.noticed;
  };
  writeTransaction(db, (tx) => {
    const periods = tx.select().from(reportingPeriods).where(eq(reportingPeriods.locked, false)).orderBy(asc(reportingPeriods.year)).all();
    // Every active reporter, with an address or not: those without one still get the in-app notice.
    const reporters = tx
      .select({ id: users.id, agencyId: users.agencyId })
      .from(users)
      .where(and(eq(users.role, 'reporter'), eq(users.active, true), isNotNull(users.agencyId)))
      .all();
    const byAgency = new Map<number, number[]>();
    for (const r of reporters) byAgency.set(r.agencyId!, [...(byAgency.get(r.agencyId!) ?? []), r.id]);

    for (const period of periods) {
      if (today < period.opensOn) continue;
      const offsets = period.reminderDays.length ? period.reminderDays : DEFAULT_REMINDER_DAYS;
      const daysLeft = daysBetween(today, period.deadline);
      const due = dueReminderOffset(daysLeft, offsets);
      const overdue = daysLeft < 0 && daysLeft >= -OVERDUE_WINDOW_DAYS;
      const open = daysLeft >= 0;
      if (!open && !overdue) continue;

      const pairs = assignedPairs(tx, period.year, [...byAgency.keys()]);
      const names = indicatorRefs(tx, [...new Set(pairs.map((p) => p.indicatorId))]);
      const agencyNames = agencyRefs(tx, [...new Set(pairs.map((p) => p.agencyId))]);
      const perAgency = new Map<number, Pair[]>();
      for (const p of pairs) perAgency.set(p.agencyId, [...(perAgency.get(p.agencyId) ?? []), p]);

      for (const [agencyId, list] of perAgency) {
        const agency = agencyNames.get(agencyId)!;
        const people = byAgency.get(agencyId) ?? [];
        const all = list.map((p) => names.get(p.indicatorId)!);
        const left = list.filter((p) => !p.reported).map((p) => names.get(p.indicatorId)!);
        if (open) {
          count('opened', notify(tx, { key: `period_opened:${period.year}:a${agencyId}`, people, payload: { kind: 'period_opened', year: period.year, opensOn: period.opensOn, deadline: period.deadline, agency, items: all } }, now));
        }
        if (left.length === 0) continue;
        if (due !== null) {
          // The last reminder before the deadline reaches every reporter with work left, whatever they chose.
          const mandatory = due === lastReminderOffset(offsets);
          count('reminders', notify(tx, { key: `reminder:${period.year}:d${due}:a${agencyId}`, people, mandatory, payload: { kind: 'reminder', year: period.year, deadline: period.deadline, daysBefore: due, agency, items: left } }, now));
        }
        if (overdue) {
          count('overdue', notify(tx, { key: `overdue:${period.year}:a${agencyId}`, people, payload: { kind: 'overdue', year: period.year, deadline: period.deadline, agency, items: left } }, now));
        }
      }
    }
    count('digests', queueDigest(tx, now, today));
  });
  const meetings = queueMeetingDigests(db, now);
  run.meetingDigests = meetings.mailed;
  run.notices += meetings.noticed;
  return run;
}

/** The secretariat's daily digest: values submitted in the last 24 hours and the agencies past the latest deadline. */
function queueDigest(tx: DbOrTx, now: Date, today: string): { noticed: number; mailed: number } {
  const none = { noticed: 0, mailed: 0 };
  const admins = tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).all().map((u) => u.id);
  if (admins.length === 0) return none;
  const since = new Date(now.getTime() - 24 * 3600 * 1000).toISOString();
  const recent = tx
    .select({ indicatorCode: indicators.code, agencyCode: agencies.code, agencyNameTh: agencies.nameTh, agencyNameEn: agencies.nameEn })
    .from(valueSubmissions)
    .innerJoin(indicators, eq(indicators.id, valueSubmissions.indicatorId))
    .leftJoin(agencies, eq(agencies.id, valueSubmissions.agencyId))
    .where(and(isNotNull(valueSubmissions.submittedAt), gte(valueSubmissions.submittedAt, since)))
    .orderBy(desc(valueSubmissions.submittedAt))
    .all();
  // The latest period whose deadline has passed and that is not locked yet.
  const closed = tx
    .select({ year: reportingPeriods.year, deadline: reportingPeriods.deadline })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.locked, false), sql`${reportingPeriods.deadline} < ${today}`))
    .orderBy(desc(reportingPeriods.deadline))
    .get();
  let overdue: AgencyRef[] = [];
  if (closed) {
    const late = [...new Set(assignedPairs(tx, closed.year, null).filter((p) => !p.reported).map((p) => p.agencyId))];
    const refs = agencyRefs(tx, late);
    overdue = late.map((id) => refs.get(id)!).sort((a, b) => a.code.localeCompare(b.code));
  }
  // Nothing new and nobody late: no digest that day.
  if (recent.length === 0 && overdue.length === 0) return none;
  const payload = {
    kind: 'digest' as const,
    date: today,
    year: closed?.year ?? null,
    submissions: recent.slice(0, 20),
    submissionCount: recent.length,
    overdue: overdue.slice(0, 20),
    overdueCount: overdue.length,
  };
  return notify(tx, { key: `digest:${today}`, people: admins, payload }, now);
}
