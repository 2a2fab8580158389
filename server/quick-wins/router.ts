import { QuickWinListInput } from '../../shared/schemas/quick-win';
import { QuickWinProgressInput, QuickWinUpdatesInput } from '../../shared/schemas/reporting';
import { publicProcedure, READS, quickWinLeadProcedure, router } from '../trpc';
import { listQuickWins } from './quick-wins';
import { addQuickWinProgress, listQuickWinUpdates, myQuickWins } from './updates';

export const quickWinRouter = router({
  list: publicProcedure.meta({ reads: READS.plan }).input(QuickWinListInput).query(({ ctx, input }) => listQuickWins(ctx.db, input)),
});

export const quickWinUpdateRouter = router({
  list: publicProcedure.meta({ reads: READS.plan }).input(QuickWinUpdatesInput).query(({ ctx, input }) => listQuickWinUpdates(ctx.db, input)),
  mine: quickWinLeadProcedure.query(({ ctx }) => myQuickWins(ctx.db, ctx.user)),
  /** Lead agency's reporters (checked in the service) and the secretariat. */
  add: quickWinLeadProcedure.input(QuickWinProgressInput).mutation(({ ctx, input }) => addQuickWinProgress(ctx.db, ctx.user, input)),
});
