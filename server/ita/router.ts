import {
  ItaAgencyInput,
  ItaAgencyListInput,
  ItaBreakdownInput,
  ItaHistogramInput,
  ItaImportInput,
  ItaImportListInput,
  ItaImportRestoreInput,
  ItaVersionInput,
  ItaMoversInput,
  ItaProvinceInput,
  ItaTargetingInput,
} from '../../shared/schemas/ita';
import {
  getItaAgencyProfile,
  getItaBreakdown,
  getItaGradeDistribution,
  getItaHistogram,
  getItaIndicatorTrend,
  getItaMovers,
  getItaNational,
  getItaProvince,
  listItaAgencies,
  listItaYears,
} from './analytics';
import { importItaResults, listItaImports, previewItaVersion, restoreItaImport } from './import';
import { getItaTargeting } from './targeting';
import { hasRole } from '../../shared/domain';
import { adminProcedure, publicProcedure, READS, router } from '../trpc';

// Reads are public: the NACC publishes results of this kind (demo rows are flagged isDemo).
export const itaRouter = router({
  years: publicProcedure.meta({ reads: READS.ita }).query(({ ctx }) => listItaYears(ctx.db)),
  national: publicProcedure.meta({ reads: READS.ita }).query(({ ctx }) => getItaNational(ctx.db)),
  grades: publicProcedure.meta({ reads: READS.ita }).query(({ ctx }) => getItaGradeDistribution(ctx.db)),
  histogram: publicProcedure.meta({ reads: READS.ita }).input(ItaHistogramInput).query(({ ctx, input }) => getItaHistogram(ctx.db, input)),
  breakdown: publicProcedure.meta({ reads: READS.ita }).input(ItaBreakdownInput).query(({ ctx, input }) => getItaBreakdown(ctx.db, input)),
  indicators: publicProcedure.meta({ reads: READS.ita }).query(({ ctx }) => getItaIndicatorTrend(ctx.db)),
  movers: publicProcedure.meta({ reads: READS.ita }).input(ItaMoversInput).query(({ ctx, input }) => getItaMovers(ctx.db, input)),
  agencies: publicProcedure.meta({ reads: READS.ita }).input(ItaAgencyListInput).query(({ ctx, input }) => listItaAgencies(ctx.db, input)),
  agency: publicProcedure.meta({ reads: READS.ita }).input(ItaAgencyInput).query(({ ctx, input }) => getItaAgencyProfile(ctx.db, input)),
  province: publicProcedure.meta({ reads: READS.ita }).input(ItaProvinceInput).query(({ ctx, input }) => getItaProvince(ctx.db, input)),
  /** Readiness marks are the secretariat's judgement: shown to insiders only. */
  targeting: publicProcedure.meta({ reads: READS.ita }).input(ItaTargetingInput).query(({ ctx, input }) => getItaTargeting(ctx.db, input, hasRole(ctx.user?.role, 'insiders'))),
  /** Dry run (default) or commit of one year's results file. */
  import: adminProcedure
    .input(ItaImportInput)
    .mutation(({ ctx, input }) => importItaResults(ctx.db, ctx.user, input)),
  /** A kept version and what restoring it would change. */
  version: adminProcedure.input(ItaVersionInput).query(({ ctx, input }) => previewItaVersion(ctx.db, input)),
  /** Bring back a kept version of a year (confirmed on the server like an import). */
  restore: adminProcedure
    .input(ItaImportRestoreInput)
    .mutation(({ ctx, input }) => restoreItaImport(ctx.db, ctx.user, input)),
  imports: adminProcedure
    .input(ItaImportListInput)
    .query(({ ctx, input }) => listItaImports(ctx.db, input)),
});
