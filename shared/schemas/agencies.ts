import { text, z } from './zod';
import { AgencyTypeSchema, LevelSchema } from './domain';
import { AgencyCodeSchema, IdSchema, PageSchema, ProvinceCodeSchema, SearchSchema, VersionSchema } from './common';

export const AgencyListInput = PageSchema.extend({
  /** Matches code, Thai or English name. */
  q: SearchSchema.optional(),
  level: LevelSchema.optional(),
  type: AgencyTypeSchema.optional(),
  provinceCode: ProvinceCodeSchema.optional(),
  /** Default: active agencies only. */
  active: z.boolean().optional().default(true),
}).default({ limit: 50, offset: 0, active: true });
export type AgencyListInput = z.infer<typeof AgencyListInput>;

const agencyFields = {
  code: AgencyCodeSchema,
  nameTh: text()
    .min(1)
    .max(300),
  nameEn: text().max(300).default(''),
  level: LevelSchema,
  type: AgencyTypeSchema,
  parentId: IdSchema.nullable().default(null),
  provinceCode: ProvinceCodeSchema.nullable().default(null),
};

export const AgencyCreateInput = z.object(agencyFields);
export type AgencyCreateInput = z.infer<typeof AgencyCreateInput>;

export const AgencyUpdateInput = z.object({
  id: IdSchema,
  version: VersionSchema,
  ...agencyFields,
  active: z.boolean(),
});
export type AgencyUpdateInput = z.infer<typeof AgencyUpdateInput>;

export const AgencySetActiveInput = z.object({ id: IdSchema, version: VersionSchema, active: z.boolean() });
export type AgencySetActiveInput = z.infer<typeof AgencySetActiveInput>;

/** ~8,300 agencies as CSV is under 2 MB; base64 adds a third. */
export const AGENCY_IMPORT_MAX_BYTES = 4 * 1024 * 1024;

export const AgencyImportInput = z.object({
  fileName: text().min(1).max(200),
  format: z.enum(['csv', 'xlsx']),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil((AGENCY_IMPORT_MAX_BYTES * 4) / 3) + 4),
  /** Validate and report what would change, write nothing. */
  dryRun: z.boolean().default(false),
  /** A commit carries what its dry run was computed against: the file and the registry's data version. */
  basis: z.object({ fileHash: z.string().regex(/^[0-9a-f]{64}$/), registryVersion: z.number().int().nonnegative() }).optional(),
  /** The number of agencies the import changes, typed back when it deactivates any or changes more than 5 %. */
  confirmCount: z.number().int().nonnegative().optional(),
});
export type AgencyImportInput = z.infer<typeof AgencyImportInput>;

/** Columns of the import file, in this order in the template (header names are what count). */
export const AGENCY_IMPORT_COLUMNS = ['code', 'name_th', 'name_en', 'level', 'type', 'parent_code', 'province_code', 'active'] as const;

export const AgencyByIdInput = z.object({ id: IdSchema });
export type AgencyByIdInput = z.infer<typeof AgencyByIdInput>;
