// Indicators with their published national series and targets: what every page that shows
// an indicator loads. The status layer (status.ts) builds on this; nothing here imports it.
import { and, asc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicatorValues, indicators, measures, strategies, targetRevisions, targets } from '../../db/schema';
import { deriveNationalSeries, PUBLISHED_AS_SUCH } from './aggregates';

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
  publicationThreshold: indicators.publicationThreshold,
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
  secondarySourceTh: indicatorValues.secondarySourceTh,
  secondarySourceUrl: indicatorValues.secondarySourceUrl,
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
  carriedForward: targets.carriedForward,
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
    values: derived.get(r.id) ?? values.filter((v) => v.indicatorId === r.id).map((v) => ({ ...v, ...PUBLISHED_AS_SUCH })),
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
    /** With unit and decimals, how the national figure reads (shared/figure.ts). */
    scope: ind.scope,
    aggregation: ind.aggregation,
    yearKind: ind.yearKind,
    strategyNo: ind.strategyNo,
    measureCode: ind.measureCode,
    sourceOrgTh: ind.sourceOrgTh,
    sourceOrgEn: ind.sourceOrgEn,
    isExample: ind.isExample,
  };
}

export type IndicatorWithSeries = ReturnType<typeof loadIndicatorsWithSeries>[number];

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
