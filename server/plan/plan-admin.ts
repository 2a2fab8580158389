// The secretariat keeps the plan's structure: measures, indicators, yearly targets (with a
// revision history that keeps the original) and Quick Wins. Every write is one transaction
// with its audit row; a stale version is refused, never silently overwritten.
import { and, eq, isNotNull } from 'drizzle-orm';
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
import { duplicate, invalidField, notFound, refused } from '../lib/errors';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, updateVersioned, type VersionKey } from '../lib/versioned-write';
import { loadTargetRevisions } from './indicator-series';

const PLAN_CODE = '2565-2570';

function planId(tx: DbOrTx): number {
  const plan = tx.select({ id: plans.id }).from(plans).where(eq(plans.code, PLAN_CODE)).get();
  if (!plan) throw notFound('plan', PLAN_CODE);
  return plan.id;
}

function strategyId(tx: DbOrTx, no: number): number {
  const row = tx
    .select({ id: strategies.id })
    .from(strategies)
    .where(and(eq(strategies.planId, planId(tx)), eq(strategies.no, no)))
    .get();
  if (!row) throw invalidField('strategyNo', 'unknown_reference', { entity: 'strategy', key: no });
  return row.id;
}

/** An edit of an existing record names the version it loaded; a create has neither. */
function versionKey(id: number | undefined, version: number | undefined): VersionKey | null {
  if (id === undefined) return null;
  if (version === undefined) throw invalidField('version', 'version_required');
  return { id, version };
}

export function upsertMeasure(db: Db, input: MeasureUpsertInput, userId: number) {
  return writeTransaction(db, (tx) => {
    const sid = strategyId(tx, input.strategyNo);
    const values = { strategyId: sid, code: input.code, nameTh: input.nameTh, nameEn: input.nameEn, isExample: input.isExample };
    const clash = tx
      .select({ id: measures.id })
      .from(measures)
      .where(and(eq(measures.strategyId, sid), eq(measures.code, input.code)))
      .get();
    if (clash && clash.id !== input.id) throw duplicate('measure', input.code, 'code');
    const audit = { actorId: userId, entity: 'measure' as const, label: (m: { code: string }) => `${input.strategyNo}.${m.code}` };
    const key = versionKey(input.id, input.version);
    const row = key ? updateVersioned(tx, measures, key, values, audit) : insertAudited(tx, measures, values, audit);
    return { id: row.id, version: row.version };
  });
}

export function upsertIndicator(db: Db, input: IndicatorUpsertInput, userId: number) {
  return writeTransaction(db, (tx) => {
    const pid = planId(tx);
    const sid = input.strategyNo === null ? null : strategyId(tx, input.strategyNo);
    let mid: number | null = null;
    if (input.measureCode) {
      if (sid === null) throw invalidField('measureCode', 'goal_indicator_has_no_measure');
      const m = tx.select({ id: measures.id }).from(measures).where(and(eq(measures.strategyId, sid), eq(measures.code, input.measureCode))).get();
      if (!m) throw invalidField('measureCode', 'measure_not_in_strategy', { key: input.measureCode });
      mid = m.id;
    }
    const { id, version, strategyNo: _s, measureCode: _m, ...fields } = input;
    const values = { ...fields, planId: pid, strategyId: sid, measureId: mid };
    const clash = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, input.code)).get();
    if (clash && clash.id !== id) throw duplicate('indicator', input.code, 'code');
    const audit = { actorId: userId, entity: 'indicator' as const, label: (i: { code: string }) => i.code };
    const key = versionKey(id, version);
    if (!key) {
      const row = insertAudited(tx, indicators, values, audit);
      return { id: row.id, version: row.version };
    }
    const before = tx.select({ scope: indicators.scope, aggregation: indicators.aggregation }).from(indicators).where(eq(indicators.id, key.id)).get();
    if (before && (before.scope !== values.scope || before.aggregation !== values.aggregation)) refuseIfReported(tx, key.id);
    const row = updateVersioned(tx, indicators, key, values, audit);
    return { id: row.id, version: row.version };
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
  if (used) throw refused('scope_locked', undefined, 'scope');
}

/**
 * Sets a year's target. A first target is inserted as both value and original; changing it
 * later needs a reason and keeps the revision (date, reason, who) so pages can show the
 * original beside the revised value.
 */
export function setTarget(db: Db, input: TargetSetInput, userId: number) {
  return writeTransaction(db, (tx) => {
    const indicator = tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, input.indicatorCode)).get();
    if (!indicator) throw notFound('indicator', input.indicatorCode, 'indicatorCode');
    const existing = tx
      .select()
      .from(targets)
      .where(and(eq(targets.indicatorId, indicator.id), eq(targets.year, input.year)))
      .get();
    const audit = { actorId: userId, entity: 'target' as const, label: () => `${input.indicatorCode} ${input.year}` };
    if (!existing) {
      const row = insertAudited(
        tx,
        targets,
        {
          indicatorId: indicator.id,
          year: input.year,
          value: input.value,
          originalValue: input.value,
          sourceTh: input.sourceTh ?? null,
          sourceUrl: input.sourceUrl ?? null,
          isExample: input.isExample ?? false,
        },
        { ...audit, fields: ['value', 'sourceTh', 'sourceUrl', 'isExample'] },
      );
      return { id: row.id, version: 1, revised: false };
    }
    const key = versionKey(existing.id, input.version);
    const sourceUrl = input.sourceUrl === undefined ? existing.sourceUrl : input.sourceUrl;
    const meta = {
      sourceTh: input.sourceTh === undefined ? existing.sourceTh : input.sourceTh,
      sourceUrl,
      // A carried-forward target stays marked "not an official figure" until it gets a source.
      carriedForward: existing.carriedForward && !sourceUrl,
      isExample: input.isExample ?? existing.isExample,
    };
    const metaFields = ['sourceTh', 'sourceUrl', 'carriedForward', 'isExample'] as const;
    if (existing.value === input.value) {
      const unchanged = metaFields.every((f) => existing[f] === meta[f]);
      if (unchanged && key!.version === existing.version) return { id: existing.id, version: existing.version, revised: false };
      // Source or example flag only: not a revision of the target itself.
      const row = updateVersioned(tx, targets, key!, meta, { ...audit, fields: [...metaFields] });
      return { id: row.id, version: row.version, revised: false };
    }
    if (input.reason.length < 3) throw invalidField('reason', 'reason_required');
    const row = updateVersioned(tx, targets, key!, { value: input.value, ...meta }, { ...audit, action: 'revise', reason: input.reason, fields: ['value', ...metaFields] });
    tx.insert(targetRevisions)
      .values({
        targetId: existing.id,
        previousValue: existing.value,
        newValue: input.value,
        reason: input.reason,
        revisedOn: new Date().toISOString().slice(0, 10),
        userId,
      })
      .run();
    return { id: row.id, version: row.version, revised: true };
  });
}

/** Targets of one indicator with their versions and revisions, for the editor. */
export function listTargetsForEdit(db: Db, indicatorCode: string) {
  const indicator = db
    .select({ id: indicators.id, version: indicators.version })
    .from(indicators)
    .where(eq(indicators.code, indicatorCode))
    .get();
  if (!indicator) throw notFound('indicator', indicatorCode, 'indicatorCode');
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
      carriedForward: targets.carriedForward,
    })
    .from(targets)
    .where(eq(targets.indicatorId, indicator.id))
    .orderBy(targets.year)
    .all();
  const revisions = loadTargetRevisions(db, indicator.id);
  return { indicatorVersion: indicator.version, targets: rows.map((t) => ({ ...t, revisions: revisions.filter((r) => r.targetId === t.id) })) };
}

export function upsertQuickWin(db: Db, input: QuickWinUpsertInput, userId: number) {
  return writeTransaction(db, (tx) => {
    const sid = strategyId(tx, input.strategyNo);
    let leadAgencyId: number | null = null;
    if (input.leadAgencyCode) {
      const a = tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, input.leadAgencyCode)).get();
      if (!a) throw invalidField('leadAgencyCode', 'unknown_reference', { entity: 'agency', key: input.leadAgencyCode });
      leadAgencyId = a.id;
    }
    const { id, version, levels, strategyNo: _s, leadAgencyCode: _l, ...fields } = input;
    const values = { ...fields, planId: planId(tx), strategyId: sid, leadAgencyId };
    const clash = tx.select({ id: quickWins.id }).from(quickWins).where(eq(quickWins.code, input.code)).get();
    if (clash && clash.id !== id) throw duplicate('quick_win', input.code, 'code');
    const key = versionKey(id, version);
    const levelsBefore = key
      ? tx.select({ level: quickWinLevels.level }).from(quickWinLevels).where(eq(quickWinLevels.quickWinId, key.id)).all().map((l) => l.level)
      : undefined;
    const audit = {
      actorId: userId,
      entity: 'quick_win' as const,
      label: (q: { code: string }) => q.code,
      extra: { before: levelsBefore ? { levels: levelsBefore } : undefined, after: { levels: [...new Set(levels)] } },
    };
    const row = key ? updateVersioned(tx, quickWins, key, values, audit) : insertAudited(tx, quickWins, values, audit);
    // Levels belong to the Quick Win: replaced as a whole with it.
    tx.delete(quickWinLevels).where(eq(quickWinLevels.quickWinId, row.id)).run();
    for (const level of new Set(levels)) tx.insert(quickWinLevels).values({ quickWinId: row.id, level }).run();
    return { id: row.id, version: row.version };
  });
}
