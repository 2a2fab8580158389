// A province's ITA as the targeting page and the activity rounds read it: the mean and pass
// rate of its provincial and local agencies (a central agency's HQ address says little).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../lib/transaction';
import { agencies, itaResults } from '../../db/schema';
import { PROVINCE_LEVELS } from '../../shared/domain';
import { ITA_PASS, passPercent } from '../../shared/ita';

const r = itaResults;
const a = agencies;

export const provinceStats = {
  assessed: sql<number>`count(*)`,
  mean: sql<number | null>`round(avg(${r.total}), 2)`,
  passed: sql<number>`coalesce(sum(${r.total} >= ${ITA_PASS}), 0)`,
  demoRows: sql<number>`coalesce(sum(${r.isDemo}), 0)`,
};

export type ProvinceYearStat = { assessed: number; mean: number | null; passPercent: number };

export function provinceYearStats(db: DbOrTx, codes: string[], years: number[]): Map<string, ProvinceYearStat> {
  if (!codes.length || !years.length) return new Map();
  const rows = db
    .select({ code: a.provinceCode, year: r.year, ...provinceStats })
    .from(r)
    .innerJoin(a, eq(a.id, r.agencyId))
    .where(and(inArray(a.provinceCode, codes), inArray(r.year, years), inArray(a.level, PROVINCE_LEVELS)))
    .groupBy(a.provinceCode, r.year)
    .all();
  return new Map(
    rows.map((x) => [`${x.code}:${x.year}`, { assessed: x.assessed, mean: x.mean, passPercent: passPercent(x.passed, x.assessed) }]),
  );
}
