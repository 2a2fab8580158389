import { CommitteeReportInput } from '../../shared/schemas/report';
import { getCommitteeReport } from './committee-report';
import { publicProcedure, router } from '../trpc';

export const reportRouter = router({
  committee: publicProcedure.input(CommitteeReportInput).query(({ ctx, input }) => getCommitteeReport(ctx.db, input)),
});
