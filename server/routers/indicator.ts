import { IndicatorByCodeInput, IndicatorListInput } from '../../shared/schemas/indicator';
import { getIndicatorByCode, listIndicators } from '../services/indicators';
import { publicProcedure, router } from '../trpc';

export const indicatorRouter = router({
  list: publicProcedure.input(IndicatorListInput).query(({ ctx, input }) => listIndicators(ctx.db, input)),
  byCode: publicProcedure.input(IndicatorByCodeInput).query(({ ctx, input }) => getIndicatorByCode(ctx.db, input)),
});
