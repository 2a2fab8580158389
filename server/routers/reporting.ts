import { ReportingMineInput, ReportingSaveInput, SubmissionListInput, ValueHistoryInput } from '../../shared/schemas/reporting';
import { listSubmissions, myReporting, saveValue, valueHistory } from '../services/reporting-submissions';
import { authedProcedure, roleProcedure, router } from '../trpc';

const reporterProcedure = roleProcedure('reporter');

export const reportingRouter = router({
  mine: reporterProcedure.input(ReportingMineInput).query(({ ctx, input }) => myReporting(ctx.db, ctx.user, input)),
  save: reporterProcedure.input(ReportingSaveInput).mutation(({ ctx, input }) => saveValue(ctx.db, ctx.user, input)),
  /** Reporters: their own agency only (enforced in the service); insiders: any agency. */
  submissions: authedProcedure.input(SubmissionListInput).query(({ ctx, input }) => listSubmissions(ctx.db, ctx.user, input)),
  history: authedProcedure.input(ValueHistoryInput).query(({ ctx, input }) => valueHistory(ctx.db, ctx.user, input)),
});
