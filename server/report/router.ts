import { CommitteeReportInput } from '../../shared/schemas/report';
import { getCommitteeReport } from './committee-report';
import { publicProcedure, READS, router } from '../trpc';

export const reportRouter = router({
  committee: publicProcedure.meta({ reads: READS.plan }).input(CommitteeReportInput).query(({ ctx, input }) => getCommitteeReport(ctx.db, input)),
});
