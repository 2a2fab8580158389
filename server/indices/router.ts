import { getInternationalIndices } from './indices';
import { publicProcedure, READS, router } from '../trpc';

export const indicesRouter = router({
  summary: publicProcedure.meta({ reads: READS.plan }).query(({ ctx }) => getInternationalIndices(ctx.db)),
});
