// Coverage of a figure derived from agencies' values: n approved of N assigned for that year.
// N counts the agencies the assignments *of that year* cover (assignments carry from/to years),
// so changing next year's assignments never moves a past year's N. An agency deactivated since
// still counts for a year it reported in.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../lib/transaction';

export type Coverage = { n: number; N: number };

export const coverageKey = (indicatorId: number, year: number) => `${indicatorId}:${year}`;

/** Assigned agencies per indicator and year, for the given indicators and years. */
export function assignedAgencyCounts(db: DbOrTx, indicatorIds: number[], years: number[]): Map<string, number> {
  const out = new Map<string, number>();
  if (indicatorIds.length === 0 || years.length === 0) return out;
  const yearRows = sql.join(years.map((y) => sql`(${y})`), sql`, `);
  const ids = sql.join(indicatorIds.map((id) => sql`${id}`), sql`, `);
  // Two arms, not one join with `agency_id = ag.id or (…)`: an OR in the join condition makes
  // SQLite test every agency against every assignment (8,300 agencies named one by one took 21 s);
  // a named agency is found by its key and a rule (type, level) scans the agencies once.
  const rows = db.all<{ indicatorId: number; year: number; n: number }>(sql`
    with y(year) as (values ${yearRows}),
    a as (
      select a.indicator_id, a.agency_id, a.agency_type, a.agency_level, y.year
      from assignment a
      join y on y.year >= a.from_year and (a.to_year is null or y.year <= a.to_year)
      where a.indicator_id in (${ids})
    ),
    covered(indicator_id, year, agency_id) as (
      select a.indicator_id, a.year, a.agency_id from a where a.agency_id is not null
      union
      select a.indicator_id, a.year, ag.id from a
      join agency ag on ag.is_demo = 0
        and (a.agency_type is null or a.agency_type = ag.type)
        and (a.agency_level is null or a.agency_level = ag.level)
      where a.agency_id is null
    )
    select c.indicator_id as indicatorId, c.year as year, count(*) as n
    from covered c
    join agency ag on ag.id = c.agency_id
    where ag.active = 1 or exists (select 1 from indicator_value v
      where v.agency_id = c.agency_id and v.indicator_id = c.indicator_id and v.year = c.year)
    group by c.indicator_id, c.year`);
  for (const r of rows) out.set(coverageKey(r.indicatorId, r.year), r.n);
  return out;
}

/** Below the publication threshold (a share of N) a derived figure is provisional. */
export function isBelowThreshold(coverage: Coverage, threshold: number): boolean {
  return coverage.N === 0 || coverage.n / coverage.N < threshold;
}
