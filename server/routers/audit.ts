import { AuditListInput } from '../../shared/schemas/audit';
import { auditFacets, listAudit } from '../services/audit-query';
import { roleProcedure, router } from '../trpc';

const auditReader = roleProcedure('admin', 'committee');

export const auditRouter = router({
  list: auditReader.input(AuditListInput).query(({ ctx, input }) => listAudit(ctx.db, input)),
  facets: auditReader.query(({ ctx }) => auditFacets(ctx.db)),
});
