import {
  IndicatorUpsertInput,
  MeasureUpsertInput,
  QuickWinUpsertInput,
  TargetHistoryInput,
  TargetSetInput,
} from '../../shared/schemas/plan-admin';
import { listTargetsForEdit, setTarget, upsertIndicator, upsertMeasure, upsertQuickWin } from '../services/plan-admin';
import { roleProcedure, router } from '../trpc';

const admin = roleProcedure('admin');

/** The secretariat (admin) keeps the plan's structure and targets. */
export const planAdminRouter = router({
  upsertMeasure: admin.input(MeasureUpsertInput).mutation(({ ctx, input }) => upsertMeasure(ctx.db, input, ctx.user.id)),
  upsertIndicator: admin.input(IndicatorUpsertInput).mutation(({ ctx, input }) => upsertIndicator(ctx.db, input, ctx.user.id)),
  setTarget: admin.input(TargetSetInput).mutation(({ ctx, input }) => setTarget(ctx.db, input, ctx.user.id)),
  upsertQuickWin: admin.input(QuickWinUpsertInput).mutation(({ ctx, input }) => upsertQuickWin(ctx.db, input, ctx.user.id)),
  targets: admin.input(TargetHistoryInput).query(({ ctx, input }) => listTargetsForEdit(ctx.db, input.indicatorCode)),
});
