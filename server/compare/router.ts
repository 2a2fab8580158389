import { CompareYearsInput } from '../../shared/schemas/compare';
import { compareYears } from './compare';
import { publicProcedure, READS, router } from '../trpc';

export const compareRouter = router({
  years: publicProcedure.meta({ reads: READS.plan }).input(CompareYearsInput).query(({ ctx, input }) => compareYears(ctx.db, input)),
});
