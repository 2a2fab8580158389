import { AuditListInput } from '../../shared/schemas/audit';
import { auditReaderProcedure, router } from '../trpc';
import { auditFacets, listAudit } from './audit-trail';

export const auditRouter = router({
  list: auditReaderProcedure.input(AuditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
  facets: auditReaderProcedure.query(({ ctx }) => auditFacets(ctx.db)),
});
