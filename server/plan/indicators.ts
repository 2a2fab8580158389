import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, indicatorValues, indicators, strategies } from '../../db/schema';
import type { IndicatorAgencyValuesInput, IndicatorByCodeInput, IndicatorListInput } from '../../shared/schemas/indicator';
import { loadIndicatorsWithSeries, loadTargetRevisions } from './indicator-series';
import { withBothMethods, withStatusAll } from './status';
import { notFound } from '../lib/errors';

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
    throw notFound('indicator', input.code, 'code');
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
    throw notFound('indicator', input.code, 'code');
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
