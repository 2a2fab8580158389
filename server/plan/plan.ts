import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, measures, plans, quickWinLevels, quickWins, strategies } from '../../db/schema';
import { quickWinState } from '../../shared/quick-wins';
import type { PlanOverviewInput, StrategyByNoInput } from '../../shared/schemas/plan';
import { todayInThailand } from '../lib/time';
import { loadIndicatorsWithSeries } from './indicator-series';
import { listQuickWins } from '../quick-wins/quick-wins';
import { EMPTY_SUMMARY, summarize, summarizePlanStatus, withStatusAll } from './status';
import { notFound } from '../lib/errors';

const DEFAULT_PLAN_CODE = '2565-2570';

const planColumns = {
  id: plans.id,
  code: plans.code,
  nameTh: plans.nameTh,
  nameEn: plans.nameEn,
  startYear: plans.startYear,
  endYear: plans.endYear,
  visionTh: plans.visionTh,
  visionEn: plans.visionEn,
  missionTh: plans.missionTh,
  missionEn: plans.missionEn,
  goalTh: plans.goalTh,
  goalEn: plans.goalEn,
  challengeTh: plans.challengeTh,
  challengeEn: plans.challengeEn,
  ownerTh: plans.ownerTh,
  ownerEn: plans.ownerEn,
  sourceUrl: plans.sourceUrl,
};

export function getPlan(db: Db, code: string = DEFAULT_PLAN_CODE) {
  const plan = db.select(planColumns).from(plans).where(eq(plans.code, code)).get();
  if (!plan) throw notFound('plan', code);
  return plan;
}

export function listStrategies(db: Db, planId: number) {
  const rows = db
    .select({ id: strategies.id, no: strategies.no, titleTh: strategies.titleTh, titleEn: strategies.titleEn })
    .from(strategies)
    .where(eq(strategies.planId, planId))
    .orderBy(asc(strategies.no))
    .all();
  const indicatorCounts = new Map(
    db
      .select({ strategyId: indicators.strategyId, n: sql<number>`count(*)`, examples: sql<number>`sum(${indicators.isExample})` })
      .from(indicators)
      .where(eq(indicators.planId, planId))
      .groupBy(indicators.strategyId)
      .all()
      .map((r) => [r.strategyId, r]),
  );
  const quickWinCounts = new Map(
    db
      .select({ strategyId: quickWins.strategyId, n: sql<number>`count(*)` })
      .from(quickWins)
      .where(eq(quickWins.planId, planId))
      .groupBy(quickWins.strategyId)
      .all()
      .map((r) => [r.strategyId, r.n]),
  );
  return rows.map((s) => ({
    ...s,
    indicatorCount: indicatorCounts.get(s.id)?.n ?? 0,
    /** Example indicators feed this strategy's status: the card says so with a badge. */
    exampleIndicatorCount: indicatorCounts.get(s.id)?.examples ?? 0,
    quickWinCount: quickWinCounts.get(s.id) ?? 0,
  }));
}

/** Quick Wins counted per level (a Quick Win at two levels counts at both). */
/** Quick Wins per level: how many, completed, delayed by the computed state (past their end below 100 %). */
export function countQuickWinsByLevel(db: Db, planId: number, now = new Date()) {
  const today = todayInThailand(now);
  const rows = db
    .select({ level: quickWinLevels.level, status: quickWins.status, progress: quickWins.progress, startDate: quickWins.startDate, endDate: quickWins.endDate, isExample: quickWins.isExample })
    .from(quickWinLevels)
    .innerJoin(quickWins, eq(quickWins.id, quickWinLevels.quickWinId))
    .where(eq(quickWins.planId, planId))
    .all();
  const levels = [...new Set(rows.map((r) => r.level))];
  return levels.map((level) => {
    const mine = rows.filter((r) => r.level === level).map((r) => ({ ...r, state: quickWinState(r, today).state }));
    return {
      level,
      total: mine.length,
      completed: mine.filter((r) => r.state === 'completed').length,
      delayed: mine.filter((r) => r.state === 'delayed' || r.state === 'not_started_late').length,
      examples: mine.filter((r) => r.isExample).length,
    };
  });
}

/** Codes of the headline indicators on the overview, in display order. */
export const HEADLINE_CODES = ['CPI-SCORE', 'CPI-RANK', 'ITA-MEAN', 'ITA-PASS'] as const;

export function getPlanOverview(db: Db, input: PlanOverviewInput) {
  const plan = getPlan(db, input.planCode);
  const status = summarizePlanStatus(db, plan.id);
  const goalIndicators = status.indicators.filter((i) => i.strategyId === null);
  const headline = HEADLINE_CODES.map((code) => goalIndicators.find((i) => i.code === code)).filter(
    (i): i is NonNullable<typeof i> => i !== undefined,
  );
  return {
    plan,
    status: { plan: status.plan, goal: status.goal },
    /** How many indicators behind the plan status are examples (not official). */
    exampleIndicatorCount: status.indicators.filter((i) => i.isExample).length,
    strategies: listStrategies(db, plan.id).map((s) => ({ ...s, status: status.byStrategy[s.id] ?? EMPTY_SUMMARY })),
    headline,
    goalIndicators,
    quickWinsByLevel: countQuickWinsByLevel(db, plan.id),
  };
}

export function getStrategyByNo(db: Db, input: StrategyByNoInput) {
  const plan = getPlan(db, input.planCode);
  const strategy = db
    .select({ id: strategies.id, no: strategies.no, titleTh: strategies.titleTh, titleEn: strategies.titleEn })
    .from(strategies)
    .where(and(eq(strategies.planId, plan.id), eq(strategies.no, input.no)))
    .get();
  if (!strategy) {
    throw notFound('strategy', input.no, 'no');
  }
  const measureRows = db
    .select({ id: measures.id, code: measures.code, nameTh: measures.nameTh, nameEn: measures.nameEn, isExample: measures.isExample })
    .from(measures)
    .where(eq(measures.strategyId, strategy.id))
    .orderBy(asc(measures.code))
    .all();
  const indicatorRows = withStatusAll(db, loadIndicatorsWithSeries(db, eq(indicators.strategyId, strategy.id)));
  const siblings = db
    .select({ no: strategies.no, titleTh: strategies.titleTh, titleEn: strategies.titleEn })
    .from(strategies)
    .where(and(eq(strategies.planId, plan.id), inArray(strategies.no, [input.no - 1, input.no + 1])))
    .all();
  return {
    plan: { code: plan.code, startYear: plan.startYear, endYear: plan.endYear, nameTh: plan.nameTh, nameEn: plan.nameEn },
    strategy,
    measures: measureRows,
    indicators: indicatorRows,
    status: summarize(indicatorRows),
    quickWins: listQuickWins(db, { strategyNo: input.no }),
    previous: siblings.find((s) => s.no === input.no - 1) ?? null,
    next: siblings.find((s) => s.no === input.no + 1) ?? null,
  };
}
