import { CompareYearsInput } from '../../shared/schemas/compare';
import { compareYears } from './compare';
import { publicProcedure, router } from '../trpc';

export const compareRouter = router({
  years: publicProcedure.input(CompareYearsInput).query(({ ctx, input }) => compareYears(ctx.db, input)),
});
