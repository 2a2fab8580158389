import { and, asc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, assignments, indicators } from '../../db/schema';
import type { AssignmentCreateInput, AssignmentDeleteInput, AssignmentListInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { duplicate, invalidField, notFound, refused } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { deleteVersioned, insertAudited, updateVersioned } from '../lib/versioned-write';
import { fiscalYearOf } from '../../shared/years';
import { currentPeriodYear } from './periods';

/**
 * SQL: does assignment row `assignments` cover the agency row `agencies`? (one agency, or by type
 * and/or level). An assignment by type or level covers real agencies only: the synthetic ITA
 * demo agencies (agency.is_demo) never report.
 */
export const assignmentCovers = sql`(${assignments.agencyId} = ${agencies.id} or (${assignments.agencyId} is null and ${agencies.isDemo} = 0
  and (${assignments.agencyType} is null or ${assignments.agencyType} = ${agencies.type})
  and (${assignments.agencyLevel} is null or ${assignments.agencyLevel} = ${agencies.level})))`;

/** Indicators an agency must report, ordered as the plan lists them. */
export function assignedIndicatorIds(db: DbOrTx, agencyId: number): number[] {
  return db
    .select({ id: assignments.indicatorId })
    .from(assignments)
    .innerJoin(agencies, and(eq(agencies.id, agencyId), assignmentCovers))
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .groupBy(assignments.indicatorId)
    .orderBy(asc(indicators.sortOrder), asc(indicators.code))
    .all()
    .map((r) => r.id);
}

export function isAssigned(db: DbOrTx, agencyId: number, indicatorId: number): boolean {
  return !!db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(agencies, and(eq(agencies.id, agencyId), assignmentCovers))
    .where(eq(assignments.indicatorId, indicatorId))
    .limit(1)
    .get();
}

const assignmentColumns = {
  id: assignments.id,
  indicatorId: assignments.indicatorId,
  indicatorCode: indicators.code,
  indicatorNameTh: indicators.nameTh,
  indicatorNameEn: indicators.nameEn,
  indicatorScope: indicators.scope,
  agencyId: assignments.agencyId,
  agencyCode: agencies.code,
  agencyNameTh: agencies.nameTh,
  agencyNameEn: agencies.nameEn,
  agencyType: assignments.agencyType,
  agencyLevel: assignments.agencyLevel,
  fromYear: assignments.fromYear,
  toYear: assignments.toYear,
  version: assignments.version,
  /** How many active agencies the row covers. */
  agencyCount: sql<number>`(select count(*) from agency ag where ag.active = 1 and (${assignments.agencyId} = ag.id or (${assignments.agencyId} is null and ag.is_demo = 0
    and (${assignments.agencyType} is null or ${assignments.agencyType} = ag.type)
    and (${assignments.agencyLevel} is null or ${assignments.agencyLevel} = ag.level))))`,
};

export function listAssignments(db: Db, input: AssignmentListInput) {
  const conditions: SQL[] = [];
  if (input.indicatorId) conditions.push(eq(assignments.indicatorId, input.indicatorId));
  if (input.agencyId) conditions.push(eq(assignments.agencyId, input.agencyId));
  return db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .leftJoin(agencies, eq(agencies.id, assignments.agencyId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(indicators.sortOrder), asc(indicators.code), asc(assignments.id))
    .all();
}

/** How the audit trail names an assignment: "ITA-PASS → P41" or "ITA-PASS → local/sao". */
const assignmentLabel = (indicatorCode: string, a: { agencyCode?: string | null; agencyType: string | null; agencyLevel: string | null }) =>
  `${indicatorCode} → ${a.agencyCode ?? ([a.agencyLevel, a.agencyType].filter(Boolean).join('/') || '*')}`;

/**
 * Per-agency indicators may be assigned to one agency or to a type/level; a national
 * indicator (one figure a year) only to a single agency, which reports that figure.
 */
/** Assignments whose years overlap [from, to] (to null = open-ended). */
const overlaps = (from: number, to: number | null) =>
  and(to === null ? undefined : lte(assignments.fromYear, to), or(isNull(assignments.toYear), gte(assignments.toYear, from)));

/** The year an assignment change takes effect when none is given: the current reporting period's. */
function effectiveYear(db: DbOrTx, given: number | undefined, now = new Date()): number {
  if (given !== undefined) return given;
  return currentPeriodYear(db as Db, now) ?? fiscalYearOf(now.toISOString());
}

export function createAssignment(db: Db, actor: SessionUser, input: AssignmentCreateInput) {
  return writeTransaction(db, (tx) => {
    const fromYear = effectiveYear(tx, input.fromYear);
    if (input.toYear !== null && input.toYear < fromYear) throw invalidField('toYear', 'year_order');
    const indicator = tx
      .select({ id: indicators.id, code: indicators.code, scope: indicators.scope })
      .from(indicators)
      .where(eq(indicators.id, input.indicatorId))
      .get();
    if (!indicator) throw notFound('indicator', input.indicatorId, 'indicatorId');
    if (indicator.scope === 'national') {
      if (input.agencyId === null) throw invalidField('agencyId', 'national_needs_one_agency', { key: indicator.code });
      if (tx.select({ id: assignments.id }).from(assignments).where(and(eq(assignments.indicatorId, indicator.id), overlaps(fromYear, input.toYear))).get()) {
        throw refused('national_already_assigned', { key: indicator.code }, 'indicatorId');
      }
    }
    let agencyCode: string | null = null;
    if (input.agencyId !== null) {
      const agency = tx.select({ code: agencies.code, active: agencies.active }).from(agencies).where(eq(agencies.id, input.agencyId)).get();
      if (!agency) throw invalidField('agencyId', 'unknown_reference', { entity: 'agency', key: input.agencyId });
      if (!agency.active) throw invalidField('agencyId', 'inactive_reference', { entity: 'agency', key: agency.code });
      agencyCode = agency.code;
    }
    const duplicateRow = tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(
          eq(assignments.indicatorId, input.indicatorId),
          input.agencyId === null ? isNull(assignments.agencyId) : eq(assignments.agencyId, input.agencyId),
          input.agencyType === null ? isNull(assignments.agencyType) : eq(assignments.agencyType, input.agencyType),
          input.agencyLevel === null ? isNull(assignments.agencyLevel) : eq(assignments.agencyLevel, input.agencyLevel),
          overlaps(fromYear, input.toYear),
        ),
      )
      .get();
    const label = assignmentLabel(indicator.code, { ...input, agencyCode });
    if (duplicateRow) throw duplicate('assignment', label, 'indicatorId');
    const { id } = insertAudited(tx, assignments, { ...input, fromYear }, { actorId: actor.id, entity: 'assignment', label: () => label });
    return listAssignmentById(tx, id)!;
  });
}

function listAssignmentById(db: DbOrTx, id: number) {
  return db
    .select(assignmentColumns)
    .from(assignments)
    .innerJoin(indicators, eq(indicators.id, assignments.indicatorId))
    .leftJoin(agencies, eq(agencies.id, assignments.agencyId))
    .where(eq(assignments.id, id))
    .get();
}

/**
 * Stops an assignment from a year. The years before keep it (a past year's N never moves) and
 * what was reported stays; an assignment that had not started by then is deleted outright.
 */
export function deleteAssignment(db: Db, actor: SessionUser, input: AssignmentDeleteInput) {
  return writeTransaction(db, (tx) => {
    const current = listAssignmentById(tx, input.id);
    if (!current) throw notFound('assignment', input.id);
    const stopYear = effectiveYear(tx, input.fromYear);
    const audit = { actorId: actor.id, entity: 'assignment' as const, label: () => assignmentLabel(current.indicatorCode, current) };
    if (current.fromYear >= stopYear) {
      deleteVersioned(tx, assignments, input, audit);
      return { ok: true as const, deleted: true, toYear: null };
    }
    if (current.toYear !== null && current.toYear < stopYear) return { ok: true as const, deleted: false, toYear: current.toYear };
    const ended = updateVersioned(tx, assignments, input, { toYear: stopYear - 1 }, { ...audit, action: 'end' });
    return { ok: true as const, deleted: false, toYear: ended.toYear };
  });
}
