import { IndicatorAgencyValuesInput, IndicatorByCodeInput, IndicatorListInput } from '../../shared/schemas/indicator';
import { getIndicatorByCode, listAgencyValues, listIndicators } from '../services/indicators';
import { publicProcedure, router } from '../trpc';

export const indicatorRouter = router({
  list: publicProcedure.input(IndicatorListInput).query(({ ctx, input }) => listIndicators(ctx.db, input)),
  /** Published per-agency values behind a per-agency indicator (public: approved values only). */
  agencyValues: publicProcedure.input(IndicatorAgencyValuesInput).query(({ ctx, input }) => listAgencyValues(ctx.db, input)),
  byCode: publicProcedure.input(IndicatorByCodeInput).query(({ ctx, input }) => getIndicatorByCode(ctx.db, input)),
});
