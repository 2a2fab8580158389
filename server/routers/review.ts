import { ReviewApproveInput, ReviewQueueInput, ReviewReturnInput } from '../../shared/schemas/reporting';
import { approveSubmission, returnSubmission, reviewQueue } from '../services/reporting-review';
import { INSIDER_ROLES, roleProcedure, router } from '../trpc';

export const reviewRouter = router({
  /** Committee and analysts read unpublished submissions too; only the secretariat decides. */
  queue: roleProcedure(...INSIDER_ROLES).input(ReviewQueueInput).query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  approve: roleProcedure('admin').input(ReviewApproveInput).mutation(({ ctx, input }) => approveSubmission(ctx.db, ctx.user, input)),
  return: roleProcedure('admin').input(ReviewReturnInput).mutation(({ ctx, input }) => returnSubmission(ctx.db, ctx.user, input)),
});
