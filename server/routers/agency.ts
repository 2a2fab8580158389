import { AgencyCreateInput, AgencyImportInput, AgencyListInput, AgencySetActiveInput, AgencyUpdateInput } from '../../shared/schemas/agencies';
import { createAgency, importAgencies, listAgencies, setAgencyActive, updateAgency } from '../services/agencies';
import { publicProcedure, roleProcedure, router } from '../trpc';

const adminProcedure = roleProcedure('admin');

export const agencyRouter = router({
  /** The registry is public information (names, levels, provinces). */
  list: publicProcedure.input(AgencyListInput).query(({ ctx, input }) => listAgencies(ctx.db, input)),
  create: adminProcedure.input(AgencyCreateInput).mutation(({ ctx, input }) => createAgency(ctx.db, ctx.user, input)),
  update: adminProcedure.input(AgencyUpdateInput).mutation(({ ctx, input }) => updateAgency(ctx.db, ctx.user, input)),
  setActive: adminProcedure.input(AgencySetActiveInput).mutation(({ ctx, input }) => setAgencyActive(ctx.db, ctx.user, input)),
  import: adminProcedure.input(AgencyImportInput).mutation(({ ctx, input }) => importAgencies(ctx.db, ctx.user, input)),
});
