// The status layer: attaches computeStatus / computeStaleness (shared/status.ts) to indicator
// rows. Every procedure that shows a status goes through here, so all pages agree.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicators, plans } from '../../db/schema';
import {
  computeStaleness,
  computeStatus,
  rollUpStatuses,
  STATUS_METHODS,
  type StatusExplanation,
  type StatusMethod,
  type StatusRollUp,
} from '../../shared/status';
import { compareIndicatorYears } from '../../shared/compare';
import { loadIndicatorsWithSeries, type IndicatorWithSeries } from './indicator-series';

export type PlanBounds = { id: number; startYear: number; endYear: number };

export type StatusLayerOptions = {
  /** Overrides each indicator's own status method. */
  method?: StatusMethod | undefined;
  asOfYear?: number | null | undefined;
  /** Staleness is judged against this day (defaults to now). */
  today?: Date | undefined;
};

/** Start and end years of every plan, keyed by id (a handful of rows). */
export function loadPlanBounds(db: Db): Map<number, PlanBounds> {
  const rows = db.select({ id: plans.id, startYear: plans.startYear, endYear: plans.endYear }).from(plans).all();
  return new Map(rows.map((r) => [r.id, r]));
}

export function boundsOf(bounds: Map<number, PlanBounds>, planId: number): PlanBounds {
  const b = bounds.get(planId);
  if (!b) throw new Error(`plan ${planId} missing for an indicator`);
  return b;
}

/** The method a status is computed with: the caller's choice, else the indicator's own. */
export function resolveMethod(indicator: Pick<IndicatorWithSeries, 'statusMethod'>, options: StatusLayerOptions): StatusMethod {
  return options.method ?? indicator.statusMethod;
}

export function withStatus<T extends IndicatorWithSeries>(indicator: T, plan: PlanBounds, options: StatusLayerOptions = {}) {
  const method = resolveMethod(indicator, options);
  const status: StatusExplanation = computeStatus(indicator, {
    method,
    finalYear: plan.endYear,
    asOfYear: options.asOfYear ?? null,
  });
  const staleness = computeStaleness(indicator, options.today ?? new Date(), plan.startYear);
  return { ...indicator, status, staleness };
}

export type IndicatorWithStatus = ReturnType<typeof withStatus<IndicatorWithSeries>>;

export function withStatusAll<T extends IndicatorWithSeries>(db: Db, rows: T[], options: StatusLayerOptions = {}) {
  if (rows.length === 0) return [];
  const bounds = loadPlanBounds(db);
  return rows.map((r) => withStatus(r, boundsOf(bounds, r.planId), options));
}

/** The chosen method's status plus both methods' explanations (the indicator page's method switch). */
export function withBothMethods<T extends IndicatorWithSeries>(db: Db, indicator: T, options: StatusLayerOptions = {}) {
  const plan = boundsOf(loadPlanBounds(db), indicator.planId);
  const chosen = withStatus(indicator, plan, options);
  const statusByMethod = Object.fromEntries(
    STATUS_METHODS.map((m) => [m, m === chosen.status.method ? chosen.status : withStatus(indicator, plan, { ...options, method: m }).status]),
  ) as Record<StatusMethod, StatusExplanation>;
  return { ...chosen, statusByMethod };
}

/** A roll-up with how many figures are overdue and how many of its indicators are examples (badged wherever it shows). */
export type StatusSummary = StatusRollUp & { overdue: number; examples: number };

export function summarize(rows: ReadonlyArray<Pick<IndicatorWithStatus, 'status' | 'staleness' | 'isExample'>>): StatusSummary {
  return {
    ...rollUpStatuses(rows.map((r) => r.status)),
    overdue: rows.filter((r) => r.staleness.overdue).length,
    examples: rows.filter((r) => r.isExample).length,
  };
}

/**
 * Every indicator of a plan with its status, and the roll-ups: per strategy (by id), for the
 * plan's goal (indicators under no strategy) and for the whole plan. One load, one rule set.
 */
export function summarizePlanStatus(db: Db, planId: number, options: StatusLayerOptions = {}) {
  const rows = withStatusAll(db, loadIndicatorsWithSeries(db, eq(indicators.planId, planId)), options);
  const strategyIds = [...new Set(rows.map((r) => r.strategyId).filter((id): id is number => id !== null))];
  const byStrategy: Record<number, StatusSummary> = {};
  for (const id of strategyIds) byStrategy[id] = summarize(rows.filter((r) => r.strategyId === id));
  return {
    indicators: rows,
    byStrategy,
    goal: summarize(rows.filter((r) => r.strategyId === null)),
    plan: summarize(rows),
  };
}

/** Roll-up of a strategy with no indicators (or none loaded). */
export const EMPTY_SUMMARY: StatusSummary = { ...rollUpStatuses([]), overdue: 0, examples: 0 };

/** Year A vs year B for one indicator, with statuses from the same rules as every other page. */
export function compareWithStatus(
  indicator: IndicatorWithSeries,
  plan: PlanBounds,
  yearA: number,
  yearB: number,
  options: StatusLayerOptions = {},
) {
  const method = resolveMethod(indicator, options);
  return { method, ...compareIndicatorYears(indicator, yearA, yearB, { method, finalYear: plan.endYear }) };
}
