import { QuickWinListInput } from '../../shared/schemas/quick-win';
import { listQuickWins } from '../services/quick-wins';
import { publicProcedure, router } from '../trpc';

export const quickWinRouter = router({
  list: publicProcedure.input(QuickWinListInput).query(({ ctx, input }) => listQuickWins(ctx.db, input)),
});
