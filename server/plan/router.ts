import { IndicatorAgencyValuesInput, IndicatorByCodeInput, IndicatorListInput } from '../../shared/schemas/indicator';
import { PlanOverviewInput, StrategyByNoInput } from '../../shared/schemas/plan';
import {
  IndicatorUpsertInput,
  MeasureUpsertInput,
  ProvisionalPublishInput,
  ProvisionalWithdrawInput,
  QuickWinUpsertInput,
  TargetHistoryInput,
  TargetSetInput,
} from '../../shared/schemas/plan-admin';
import { adminProcedure, publicProcedure, READS, router } from '../trpc';
import { getIndicatorByCode, listAgencyValues, listIndicators } from './indicators';
import { getPlanOverview, getStrategyByNo } from './plan';
import { publishProvisional, withdrawProvisional } from './provisional';
import { listTargetsForEdit, setTarget, upsertIndicator, upsertMeasure, upsertQuickWin } from './plan-admin';

export const planRouter = router({
  overview: publicProcedure.meta({ reads: READS.plan }).input(PlanOverviewInput).query(({ ctx, input }) => getPlanOverview(ctx.db, input)),
});

export const strategyRouter = router({
  byNo: publicProcedure.meta({ reads: READS.plan }).input(StrategyByNoInput).query(({ ctx, input }) => getStrategyByNo(ctx.db, input)),
});

export const indicatorRouter = router({
  list: publicProcedure.meta({ reads: READS.plan }).input(IndicatorListInput).query(({ ctx, input }) => listIndicators(ctx.db, input)),
  /** Published per-agency values behind a per-agency indicator (public: approved values only). */
  agencyValues: publicProcedure.meta({ reads: READS.plan }).input(IndicatorAgencyValuesInput).query(({ ctx, input }) => listAgencyValues(ctx.db, input)),
  byCode: publicProcedure.meta({ reads: READS.plan }).input(IndicatorByCodeInput).query(({ ctx, input }) => getIndicatorByCode(ctx.db, input)),
});

/** The secretariat keeps the plan's structure and targets. */
export const planAdminRouter = router({
  upsertMeasure: adminProcedure.input(MeasureUpsertInput).mutation(({ ctx, input }) => upsertMeasure(ctx.db, input, ctx.user.id)),
  upsertIndicator: adminProcedure.input(IndicatorUpsertInput).mutation(({ ctx, input }) => upsertIndicator(ctx.db, input, ctx.user.id)),
  setTarget: adminProcedure.input(TargetSetInput).mutation(({ ctx, input }) => setTarget(ctx.db, input, ctx.user.id)),
  upsertQuickWin: adminProcedure.input(QuickWinUpsertInput).mutation(({ ctx, input }) => upsertQuickWin(ctx.db, input, ctx.user.id)),
  targets: adminProcedure.input(TargetHistoryInput).query(({ ctx, input }) => listTargetsForEdit(ctx.db, input.indicatorCode)),
  publishProvisional: adminProcedure.input(ProvisionalPublishInput).mutation(({ ctx, input }) => publishProvisional(ctx.db, ctx.user, input)),
  withdrawProvisional: adminProcedure.input(ProvisionalWithdrawInput).mutation(({ ctx, input }) => withdrawProvisional(ctx.db, ctx.user, input)),
});
