import {
  AssignmentCreateInput,
  AssignmentDeleteInput,
  AssignmentListInput,
  CompletenessHeadlineInput,
  CompletenessMatrixInput,
  CompletenessSummaryInput,
  PeriodCreateInput,
  PeriodUpdateInput,
  ReportingMineInput,
  ReportingSaveInput,
  ReviewApproveInput,
  ReviewApproveManyInput,
  ReviewBatchListInput,
  ReviewQueueInput,
  ReviewUndoBatchInput,
  QuickWinReviewQueueInput,
  ReviewReturnInput,
  SubmissionListInput,
  ValueHistoryInput,
} from '../../shared/schemas/reporting';
import { adminProcedure, authedProcedure, insiderProcedure, reporterProcedure, router } from '../trpc';
import { createAssignment, deleteAssignment, listAssignments } from './assignments';
import { completenessHeadline, completenessMatrix, completenessSummary } from './completeness';
import { createPeriod, listPeriods, updatePeriod } from './periods';
import { approveMany, approveSubmission, listBatches, returnSubmission, reviewFacets, reviewQueue, undoBatch } from './review';
import { approveQuickWinUpdate, quickWinReviewQueue, returnQuickWinUpdate } from '../quick-wins/updates';
import { listSubmissions, myReporting, saveValue, valueHistory } from './submissions';

export const periodRouter = router({
  list: authedProcedure.query(({ ctx }) => listPeriods(ctx.db)),
  create: adminProcedure.input(PeriodCreateInput).mutation(({ ctx, input }) => createPeriod(ctx.db, ctx.user, input)),
  update: adminProcedure.input(PeriodUpdateInput).mutation(({ ctx, input }) => updatePeriod(ctx.db, ctx.user, input)),
});

export const assignmentRouter = router({
  list: insiderProcedure.input(AssignmentListInput).query(({ ctx, input }) => listAssignments(ctx.db, input)),
  create: adminProcedure.input(AssignmentCreateInput).mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user, input)),
  delete: adminProcedure.input(AssignmentDeleteInput).mutation(({ ctx, input }) => deleteAssignment(ctx.db, ctx.user, input)),
});

export const reportingRouter = router({
  mine: reporterProcedure.input(ReportingMineInput).query(({ ctx, input }) => myReporting(ctx.db, ctx.user, input)),
  save: reporterProcedure.input(ReportingSaveInput).mutation(({ ctx, input }) => saveValue(ctx.db, ctx.user, input)),
  /** Reporters: their own agency only (enforced in the service); insiders: any agency. */
  submissions: authedProcedure.input(SubmissionListInput).query(({ ctx, input }) => listSubmissions(ctx.db, ctx.user, input)),
  history: authedProcedure.input(ValueHistoryInput).query(({ ctx, input }) => valueHistory(ctx.db, ctx.user, input)),
});

export const reviewRouter = router({
  /** Committee and analysts read unpublished submissions too; only the secretariat decides. */
  queue: insiderProcedure.input(ReviewQueueInput).query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  approve: adminProcedure.input(ReviewApproveInput).mutation(({ ctx, input }) => approveSubmission(ctx.db, ctx.user, input)),
  return: adminProcedure.input(ReviewReturnInput).mutation(({ ctx, input }) => returnSubmission(ctx.db, ctx.user, input)),
  /** Many at once, with the count confirmed; undone as one step. */
  approveMany: adminProcedure.input(ReviewApproveManyInput).mutation(({ ctx, input }) => approveMany(ctx.db, ctx.user, input)),
  facets: insiderProcedure.query(({ ctx }) => reviewFacets(ctx.db)),
  batches: insiderProcedure.input(ReviewBatchListInput).query(({ ctx, input }) => listBatches(ctx.db, input)),
  undoBatch: adminProcedure.input(ReviewUndoBatchInput).mutation(({ ctx, input }) => undoBatch(ctx.db, ctx.user, input)),
  /** Quick Win progress updates: public only once approved. */
  quickWins: insiderProcedure.input(QuickWinReviewQueueInput).query(({ ctx, input }) => quickWinReviewQueue(ctx.db, input)),
  approveQuickWin: adminProcedure.input(ReviewApproveInput).mutation(({ ctx, input }) => approveQuickWinUpdate(ctx.db, ctx.user, input)),
  returnQuickWin: adminProcedure.input(ReviewReturnInput).mutation(({ ctx, input }) => returnQuickWinUpdate(ctx.db, ctx.user, input)),
});

export const completenessRouter = router({
  summary: insiderProcedure.input(CompletenessSummaryInput).query(({ ctx, input }) => completenessSummary(ctx.db, input)),
  matrix: insiderProcedure.input(CompletenessMatrixInput).query(({ ctx, input }) => completenessMatrix(ctx.db, input)),
  headline: insiderProcedure.input(CompletenessHeadlineInput).query(({ ctx, input }) => completenessHeadline(ctx.db, input)),
});
