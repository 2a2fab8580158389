import { AgencyCreateInput, AgencyImportInput, AgencyListInput, AgencySetActiveInput, AgencyUpdateInput } from '../../shared/schemas/agencies';
import { ProvinceListInput } from '../../shared/schemas/province';
import { adminProcedure, publicProcedure, READS, router } from '../trpc';
import { createAgency, importAgencies, listAgencies, setAgencyActive, updateAgency } from './agencies';
import { listProvinceGroups, listProvinces } from './provinces';

export const agencyRouter = router({
  /** The registry is public information (names, levels, provinces). */
  list: publicProcedure.meta({ reads: READS.registry }).input(AgencyListInput).query(({ ctx, input }) => listAgencies(ctx.db, input)),
  create: adminProcedure.input(AgencyCreateInput).mutation(({ ctx, input }) => createAgency(ctx.db, ctx.user, input)),
  update: adminProcedure.input(AgencyUpdateInput).mutation(({ ctx, input }) => updateAgency(ctx.db, ctx.user, input)),
  setActive: adminProcedure.input(AgencySetActiveInput).mutation(({ ctx, input }) => setAgencyActive(ctx.db, ctx.user, input)),
  import: adminProcedure.input(AgencyImportInput).mutation(({ ctx, input }) => importAgencies(ctx.db, ctx.user, input)),
});

export const provinceRouter = router({
  list: publicProcedure.meta({ reads: READS.registry }).input(ProvinceListInput).query(({ ctx, input }) => listProvinces(ctx.db, input)),
  groups: publicProcedure.meta({ reads: READS.registry }).query(({ ctx }) => listProvinceGroups(ctx.db)),
});
