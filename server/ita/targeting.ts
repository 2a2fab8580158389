// Target-province selection: provinces and province groups ranked by their agencies' ITA, with
// the medium–low band flagged (the OCSC seminar chose its provinces that way). Rounds planned
// from a selection live in server/activities.
import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, itaResults, projectRounds, provinceGroups, provinceReadiness, provinces, roundProvinces } from '../../db/schema';
import { passPercent } from '../../shared/ita';
import type { ItaTargetingInput } from '../../shared/schemas/ita';
import { provinceStats } from './province-stats';

const r = itaResults;
const a = agencies;
const p = provinces;
const g = provinceGroups;

export type Band = 'high' | 'medium' | 'low';

/** Value at a quantile of sorted values (nearest rank), to two decimals. */
function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)));
  return Math.round((sorted[i] ?? 0) * 100) / 100;
}

export function bandOf(value: number | null, highFrom: number, mediumFrom: number): Band | null {
  if (value === null) return null;
  if (value >= highFrom) return 'high';
  if (value >= mediumFrom) return 'medium';
  return 'low';
}

/** Provinces and province groups ranked by their agencies' ITA, with the medium–low band flagged. */
export function getItaTargeting(db: Db, input: ItaTargetingInput, showReadiness = false) {
  const year =
    input.year ?? db.select({ y: sql<number | null>`max(${r.year})` }).from(r).get()?.y ?? null;
  const levels = [...new Set(input.levels)];
  const all = db
    .select({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, region: p.region, groupId: p.groupId })
    .from(p)
    .orderBy(asc(p.code))
    .all();
  const stats =
    year === null
      ? []
      : db
          .select({ code: a.provinceCode, sumTotal: sql<number>`sum(${r.total})`, ...provinceStats })
          .from(r)
          .innerJoin(a, eq(a.id, r.agencyId))
          .where(and(eq(r.year, year), inArray(a.level, levels), isNotNull(a.provinceCode)))
          .groupBy(a.provinceCode)
          .all();
  // N of the coverage: the agencies at the chosen levels in each province — active ones, and
  // any assessed that year since deactivated (so N is never below the assessed n).
  const agencyCounts = new Map(
    db
      .select({ code: a.provinceCode, n: sql<number>`count(*)` })
      .from(a)
      .where(
        and(
          inArray(a.level, levels),
          isNotNull(a.provinceCode),
          year === null ? eq(a.active, true) : or(eq(a.active, true), sql`exists (select 1 from ${r} where ${r.agencyId} = ${a.id} and ${r.year} = ${year})`),
        ),
      )
      .groupBy(a.provinceCode)
      .all()
      .map((x) => [x.code, x.n]),
  );
  const metricOf = (s: { assessed: number; mean: number | null; passed: number }) =>
    s.assessed === 0 ? null : input.metric === 'mean' ? s.mean : passPercent(s.passed, s.assessed);

  const provinceRows = all.map((prov) => {
    const s = stats.find((x) => x.code === prov.code);
    const assessed = s?.assessed ?? 0;
    return {
      ...prov,
      assessed,
      agencies: Math.max(assessed, agencyCounts.get(prov.code) ?? 0),
      mean: s?.mean ?? null,
      passed: s?.passed ?? 0,
      passPercent: passPercent(s?.passed ?? 0, assessed),
      demoRows: s?.demoRows ?? 0,
      value: s ? metricOf(s) : null,
    };
  });
  const values = provinceRows.map((x) => x.value).filter((v): v is number => v !== null).sort((x, y) => x - y);
  const highFrom = input.highFrom ?? quantile(values, 2 / 3);
  const mediumFrom = input.mediumFrom ?? quantile(values, 1 / 3);
  const thresholdSource = input.highFrom !== undefined || input.mediumFrom !== undefined ? 'input' : 'terciles';

  const roundCounts = new Map(
    db
      .select({ code: roundProvinces.provinceCode, rounds: sql<number>`count(*)`, lastStart: sql<string | null>`max(${projectRounds.startDate})` })
      .from(roundProvinces)
      .innerJoin(projectRounds, eq(projectRounds.id, roundProvinces.roundId))
      // Drafts are plans, not rounds held.
      .where(eq(projectRounds.status, 'confirmed'))
      .groupBy(roundProvinces.provinceCode)
      .all()
      .map((x) => [x.code, x]),
  );

  const readiness = new Map(
    showReadiness
      ? db
          .select({ code: provinceReadiness.provinceCode, readiness: provinceReadiness.readiness, note: provinceReadiness.note, version: provinceReadiness.version })
          .from(provinceReadiness)
          .all()
          .map((x) => [x.code, x])
      : [],
  );

  // Rank 1 = best; equal values share a rank (1 + the number of provinces strictly above).
  const rankOf = new Map(
    provinceRows.filter((x) => x.value !== null).map((x) => [x.code, values.filter((v) => v > (x.value ?? 0)).length + 1]),
  );
  const groupNames = new Map(
    db.select({ id: g.id, nameTh: g.nameTh, nameEn: g.nameEn }).from(g).all().map((x) => [x.id, { th: x.nameTh, en: x.nameEn }]),
  );
  const provincesOut = provinceRows
    .map((x) => {
      const band = bandOf(x.value, highFrom, mediumFrom);
      return {
        ...x,
        groupName: x.groupId === null ? null : (groupNames.get(x.groupId) ?? null),
        rank: rankOf.get(x.code) ?? null,
        band,
        mediumLow: band === 'medium' || band === 'low',
        rounds: roundCounts.get(x.code)?.rounds ?? 0,
        lastRoundStart: roundCounts.get(x.code)?.lastStart ?? null,
        readiness: readiness.get(x.code)?.readiness ?? null,
        readinessNote: readiness.get(x.code)?.note ?? '',
        readinessVersion: readiness.get(x.code)?.version ?? null,
      };
    })
    // Lowest first: the provinces a planner looks at; no data last.
    .sort((x, y) => (x.value ?? Infinity) - (y.value ?? Infinity) || x.code.localeCompare(y.code));

  // A group's figures pool its provinces' agencies (sums of the province rows, not a mean of means).
  const groupsOut = [...groupNames.entries()]
    .map(([groupId, name]) => {
      const members = provincesOut.filter((pr) => pr.groupId === groupId);
      const withData = members.map((m) => stats.find((x) => x.code === m.code)).filter((x) => x !== undefined);
      const assessed = withData.reduce((sum, x) => sum + x.assessed, 0);
      const passed = withData.reduce((sum, x) => sum + x.passed, 0);
      const mean = assessed ? Math.round((withData.reduce((sum, x) => sum + x.sumTotal, 0) / assessed) * 100) / 100 : null;
      const value = metricOf({ assessed, mean, passed });
      const band = bandOf(value, highFrom, mediumFrom);
      return {
        groupId,
        nameTh: name.th,
        nameEn: name.en,
        provinces: members.length,
        assessed,
        mean,
        passed,
        passPercent: passPercent(passed, assessed),
        demoRows: withData.reduce((sum, x) => sum + x.demoRows, 0),
        value,
        band,
        mediumLow: band === 'medium' || band === 'low',
        mediumLowProvinces: members.filter((m) => m.mediumLow).map((m) => m.code),
      };
    })
    .sort((x, y) => (x.value ?? Infinity) - (y.value ?? Infinity) || x.groupId - y.groupId);

  return {
    year,
    metric: input.metric,
    levels,
    thresholds: { highFrom, mediumFrom, source: thresholdSource as 'input' | 'terciles' },
    provinces: provincesOut,
    groups: groupsOut,
  };
}
