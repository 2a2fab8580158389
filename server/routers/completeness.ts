import { CompletenessHeadlineInput, CompletenessMatrixInput, CompletenessSummaryInput } from '../../shared/schemas/reporting';
import { completenessHeadline, completenessMatrix, completenessSummary } from '../services/reporting-completeness';
import { INSIDER_ROLES, roleProcedure, router } from '../trpc';

const insiderProcedure = roleProcedure(...INSIDER_ROLES);

export const completenessRouter = router({
  summary: insiderProcedure.input(CompletenessSummaryInput).query(({ ctx, input }) => completenessSummary(ctx.db, input)),
  matrix: insiderProcedure.input(CompletenessMatrixInput).query(({ ctx, input }) => completenessMatrix(ctx.db, input)),
  headline: insiderProcedure.input(CompletenessHeadlineInput).query(({ ctx, input }) => completenessHeadline(ctx.db, input)),
});
