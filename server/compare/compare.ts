import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, strategies } from '../../db/schema';
import type { CompareYearsInput } from '../../shared/schemas/compare';
import { indicatorHeader, loadIndicatorsWithSeries } from '../plan/indicator-series';
import { getPlan, listStrategies } from '../plan/plan';
import { boundsOf, compareWithStatus, loadPlanBounds } from '../plan/status';

/** Every indicator of the plan (or of one strategy / the goal) in year A vs year B. */
export function compareYears(db: Db, input: CompareYearsInput) {
  const plan = getPlan(db, input.planCode);
  const conditions: SQL[] = [eq(indicators.planId, plan.id)];
  if (input.strategy === 'goal') conditions.push(isNull(indicators.strategyId));
  else if (input.strategy !== undefined) conditions.push(eq(strategies.no, input.strategy));
  const bounds = boundsOf(loadPlanBounds(db), plan.id);
  const indicatorsWithSeries = loadIndicatorsWithSeries(db, and(...conditions));
  const latestYear = Math.max(plan.startYear, ...indicatorsWithSeries.flatMap((i) => i.values.map((v) => v.year)));
  const to = input.to ?? latestYear;
  const from = input.from ?? to - 2;
  const rows = indicatorsWithSeries.map((ind) => ({
    ...indicatorHeader(ind),
    ...compareWithStatus(ind, bounds, from, to, { method: input.method }),
  }));
  // Years a user can pick: the plan's years and every year with a published value.
  const years = new Set<number>();
  for (let y = plan.startYear; y <= plan.endYear; y++) years.add(y);
  for (const ind of indicatorsWithSeries) for (const v of ind.values) years.add(v.year);
  return {
    years: [...years, from, to].filter((y, i, all) => all.indexOf(y) === i).sort((a, b) => a - b),
    from,
    to,
    strategy: input.strategy ?? null,
    plan: { code: plan.code, startYear: plan.startYear, endYear: plan.endYear },
    strategies: listStrategies(db, plan.id).map((s) => ({ no: s.no, titleTh: s.titleTh, titleEn: s.titleEn })),
    rows,
  };
}
