// Inputs of the ita.* procedures, shared by the router and the client's forms.
import { text, z } from './zod';
import { AgencyTypeSchema, LevelSchema, RegionSchema } from './domain';
import { ITA_BANDS_TO_2565, ITA_LEVELS_FROM_2566, ITA_RULE_SETS, ITA_UNRATED } from '../ita';
import { AgencyCodeSchema, IdSchema, ProvinceCodeSchema, SearchSchema, YearSchema } from './common';

export const ItaGradeSchema = z.enum([...ITA_BANDS_TO_2565, ...ITA_LEVELS_FROM_2566, ITA_UNRATED]);
export const ItaRuleSetSchema = z.enum(ITA_RULE_SETS);

export const ItaHistogramInput = z
  .object({
    year: YearSchema.optional(),
    binWidth: z.union([z.literal(1), z.literal(2), z.literal(5), z.literal(10)]).default(5),
  })
  .default({ binWidth: 5 });
export type ItaHistogramInput = z.infer<typeof ItaHistogramInput>;

export const ITA_BREAKDOWN_DIMENSIONS = ['level', 'type', 'region', 'group', 'province'] as const;
export const ItaBreakdownDimensionSchema = z.enum(ITA_BREAKDOWN_DIMENSIONS);
export type ItaBreakdownDimension = z.infer<typeof ItaBreakdownDimensionSchema>;

export const ItaBreakdownInput = z.object({
  year: YearSchema.optional(),
  by: ItaBreakdownDimensionSchema,
  /** Narrow to one level (e.g. rank provinces by their local administrations only). */
  level: LevelSchema.optional(),
});
export type ItaBreakdownInput = z.infer<typeof ItaBreakdownInput>;

export const ItaMoversInput = z
  .object({
    from: YearSchema,
    to: YearSchema,
    limit: z.number().int().min(1).max(100).default(20),
    level: LevelSchema.optional(),
    type: AgencyTypeSchema.optional(),
    provinceCode: ProvinceCodeSchema.optional(),
  })
  .refine((v) => v.from !== v.to, { message: 'same_years', path: ['to'] });
export type ItaMoversInput = z.infer<typeof ItaMoversInput>;

export const ITA_AGENCY_SORTS = ['total', 'change', 'name', 'code', 'province', 'type', 'iit', 'eit', 'oit'] as const;

export const ItaAgencyListInput = z
  .object({
    year: YearSchema.optional(),
    /** Matches the code or the Thai or English name. */
    q: SearchSchema.optional(),
    level: LevelSchema.optional(),
    type: AgencyTypeSchema.optional(),
    region: RegionSchema.optional(),
    groupId: IdSchema.optional(),
    provinceCode: ProvinceCodeSchema.optional(),
    grade: ItaGradeSchema.optional(),
    passed: z.boolean().optional(),
    sort: z.enum(ITA_AGENCY_SORTS).default('total'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .default({ sort: 'total', dir: 'desc', limit: 50, offset: 0 });
export type ItaAgencyListInput = z.infer<typeof ItaAgencyListInput>;

export const ItaAgencyInput = z.object({
  code: AgencyCodeSchema,
  /** The year whose ten indicators are compared with the type's average (default: the latest). */
  year: YearSchema.optional(),
});
export type ItaAgencyInput = z.infer<typeof ItaAgencyInput>;

export const ItaProvinceInput = z.object({ code: ProvinceCodeSchema, year: YearSchema.optional() });
export type ItaProvinceInput = z.infer<typeof ItaProvinceInput>;

// ── Targeting ─────────────────────────────────────────────────────────────────

const threshold = z.number().min(0).max(100);

export const ItaTargetingInput = z
  .object({
    year: YearSchema.optional(),
    /** Rank by the agencies' mean ITA score or by the share of them passing (≥ 85). */
    metric: z.enum(['mean', 'passRate']).default('mean'),
    /**
     * Band limits on the metric's scale: at or above `highFrom` is high, at or above `mediumFrom`
     * medium, below it low. Left out: the year's terciles across provinces.
     */
    highFrom: threshold.optional(),
    mediumFrom: threshold.optional(),
    /** Which agencies count for a province: by default its provincial and local agencies, not central HQs. */
    levels: z.array(LevelSchema).min(1).default(['regional', 'local']),
  })
  .refine((v) => v.highFrom === undefined || v.mediumFrom === undefined || v.mediumFrom <= v.highFrom, {
    message: 'threshold_order',
    path: ['mediumFrom'],
  })
  .default({ metric: 'mean', levels: ['regional', 'local'] });
export type ItaTargetingInput = z.infer<typeof ItaTargetingInput>;

// ── Import ────────────────────────────────────────────────────────────────────

/** ~8,300 rows with every column is about 1.5 MB as CSV; 10 MB leaves room for XLSX and extra columns. */
export const ITA_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const ImportBasisSchema = z.object({
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  importId: IdSchema.nullable(),
});

export const ItaImportInput = z.object({
  year: YearSchema,
  fileName: text()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((ITA_IMPORT_MAX_BYTES * 4) / 3) + 4),
  /** Validate and report what would change; write nothing. */
  dryRun: z.boolean().default(true),
  /** replace: the file becomes the year (agencies not in it are removed); merge: add and update only. */
  mode: z.enum(['replace', 'merge']).default('replace'),
  /**
   * A commit carries what its dry run was computed against: the file's SHA-256 and the year's
   * latest import (null for none). A different file, or another import in between, is refused.
   */
  basis: ImportBasisSchema.optional(),
  /** The year typed back: required when the commit removes a row or changes more than 5 % of the year. */
  confirmYear: YearSchema.optional(),
  /**
   * The rule set the grades are computed with. Required for a year after ITA_RULES_KNOWN_TO_YEAR
   * (the ITA is being revised; the server refuses with rule_set_required); for earlier years
   * the year's known rules apply and this must be absent or equal to them.
   */
  ruleSet: ItaRuleSetSchema.optional(),
});
export type ItaImportInput = z.infer<typeof ItaImportInput>;

/** A kept version of a year, and what restoring it would change. */
export const ItaVersionInput = z.object({ importId: IdSchema });
export type ItaVersionInput = z.infer<typeof ItaVersionInput>;

/** Restore a previous version of a year, carrying the basis its preview was computed against. */
export const ItaImportRestoreInput = z.object({
  importId: IdSchema,
  basis: ImportBasisSchema.pick({ importId: true }),
  confirmYear: YearSchema.optional(),
  reason: text().max(500).optional(),
});
export type ItaImportRestoreInput = z.infer<typeof ItaImportRestoreInput>;

export const ItaImportListInput = z.object({ year: YearSchema.optional() }).default({});
export type ItaImportListInput = z.infer<typeof ItaImportListInput>;

/** Query of /download/ita-*: Thai headers unless ?lang=en; a year for the results download. */
export const ItaDownloadQuery = z.object({
  lang: z.enum(['th', 'en']).default('th'),
  year: z.coerce.number().pipe(YearSchema).optional(),
});
export type ItaDownloadQuery = z.infer<typeof ItaDownloadQuery>;
