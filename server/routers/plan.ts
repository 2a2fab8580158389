import { PlanOverviewInput, StrategyByNoInput } from '../../shared/schemas/plan';
import { getPlanOverview, getStrategyByNo } from '../services/plan';
import { publicProcedure, router } from '../trpc';

export const planRouter = router({
  overview: publicProcedure.input(PlanOverviewInput).query(({ ctx, input }) => getPlanOverview(ctx.db, input)),
});

export const strategyRouter = router({
  byNo: publicProcedure.input(StrategyByNoInput).query(({ ctx, input }) => getStrategyByNo(ctx.db, input)),
});
