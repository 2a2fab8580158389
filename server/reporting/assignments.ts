import { TRPCError } from '@trpc/server';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, assignments, indicators } from '../../db/schema';
import type { AssignmentCreateInput, AssignmentDeleteInput, AssignmentListInput } from '../../shared/schemas/reporting';
import type { SessionUser } from '../lib/session-user';
import { writeAudit, type DbOrTx } from '../lib/audit';

/** SQL: does assignment row `assignments` cover the agency row `agencies`? (one agency, or by type and/or level) */
export const assignmentCovers = sql`(${assignments.agencyId} = ${agencies.id} or (${assignments.agencyId} is null
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
  /** How many active agencies the row covers. */
  agencyCount: sql<number>`(select count(*) from agency ag where ag.active = 1 and (${assignments.agencyId} = ag.id or (${assignments.agencyId} is null
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

/**
 * Per-agency indicators may be assigned to one agency or to a type/level; a national
 * indicator (one figure a year) only to a single agency, which reports that figure.
 */
export function createAssignment(db: Db, actor: SessionUser, input: AssignmentCreateInput) {
  return db.transaction((tx) => {
    const indicator = tx
      .select({ id: indicators.id, code: indicators.code, scope: indicators.scope })
      .from(indicators)
      .where(eq(indicators.id, input.indicatorId))
      .get();
    if (!indicator) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `indicatorId: ไม่พบตัวชี้วัด ${input.indicatorId} / unknown indicator ${input.indicatorId}` });
    }
    if (indicator.scope === 'national') {
      if (input.agencyId === null) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `agencyId: ตัวชี้วัดระดับประเทศ ${indicator.code} มอบหมายได้เพียงหน่วยงานเดียว / national indicator ${indicator.code} can only be assigned to one agency`,
        });
      }
      if (tx.select({ id: assignments.id }).from(assignments).where(eq(assignments.indicatorId, indicator.id)).get()) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `indicatorId: ตัวชี้วัดระดับประเทศ ${indicator.code} มีผู้รายงานแล้ว / national indicator ${indicator.code} already has its reporting agency`,
        });
      }
    }
    if (input.agencyId !== null) {
      const agency = tx.select({ active: agencies.active }).from(agencies).where(eq(agencies.id, input.agencyId)).get();
      if (!agency || !agency.active) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: `agencyId: ไม่พบหน่วยงานที่ใช้งานอยู่ ${input.agencyId} / no active agency ${input.agencyId}` });
      }
    }
    const duplicate = tx
      .select({ id: assignments.id })
      .from(assignments)
      .where(
        and(
          eq(assignments.indicatorId, input.indicatorId),
          input.agencyId === null ? isNull(assignments.agencyId) : eq(assignments.agencyId, input.agencyId),
          input.agencyType === null ? isNull(assignments.agencyType) : eq(assignments.agencyType, input.agencyType),
          input.agencyLevel === null ? isNull(assignments.agencyLevel) : eq(assignments.agencyLevel, input.agencyLevel),
        ),
      )
      .get();
    if (duplicate) throw new TRPCError({ code: 'CONFLICT', message: 'มีการมอบหมายนี้อยู่แล้ว / this assignment already exists' });
    const { id } = tx.insert(assignments).values(input).returning({ id: assignments.id }).get();
    writeAudit(tx, { userId: actor.id, action: 'create', entity: 'assignment', entityId: id, after: { ...input, indicatorCode: indicator.code } });
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

/** Removing an assignment keeps what was already reported (values and their history stay). */
export function deleteAssignment(db: Db, actor: SessionUser, input: AssignmentDeleteInput) {
  return db.transaction((tx) => {
    const before = listAssignmentById(tx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบการมอบหมาย ${input.id} / assignment ${input.id} not found` });
    tx.delete(assignments).where(eq(assignments.id, input.id)).run();
    writeAudit(tx, {
      userId: actor.id,
      action: 'delete',
      entity: 'assignment',
      entityId: input.id,
      before: { indicatorId: before.indicatorId, indicatorCode: before.indicatorCode, agencyId: before.agencyId, agencyType: before.agencyType, agencyLevel: before.agencyLevel },
    });
    return { ok: true as const };
  });
}

