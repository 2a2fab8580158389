import { PeriodCreateInput, PeriodUpdateInput } from '../../shared/schemas/reporting';
import { createPeriod, listPeriods, updatePeriod } from '../services/reporting-periods';
import { authedProcedure, roleProcedure, router } from '../trpc';

export const periodRouter = router({
  list: authedProcedure.query(({ ctx }) => listPeriods(ctx.db)),
  create: roleProcedure('admin').input(PeriodCreateInput).mutation(({ ctx, input }) => createPeriod(ctx.db, ctx.user, input)),
  update: roleProcedure('admin').input(PeriodUpdateInput).mutation(({ ctx, input }) => updatePeriod(ctx.db, ctx.user, input)),
});
