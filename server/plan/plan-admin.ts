// The secretariat keeps the plan's structure: measures, indicators, yearly targets (with a
// revision history that keeps the original) and Quick Wins. Every write is one transaction
// with its audit row; a stale version is refused, never silently overwritten.
import { TRPCError } from '@trpc/server';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  agencies,
  assignments,
  indicators,
  indicatorValues,
  measures,
  plans,
  quickWinLevels,
  quickWins,
  strategies,
  targetRevisions,
  targets,
  valueSubmissions,
} from '../../db/schema';
import type { IndicatorUpsertInput, MeasureUpsertInput, QuickWinUpsertInput, TargetSetInput } from '../../shared/schemas/plan-admin';
import { writeAudit, type DbOrTx } from '../lib/audit';
import { loadTargetRevisions } from './indicator-series';

const PLAN_CODE = '2565-2570';

function planId(tx: DbOrTx): number {
  const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.code, PLAN_CODE)).get();
  if (!plan) throw new TRPCError({ code: 'NOT_FOUND', message: 'ไม่พบแผน / plan not found' });
  return plan.id;
}

function strategyId(tx: DbOrTx, no: number): number {
  const row = tx
    .select({ id: strategies.id })
    .from(strategies)
    .where(and(eq(strategies.planId, planId(tx)), eq(strategies.no, no)))
    .get();
  if (!row) throw new TRPCError({ code: 'BAD_REQUEST', message: `strategyNo: ไม่มียุทธศาสตร์ที่ ${no} / strategy ${no} does not exist` });
  return row.id;
}

export function staleVersion(entity: string): TRPCError {
  return new TRPCError({
    code: 'CONFLICT',
    message: `${entity} ถูกแก้ไขโดยผู้อื่นหลังจากที่คุณเปิดไว้ กรุณาโหลดใหม่ / ${entity} was changed by someone else since you loaded it; reload and try again`,
  });
}

function requireVersion(entity: string, current: number, given: number | undefined): void {
  if (given === undefined) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `version: ต้องส่งเวอร์ชันที่โหลดมา / the loaded version is required to edit ${entity}` });
  }
  if (current !== given) throw staleVersion(entity);
}

const now = () => new Date().toISOString();

export function upsertMeasure(db: Db, input: MeasureUpsertInput, userId: number) {
  return db.transaction((tx) => {
    const sid = strategyId(tx, input.strategyNo);
    const values = { strategyId: sid, code: input.code, nameTh: input.nameTh, nameEn: input.nameEn, isExample: input.isExample };
    const clash = tx
      .select({ id: measures.id })
      .from(measures)
      .where(and(eq(measures.strategyId, sid), eq(measures.code, input.code)))
      .get();
    if (clash && clash.id !== input.id) {
      throw new TRPCError({ code: 'CONFLICT', message: `code: มีกลยุทธ์รหัส ${input.code} แล้ว / measure ${input.code} already exists` });
    }
    if (input.id === undefined) {
      const row = tx.insert(measures).values(values).returning({ id: measures.id }).get();
      writeAudit(tx, { userId, action: 'create', entity: 'measure', entityId: row.id, after: values });
      return { id: row.id, version: 1 };
    }
    const before = tx.select().from(measures).where(eq(measures.id, input.id)).get();
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบกลยุทธ์ ${input.id} / measure not found` });
    requireVersion('กลยุทธ์ / measure', before.version, input.version);
    const updated = tx
      .update(measures)
      .set({ ...values, version: sql`${measures.version} + 1`, updatedAt: now() })
      .where(and(eq(measures.id, input.id), eq(measures.version, before.version)))
      .run();
    if (updated.changes !== 1) throw staleVersion('กลยุทธ์ / measure');
    writeAudit(tx, { userId, action: 'update', entity: 'measure', entityId: input.id, before, after: values });
    return { id: input.id, version: before.version + 1 };
  });
}

export function upsertIndicator(db: Db, input: IndicatorUpsertInput, userId: number) {
  return db.transaction((tx) => {
    const pid = planId(tx);
    const sid = input.strategyNo === null ? null : strategyId(tx, input.strategyNo);
    let mid: number | null = null;
    if (input.measureCode) {
      if (sid === null) throw new TRPCError({ code: 'BAD_REQUEST', message: 'measureCode: ตัวชี้วัดระดับเป้าหมายไม่มีกลยุทธ์ / a goal-level indicator has no measure' });
      const m = tx.select({ id: measures.id }).from(measures).where(and(eq(measures.strategyId, sid), eq(measures.code, input.measureCode))).get();
      if (!m) throw new TRPCError({ code: 'BAD_REQUEST', message: `measureCode: ไม่มีกลยุทธ์ ${input.measureCode} ในยุทธศาสตร์นี้ / no measure ${input.measureCode} in this strategy` });
      mid = m.id;
    }
    const { id, version, strategyNo: _s, measureCode: _m, ...fields } = input;
    const values = { ...fields, planId: pid, strategyId: sid, measureId: mid };
    const clash = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, input.code)).get();
    if (clash && clash.id !== id) {
      throw new TRPCError({ code: 'CONFLICT', message: `code: มีตัวชี้วัดรหัส ${input.code} แล้ว / indicator ${input.code} already exists` });
    }
    if (id === undefined) {
      const row = tx.insert(indicators).values(values).returning({ id: indicators.id }).get();
      writeAudit(tx, { userId, action: 'create', entity: 'indicator', entityId: row.id, after: values });
      return { id: row.id, version: 1 };
    }
    const before = tx.select().from(indicators).where(eq(indicators.id, id)).get();
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบตัวชี้วัด ${id} / indicator not found` });
    requireVersion('ตัวชี้วัด / indicator', before.version, version);
    if (before.scope !== values.scope || before.aggregation !== values.aggregation) refuseIfReported(tx, id);
    const updated = tx
      .update(indicators)
      .set({ ...values, version: sql`${indicators.version} + 1`, updatedAt: now() })
      .where(and(eq(indicators.id, id), eq(indicators.version, before.version)))
      .run();
    if (updated.changes !== 1) throw staleVersion('ตัวชี้วัด / indicator');
    writeAudit(tx, { userId, action: 'update', entity: 'indicator', entityId: id, before, after: values });
    return { id, version: before.version + 1 };
  });
}

/**
 * Scope and roll-up decide how agencies' values become the national figure; changing them
 * under existing assignments or values would silently reinterpret what was reported.
 */
function refuseIfReported(tx: DbOrTx, indicatorId: number): void {
  const used =
    tx.select({ id: assignments.id }).from(assignments).where(eq(assignments.indicatorId, indicatorId)).limit(1).get() ??
    tx.select({ id: valueSubmissions.id }).from(valueSubmissions).where(eq(valueSubmissions.indicatorId, indicatorId)).limit(1).get() ??
    tx
      .select({ id: indicatorValues.id })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, indicatorId), isNotNull(indicatorValues.agencyId)))
      .limit(1)
      .get();
  if (used) {
    throw new TRPCError({
      code: 'CONFLICT',
      message:
        'scope: เปลี่ยนขอบเขตหรือวิธีรวมผลไม่ได้ เพราะมีการมอบหมายหรือค่าที่รายงานแล้ว / scope and roll-up cannot change once the indicator is assigned or reported',
    });
  }
}

/**
 * Sets a year's target. A first target is inserted as both value and original; changing it
 * later needs a reason and keeps the revision (date, reason, who) so pages can show the
 * original beside the revised value.
 */
export function setTarget(db: Db, input: TargetSetInput, userId: number) {
  return db.transaction((tx) => {
    const indicator = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, input.indicatorCode)).get();
    if (!indicator) {
      throw new TRPCError({ code: 'NOT_FOUND', message: `indicatorCode: ไม่พบตัวชี้วัด ${input.indicatorCode} / indicator not found` });
    }
    const existing = tx
      .select()
      .from(targets)
      .where(and(eq(targets.indicatorId, indicator.id), eq(targets.year, input.year)))
      .get();
    if (!existing) {
      const row = tx
        .insert(targets)
        .values({
          indicatorId: indicator.id,
          year: input.year,
          value: input.value,
          originalValue: input.value,
          sourceTh: input.sourceTh ?? null,
          sourceUrl: input.sourceUrl ?? null,
          isExample: input.isExample ?? false,
        })
        .returning({ id: targets.id })
        .get();
      writeAudit(tx, { userId, action: 'create', entity: 'target', entityId: row.id, after: { indicator: input.indicatorCode, year: input.year, value: input.value } });
      return { id: row.id, version: 1, revised: false };
    }
    requireVersion('ค่าเป้าหมาย / target', existing.version, input.version);
    const meta = {
      sourceTh: input.sourceTh === undefined ? existing.sourceTh : input.sourceTh,
      sourceUrl: input.sourceUrl === undefined ? existing.sourceUrl : input.sourceUrl,
      isExample: input.isExample ?? existing.isExample,
    };
    if (existing.value === input.value) {
      const unchanged = existing.sourceTh === meta.sourceTh && existing.sourceUrl === meta.sourceUrl && existing.isExample === meta.isExample;
      if (unchanged) return { id: existing.id, version: existing.version, revised: false };
      // Source or example flag only: not a revision of the target itself.
      tx.update(targets)
        .set({ ...meta, version: sql`${targets.version} + 1`, updatedAt: now() })
        .where(and(eq(targets.id, existing.id), eq(targets.version, existing.version)))
        .run();
      writeAudit(tx, { userId, action: 'update', entity: 'target', entityId: existing.id, before: { sourceTh: existing.sourceTh, sourceUrl: existing.sourceUrl, isExample: existing.isExample }, after: meta });
      return { id: existing.id, version: existing.version + 1, revised: false };
    }
    if (input.reason.length < 3) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'reason: ต้องระบุเหตุผลการปรับค่าเป้าหมาย / a reason is required to revise a target' });
    }
    const updated = tx
      .update(targets)
      .set({ value: input.value, ...meta, version: sql`${targets.version} + 1`, updatedAt: now() })
      .where(and(eq(targets.id, existing.id), eq(targets.version, existing.version)))
      .run();
    if (updated.changes !== 1) throw staleVersion('ค่าเป้าหมาย / target');
    tx.insert(targetRevisions)
      .values({
        targetId: existing.id,
        previousValue: existing.value,
        newValue: input.value,
        reason: input.reason,
        revisedOn: now().slice(0, 10),
        userId,
      })
      .run();
    writeAudit(tx, {
      userId,
      action: 'revise',
      entity: 'target',
      entityId: existing.id,
      before: { value: existing.value },
      after: { value: input.value, reason: input.reason },
    });
    return { id: existing.id, version: existing.version + 1, revised: true };
  });
}

/** Targets of one indicator with their versions and revisions, for the editor. */
export function listTargetsForEdit(db: Db, indicatorCode: string) {
  const indicator = db
    .select({ id: indicators.id, version: indicators.version })
    .from(indicators)
    .where(eq(indicators.code, indicatorCode))
    .get();
  if (!indicator) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบตัวชี้วัด ${indicatorCode} / indicator not found` });
  const rows = db
    .select({
      id: targets.id,
      year: targets.year,
      value: targets.value,
      originalValue: targets.originalValue,
      version: targets.version,
      isExample: targets.isExample,
      sourceTh: targets.sourceTh,
      sourceUrl: targets.sourceUrl,
    })
    .from(targets)
    .where(eq(targets.indicatorId, indicator.id))
    .orderBy(targets.year)
    .all();
  const revisions = loadTargetRevisions(db, indicator.id);
  return { indicatorVersion: indicator.version, targets: rows.map((t) => ({ ...t, revisions: revisions.filter((r) => r.targetId === t.id) })) };
}

export function upsertQuickWin(db: Db, input: QuickWinUpsertInput, userId: number) {
  return db.transaction((tx) => {
    const sid = strategyId(tx, input.strategyNo);
    let leadAgencyId: number | null = null;
    if (input.leadAgencyCode) {
      const a = tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, input.leadAgencyCode)).get();
      if (!a) throw new TRPCError({ code: 'BAD_REQUEST', message: `leadAgencyCode: ไม่พบหน่วยงาน ${input.leadAgencyCode} / unknown agency` });
      leadAgencyId = a.id;
    }
    const { id, version, levels, strategyNo: _s, leadAgencyCode: _l, ...fields } = input;
    const values = { ...fields, planId: planId(tx), strategyId: sid, leadAgencyId };
    const clash = tx.select({ id: quickWins.id }).from(quickWins).where(eq(quickWins.code, input.code)).get();
    if (clash && clash.id !== id) {
      throw new TRPCError({ code: 'CONFLICT', message: `code: มี Quick Win รหัส ${input.code} แล้ว / Quick Win ${input.code} already exists` });
    }
    let qid: number;
    let nextVersion = 1;
    if (id === undefined) {
      qid = tx.insert(quickWins).values(values).returning({ id: quickWins.id }).get().id;
      writeAudit(tx, { userId, action: 'create', entity: 'quick_win', entityId: qid, after: { ...values, levels } });
    } else {
      const before = tx.select().from(quickWins).where(eq(quickWins.id, id)).get();
      if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบ Quick Win ${id} / Quick Win not found` });
      requireVersion('Quick Win', before.version, version);
      const updated = tx
        .update(quickWins)
        .set({ ...values, version: sql`${quickWins.version} + 1`, updatedAt: now() })
        .where(and(eq(quickWins.id, id), eq(quickWins.version, before.version)))
        .run();
      if (updated.changes !== 1) throw staleVersion('Quick Win');
      tx.delete(quickWinLevels).where(eq(quickWinLevels.quickWinId, id)).run();
      writeAudit(tx, { userId, action: 'update', entity: 'quick_win', entityId: id, before, after: { ...values, levels } });
      qid = id;
      nextVersion = before.version + 1;
    }
    for (const level of new Set(levels)) tx.insert(quickWinLevels).values({ quickWinId: qid, level }).run();
    return { id: qid, version: nextVersion };
  });
}
