import { getInternationalIndices } from './indices';
import { publicProcedure, router } from '../trpc';

export const indicesRouter = router({
  summary: publicProcedure.query(({ ctx }) => getInternationalIndices(ctx.db)),
});
