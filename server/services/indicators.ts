import { TRPCError } from '@trpc/server';
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, indicatorValues, indicators, measures, strategies, targetRevisions, targets } from '../../db/schema';
import type { IndicatorAgencyValuesInput, IndicatorByCodeInput, IndicatorListInput } from '../../shared/schemas/indicator';
import { deriveNationalSeries } from './aggregates';
import { withBothMethods, withStatusAll } from './status';

/** Columns every indicator view needs; selected explicitly so nothing else leaks. */
export const indicatorColumns = {
  id: indicators.id,
  planId: indicators.planId,
  code: indicators.code,
  nameTh: indicators.nameTh,
  nameEn: indicators.nameEn,
  unit: indicators.unit,
  direction: indicators.direction,
  scope: indicators.scope,
  aggregation: indicators.aggregation,
  aggregationThreshold: indicators.aggregationThreshold,
  yearKind: indicators.yearKind,
  sourceOrgTh: indicators.sourceOrgTh,
  sourceOrgEn: indicators.sourceOrgEn,
  sourceUrl: indicators.sourceUrl,
  decimals: indicators.decimals,
  minValue: indicators.minValue,
  maxValue: indicators.maxValue,
  releaseLagMonths: indicators.releaseLagMonths,
  baselineYear: indicators.baselineYear,
  baselineValue: indicators.baselineValue,
  comparableFromYear: indicators.comparableFromYear,
  statusMethod: indicators.statusMethod,
  isExample: indicators.isExample,
  sortOrder: indicators.sortOrder,
  strategyId: indicators.strategyId,
  strategyNo: strategies.no,
  measureId: indicators.measureId,
  measureCode: measures.code,
};

const valueColumns = {
  indicatorId: indicatorValues.indicatorId,
  year: indicatorValues.year,
  value: indicatorValues.value,
  rankOutOf: indicatorValues.rankOutOf,
  sourceTh: indicatorValues.sourceTh,
  sourceUrl: indicatorValues.sourceUrl,
  publishedOn: indicatorValues.publishedOn,
  note: indicatorValues.note,
  isExample: indicatorValues.isExample,
  approvedAt: indicatorValues.approvedAt,
};

const targetColumns = {
  id: targets.id,
  indicatorId: targets.indicatorId,
  year: targets.year,
  value: targets.value,
  originalValue: targets.originalValue,
  sourceTh: targets.sourceTh,
  sourceUrl: targets.sourceUrl,
  isExample: targets.isExample,
};

export type IndicatorRow = Awaited<ReturnType<typeof selectIndicators>>[number];

function selectIndicators(db: Db, where?: SQL) {
  return db
    .select(indicatorColumns)
    .from(indicators)
    .leftJoin(strategies, eq(strategies.id, indicators.strategyId))
    .leftJoin(measures, eq(measures.id, indicators.measureId))
    .where(where)
    .orderBy(asc(indicators.sortOrder), asc(indicators.code))
    .all();
}

/**
 * Indicators with their published national series and targets, in two queries in all
 * (not one per indicator). For per-agency indicators the national series is derived from
 * the approved agency values by the indicator's aggregation (services/aggregates.ts).
 */
export function loadIndicatorsWithSeries(db: Db, where?: SQL) {
  const rows = selectIndicators(db, where);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const values = db
    .select(valueColumns)
    .from(indicatorValues)
    .where(and(inArray(indicatorValues.indicatorId, ids), isNull(indicatorValues.agencyId)))
    .orderBy(asc(indicatorValues.year))
    .all();
  // Per-agency indicators: the national series is derived from approved agency values.
  const derived = deriveNationalSeries(db, rows.filter((r) => r.scope === 'agency').map((r) => r.id));
  const targetRows = db
    .select(targetColumns)
    .from(targets)
    .where(inArray(targets.indicatorId, ids))
    .orderBy(asc(targets.year))
    .all();
  return rows.map((r) => ({
    ...r,
    values: derived.get(r.id) ?? values.filter((v) => v.indicatorId === r.id),
    targets: targetRows.filter((t) => t.indicatorId === r.id),
  }));
}

/** The identifying fields every indicator listing returns: one place, so pages agree. */
export function indicatorHeader(ind: IndicatorRow) {
  return {
    code: ind.code,
    nameTh: ind.nameTh,
    nameEn: ind.nameEn,
    unit: ind.unit,
    direction: ind.direction,
    decimals: ind.decimals,
    yearKind: ind.yearKind,
    strategyNo: ind.strategyNo,
    measureCode: ind.measureCode,
    sourceOrgTh: ind.sourceOrgTh,
    sourceOrgEn: ind.sourceOrgEn,
    isExample: ind.isExample,
  };
}

export type IndicatorWithSeries = ReturnType<typeof loadIndicatorsWithSeries>[number];

export function listIndicators(db: Db, input: IndicatorListInput) {
  const conditions: SQL[] = [];
  if (input.level === 'goal') conditions.push(isNull(indicators.strategyId));
  if (input.level === 'strategy') conditions.push(isNotNull(indicators.strategyId));
  if (input.strategyNo !== undefined) conditions.push(eq(strategies.no, input.strategyNo));
  const where = conditions.length ? and(...conditions) : undefined;
  return withStatusAll(db, loadIndicatorsWithSeries(db, where));
}

export function getIndicatorByCode(db: Db, input: IndicatorByCodeInput) {
  const [indicator] = loadIndicatorsWithSeries(db, eq(indicators.code, input.code));
  if (!indicator) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบตัวชี้วัดรหัส ${input.code} / indicator ${input.code} not found` });
  }
  const meta = db
    .select({
      definitionTh: indicators.definitionTh,
      definitionEn: indicators.definitionEn,
      methodTh: indicators.methodTh,
      methodEn: indicators.methodEn,
      version: indicators.version,
    })
    .from(indicators)
    .where(eq(indicators.id, indicator.id))
    .get();
  const strategy = indicator.strategyId
    ? (db
        .select({ no: strategies.no, titleTh: strategies.titleTh, titleEn: strategies.titleEn })
        .from(strategies)
        .where(eq(strategies.id, indicator.strategyId))
        .get() ?? null)
    : null;
  const revisions = loadTargetRevisions(db, indicator.id);
  return { ...withBothMethods(db, indicator, { method: input.method }), ...meta!, strategy, targetRevisions: revisions };
}

/** Every revision of an indicator's targets, oldest first (the original stays on the target row). */
export function loadTargetRevisions(db: Db, indicatorId: number) {
  return db
    .select({
      targetId: targetRevisions.targetId,
      year: targets.year,
      previousValue: targetRevisions.previousValue,
      newValue: targetRevisions.newValue,
      reason: targetRevisions.reason,
      revisedOn: targetRevisions.revisedOn,
    })
    .from(targetRevisions)
    .innerJoin(targets, eq(targets.id, targetRevisions.targetId))
    .where(eq(targets.indicatorId, indicatorId))
    .orderBy(asc(targetRevisions.revisedOn), asc(targetRevisions.id))
    .all();
}

/**
 * The published value of each agency behind a per-agency indicator, for one year: the rows the
 * national figure is derived from. Paged and searchable on the server (up to ~8,300 agencies).
 */
export function listAgencyValues(db: Db, input: IndicatorAgencyValuesInput) {
  const indicator = db
    .select({ id: indicators.id, scope: indicators.scope })
    .from(indicators)
    .where(eq(indicators.code, input.code))
    .get();
  if (!indicator) {
    throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบตัวชี้วัดรหัส ${input.code} / indicator ${input.code} not found` });
  }
  const years = db
    .selectDistinct({ year: indicatorValues.year })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorId, indicator.id), isNotNull(indicatorValues.agencyId)))
    .orderBy(desc(indicatorValues.year))
    .all()
    .map((r) => r.year);
  const year = input.year ?? years[0] ?? null;
  if (year === null) return { scope: indicator.scope, years, year: null, total: 0, rows: [] };
  const conditions: SQL[] = [eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.year, year), isNotNull(indicatorValues.agencyId)];
  if (input.q) {
    const pattern = `%${input.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${agencies.code} like ${pattern} escape '\\' or ${agencies.nameTh} like ${pattern} escape '\\' or ${agencies.nameEn} like ${pattern} escape '\\')`);
  }
  const where = and(...conditions);
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(indicatorValues)
    .innerJoin(agencies, eq(agencies.id, indicatorValues.agencyId))
    .where(where)
    .get()!.n;
  const rows = db
    .select({
      agencyCode: agencies.code,
      agencyNameTh: agencies.nameTh,
      agencyNameEn: agencies.nameEn,
      level: agencies.level,
      type: agencies.type,
      provinceCode: agencies.provinceCode,
      value: indicatorValues.value,
      note: indicatorValues.note,
      evidenceUrl: indicatorValues.evidenceUrl,
      approvedAt: indicatorValues.approvedAt,
      isExample: indicatorValues.isExample,
    })
    .from(indicatorValues)
    .innerJoin(agencies, eq(agencies.id, indicatorValues.agencyId))
    .where(where)
    .orderBy(desc(indicatorValues.value), asc(agencies.code))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  return { scope: indicator.scope, years, year, total, rows };
}
