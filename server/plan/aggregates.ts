import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, indicatorValues } from '../../db/schema';

export type Aggregation = 'mean' | 'share_at_least' | 'sum';

export type DerivedValue = {
  indicatorId: number;
  year: number;
  value: number;
  rankOutOf: number | null;
  sourceTh: string | null;
  sourceUrl: string | null;
  publishedOn: string | null;
  note: string | null;
  isExample: boolean;
  approvedAt: string | null;
  /** How the figure was derived: the rule and how many approved agency values it rests on. */
  derived: { method: Aggregation; agencies: number } | null;
};

/**
 * The national series of per-agency (scope = 'agency') indicators, derived in one SQL
 * query from the approved per-agency values by each indicator's rule: mean, share of
 * agencies at or above the threshold (in %), or sum. Rows have the shape of published
 * national values, so every page shows the same derived figure.
 */
export function deriveNationalSeries(db: Db, indicatorIds: number[]): Map<number, DerivedValue[]> {
  const out = new Map<number, DerivedValue[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return out;
  const rows = db
    .select({
      indicatorId: indicatorValues.indicatorId,
      year: indicatorValues.year,
      aggregation: indicators.aggregation,
      value: sql<number>`case ${indicators.aggregation}
        when 'sum' then sum(${indicatorValues.value})
        when 'share_at_least' then 100.0 * sum(case when ${indicators.direction} = 'lower'
          then ${indicatorValues.value} <= coalesce(${indicators.aggregationThreshold}, 0)
          else ${indicatorValues.value} >= coalesce(${indicators.aggregationThreshold}, 0) end) / count(*)
        else avg(${indicatorValues.value}) end`,
      agencies: sql<number>`count(*)`,
      anyExample: sql<number>`max(${indicatorValues.isExample})`,
      indicatorIsExample: sql<number>`max(${indicators.isExample})`,
      approvedAt: sql<string | null>`max(${indicatorValues.approvedAt})`,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(and(inArray(indicatorValues.indicatorId, indicatorIds), isNotNull(indicatorValues.agencyId)))
    .groupBy(indicatorValues.indicatorId, indicatorValues.year)
    .orderBy(asc(indicatorValues.year))
    .all();
  for (const r of rows) {
    const aggregation = r.aggregation ?? 'mean';
    out.get(r.indicatorId)!.push({
      indicatorId: r.indicatorId,
      year: r.year,
      value: Math.round(r.value * 100) / 100,
      rankOutOf: null,
      sourceTh: null,
      sourceUrl: null,
      publishedOn: r.approvedAt ? r.approvedAt.slice(0, 10) : null,
      note: null,
      // A figure derived for an example indicator is an example too, whatever the agencies sent.
      isExample: r.anyExample === 1 || r.indicatorIsExample === 1,
      approvedAt: r.approvedAt,
      derived: { method: aggregation, agencies: r.agencies },
    });
  }
  return out;
}
