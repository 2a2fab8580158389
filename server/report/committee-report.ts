// The committee pack (/report): plan status, each strategy's indicators with status, trend
// and target, the largest changes since the previous year, Quick Wins by level and the
// data's date. Built from the same status layer as every other page.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { indicatorValues } from '../../db/schema';
import { LEVELS } from '../../shared/domain';
import type { CommitteeReportInput } from '../../shared/schemas/report';
import { getPlan, listStrategies } from '../plan/plan';
import { indicatorHeader } from '../plan/indicator-series';
import { listQuickWins } from '../quick-wins/quick-wins';
import { boundsOf, compareWithStatus, EMPTY_SUMMARY, loadPlanBounds, summarizePlanStatus, type IndicatorWithStatus } from '../plan/status';

/** Values shown as the trend line in the pack: the last few years, oldest first. */
const TREND_POINTS = 6;

function reportIndicator(ind: IndicatorWithStatus) {
  return {
    ...indicatorHeader(ind),
    status: ind.status,
    staleness: ind.staleness,
    trend: ind.values.slice(-TREND_POINTS).map((v) => ({ year: v.year, value: v.value, rankOutOf: v.rankOutOf, provisional: v.provisional ?? false })),
    targets: ind.targets.map((t) => ({ year: t.year, value: t.value, isExample: t.isExample })),
  };
}

export function getCommitteeReport(db: Db, input: CommitteeReportInput) {
  const plan = getPlan(db, input.planCode);
  const bounds = boundsOf(loadPlanBounds(db), plan.id);
  const summary = summarizePlanStatus(db, plan.id, { method: input.method });

  // Each indicator's latest year against the year before it, ranked by the size of the % change.
  const changes = summary.indicators
    .flatMap((ind) => {
      const latest = ind.values[ind.values.length - 1];
      if (!latest) return [];
      const c = compareWithStatus(ind, bounds, latest.year - 1, latest.year, { method: input.method });
      if (c.change === null) return [];
      return [{ code: ind.code, nameTh: ind.nameTh, nameEn: ind.nameEn, unit: ind.unit, decimals: ind.decimals, yearKind: ind.yearKind, isExample: ind.isExample, ...c }];
    })
    .sort((x, y) => Math.abs(y.changePct ?? 0) - Math.abs(x.changePct ?? 0) || Math.abs(y.change ?? 0) - Math.abs(x.change ?? 0))
    .slice(0, input.topChanges);

  const quickWins = listQuickWins(db, {});
  const dataAsOf = db
    .select({ at: sql<string | null>`max(coalesce(${indicatorValues.approvedAt}, ${indicatorValues.updatedAt}))` })
    .from(indicatorValues)
    .get()?.at ?? null;
  const latestDataYear = summary.indicators.reduce<number | null>((m, i) => {
    const y = i.values[i.values.length - 1]?.year ?? null;
    return y !== null && (m === null || y > m) ? y : m;
  }, null);

  return {
    generatedAt: new Date().toISOString(),
    dataAsOf,
    latestDataYear,
    method: input.method ?? null,
    plan: {
      code: plan.code,
      nameTh: plan.nameTh,
      nameEn: plan.nameEn,
      startYear: plan.startYear,
      endYear: plan.endYear,
      visionTh: plan.visionTh,
      visionEn: plan.visionEn,
      goalTh: plan.goalTh,
      goalEn: plan.goalEn,
      ownerTh: plan.ownerTh,
      ownerEn: plan.ownerEn,
    },
    status: { plan: summary.plan, goal: summary.goal },
    goalIndicators: summary.indicators.filter((i) => i.strategyId === null).map(reportIndicator),
    strategies: listStrategies(db, plan.id).map((s) => ({
      no: s.no,
      titleTh: s.titleTh,
      titleEn: s.titleEn,
      status: summary.byStrategy[s.id] ?? EMPTY_SUMMARY,
      indicators: summary.indicators.filter((i) => i.strategyId === s.id).map(reportIndicator),
    })),
    largestChanges: changes,
    overdue: summary.indicators.filter((i) => i.staleness.overdue).map((i) => ({
      code: i.code,
      nameTh: i.nameTh,
      nameEn: i.nameEn,
      yearKind: i.yearKind,
      isExample: i.isExample,
      ...i.staleness,
    })),
    quickWinsByLevel: LEVELS.map((level) => {
      const items = quickWins.filter((q) => q.levels.includes(level));
      return {
        level,
        total: items.length,
        completed: items.filter((q) => q.state === 'completed').length,
        delayed: items.filter((q) => q.state === 'delayed' || q.state === 'not_started_late').length,
        items: items.map((q) => ({
          code: q.code,
          titleTh: q.titleTh,
          titleEn: q.titleEn,
          strategyNo: q.strategyNo,
          leadAgencyNameTh: q.leadAgencyNameTh,
          leadAgencyNameEn: q.leadAgencyNameEn,
          status: q.status,
          state: q.state,
          progress: q.progress,
          endDate: q.endDate,
          isExample: q.isExample,
        })),
      };
    }),
  };
}
