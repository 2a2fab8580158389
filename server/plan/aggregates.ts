import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { indicators, indicatorValues, provisionalPublications } from '../../db/schema';
import type { DbOrTx } from '../lib/transaction';
import { assignedAgencyCounts, coverageKey, isBelowThreshold, type Coverage } from './coverage';

export type Aggregation = 'mean' | 'share_at_least' | 'sum';

export type DerivedValue = {
  indicatorId: number;
  year: number;
  value: number;
  rankOutOf: number | null;
  sourceTh: string | null;
  sourceUrl: string | null;
  publishedOn: string | null;
  secondarySourceTh: string | null;
  secondarySourceUrl: string | null;
  note: string | null;
  isExample: boolean;
  approvedAt: string | null;
  /** How the figure was derived: the rule and how many approved agency values it rests on. */
  derived: { method: Aggregation; agencies: number } | null;
  /** n approved of N assigned for that year (null for a figure published as such). */
  coverage: Coverage | null;
  /** Below the indicator's publication threshold and not published by the secretariat: shown as provisional, left out of statuses. */
  provisional: boolean;
  /** The secretariat published it below the threshold, with this reason. */
  publication: { id: number; version: number; reason: string; publishedAt: string } | null;
};

/** A published national value has no coverage to state. */
export const PUBLISHED_AS_SUCH = { derived: null, coverage: null, provisional: false, publication: null } as const;

/**
 * The national series of per-agency (scope = 'agency') indicators, derived in one SQL
 * query from the approved per-agency values by each indicator's rule: mean, share of
 * agencies at or above the threshold (in %), or sum. Rows have the shape of published
 * national values, so every page shows the same derived figure.
 */
export function deriveNationalSeries(db: DbOrTx, indicatorIds: number[]): Map<number, DerivedValue[]> {
  const out = new Map<number, DerivedValue[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return out;
  const rows = db
    .select({
      indicatorId: indicatorValues.indicatorId,
      year: indicatorValues.year,
      aggregation: indicators.aggregation,
      threshold: indicators.publicationThreshold,
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
  const years = [...new Set(rows.map((r) => r.year))];
  const assigned = assignedAgencyCounts(db, indicatorIds, years);
  const publications = new Map(
    db
      .select({ id: provisionalPublications.id, indicatorId: provisionalPublications.indicatorId, year: provisionalPublications.year, version: provisionalPublications.version, reason: provisionalPublications.reason, publishedAt: provisionalPublications.updatedAt })
      .from(provisionalPublications)
      .where(inArray(provisionalPublications.indicatorId, indicatorIds))
      .all()
      .map((p) => [coverageKey(p.indicatorId, p.year), p]),
  );
  for (const r of rows) {
    const aggregation = r.aggregation ?? 'mean';
    const key = coverageKey(r.indicatorId, r.year);
    // Agencies that reported were assigned when they did: N is never below n.
    const coverage = { n: r.agencies, N: Math.max(assigned.get(key) ?? 0, r.agencies) };
    const publication = publications.get(key) ?? null;
    const below = isBelowThreshold(coverage, r.threshold);
    out.get(r.indicatorId)!.push({
      indicatorId: r.indicatorId,
      year: r.year,
      value: Math.round(r.value * 100) / 100,
      rankOutOf: null,
      sourceTh: null,
      sourceUrl: null,
      publishedOn: r.approvedAt ? r.approvedAt.slice(0, 10) : null,
      secondarySourceTh: null,
      secondarySourceUrl: null,
      note: null,
      // A figure derived for an example indicator is an example too, whatever the agencies sent.
      isExample: r.anyExample === 1 || r.indicatorIsExample === 1,
      approvedAt: r.approvedAt,
      derived: { method: aggregation, agencies: r.agencies },
      coverage,
      provisional: below && publication === null,
      publication: below && publication ? { id: publication.id, version: publication.version, reason: publication.reason, publishedAt: publication.publishedAt } : null,
    });
  }
  return out;
}
