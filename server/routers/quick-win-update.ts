import { QuickWinProgressInput, QuickWinUpdatesInput } from '../../shared/schemas/reporting';
import { addQuickWinProgress, listQuickWinUpdates, myQuickWins } from '../services/quick-win-updates';
import { publicProcedure, roleProcedure, router } from '../trpc';

const leadProcedure = roleProcedure('reporter', 'admin');

export const quickWinUpdateRouter = router({
  list: publicProcedure.input(QuickWinUpdatesInput).query(({ ctx, input }) => listQuickWinUpdates(ctx.db, input)),
  mine: leadProcedure.query(({ ctx }) => myQuickWins(ctx.db, ctx.user)),
  /** Lead agency's reporters (checked in the service) and the secretariat. */
  add: leadProcedure.input(QuickWinProgressInput).mutation(({ ctx, input }) => addQuickWinProgress(ctx.db, ctx.user, input)),
});
