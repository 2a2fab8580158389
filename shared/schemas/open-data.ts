// The public, versioned REST API (/api/v1) and the open-data files (/data): inputs and answers
// defined once here. The server parses every answer through these (so nothing else leaks) and
// the OpenAPI document is generated from them (server/open-data/openapi.ts).
import { AGENCY_TYPES, LEVELS, UNITS } from '../domain';
import { QUICK_WIN_STATES } from '../quick-wins';
import { STATUSES } from '../status';
import { AgencyCodeSchema, ProvinceCodeSchema, SearchSchema, YearSchema } from './common';
import { z } from './zod';

// ── Inputs (query strings arrive as text: numbers are coerced) ──────────────────────────────

export const OdLangQuery = z.object({
  lang: z.enum(['th', 'en']).default('th').describe('Language of the `name`/`title` fields; both languages are always present as *Th / *En.'),
});

export const OdIndicatorCodeParams = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/).describe('Indicator code, e.g. CPI-SCORE'),
});
export type OdIndicatorCodeParams = z.infer<typeof OdIndicatorCodeParams>;

export const OdIndicatorListQuery = OdLangQuery.extend({
  strategy: z.coerce.number().int().min(1).max(5).optional().describe('Only the indicators of this strategy (1–5).'),
  level: z.enum(['goal', 'strategy']).optional().describe('goal: indicators of the plan goal; strategy: of the five strategies.'),
});
export type OdIndicatorListQuery = z.infer<typeof OdIndicatorListQuery>;

export const OdAgencyListQuery = OdLangQuery.extend({
  q: SearchSchema.optional().describe('Text in the code or the Thai/English name.'),
  province: ProvinceCodeSchema.optional().describe('Two-digit province code.'),
  level: z.enum(LEVELS).optional(),
  type: z.enum(AGENCY_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OdAgencyListQuery = z.infer<typeof OdAgencyListQuery>;

export const OdAgencyCodeParams = z.object({ code: AgencyCodeSchema });

export const OdItaYearQuery = OdLangQuery.extend({
  year: z.coerce.number().pipe(YearSchema).optional().describe('Fiscal year (B.E.); the latest with results when absent.'),
});

// ── Answers ─────────────────────────────────────────────────────────────────────────────────

const Named = { name: z.string(), nameTh: z.string(), nameEn: z.string().nullable() };
const Flags = {
  isExample: z.boolean().describe('An example item or figure shown to demonstrate the system; not official.'),
};

export const OdYear = z.object({
  be: z.number().int().describe('Buddhist Era year (fiscal year or index edition).'),
  ce: z.number().int().describe('The same year in the Common Era.'),
});

export const OdCoverage = z
  .object({ n: z.number().int().describe('Agencies whose value is approved.'), N: z.number().int().describe('Agencies assigned that year.') })
  .describe('For a figure derived from agencies’ values: n approved of N assigned.');

export const OdValue = z.object({
  year: OdYear,
  value: z.number(),
  rankOutOf: z.number().int().nullable().describe('Countries ranked (for a rank).'),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedOn: z.string().nullable().describe('Publication date (YYYY-MM-DD) where known.'),
  coverage: OdCoverage.nullable(),
  provisional: z.boolean().describe('Below the publication threshold: not counted in statuses.'),
  ...Flags,
});

export const OdTargetRevision = z.object({
  year: OdYear,
  previousValue: z.number().nullable(),
  newValue: z.number().nullable(),
  reason: z.string().nullable(),
  revisedOn: z.string(),
});

export const OdTarget = z.object({
  year: OdYear,
  value: z.number(),
  originalValue: z.number().nullable().describe('The value first set, when the target was revised.'),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  ...Flags,
});

export const OdIndicator = z.object({
  code: z.string(),
  ...Named,
  unit: z.enum(UNITS),
  direction: z.enum(['higher', 'lower']),
  scope: z.enum(['national', 'agency']),
  yearKind: z.enum(['fiscal', 'edition']),
  strategyNo: z.number().int().nullable().describe('null: an indicator of the plan goal.'),
  measureCode: z.string().nullable(),
  sourceOrganisation: z.string(),
  sourceUrl: z.string().nullable(),
  status: z.enum(STATUSES).describe('Status of the latest value by the one status layer.'),
  latest: OdValue.nullable(),
  links: z.object({ self: z.string(), csv: z.string(), json: z.string(), page: z.string() }),
  ...Flags,
});

export const OdIndicatorDetail = OdIndicator.extend({
  definitionTh: z.string(),
  definitionEn: z.string().nullable(),
  values: z.array(OdValue),
  targets: z.array(OdTarget),
  targetRevisions: z.array(OdTargetRevision).describe('Every change of a target, oldest first, with its reason.'),
});

export const OdMeasure = z.object({ code: z.string(), ...Named, ...Flags });

export const OdStrategy = z.object({
  no: z.number().int(),
  title: z.string(),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  measures: z.array(OdMeasure),
  indicatorCodes: z.array(z.string()),
});

export const OdPlan = z.object({
  code: z.string(),
  ...Named,
  years: z.object({ from: OdYear, to: OdYear }),
  visionTh: z.string(),
  visionEn: z.string().nullable(),
  missionTh: z.string(),
  missionEn: z.string().nullable(),
  goalTh: z.string(),
  goalEn: z.string().nullable(),
  ownerTh: z.string(),
  sourceUrl: z.string().nullable(),
  englishIsUnofficial: z.literal(true).describe('The English texts are this project’s unofficial translation.'),
  strategies: z.array(OdStrategy),
});

export const OdQuickWin = z.object({
  code: z.string(),
  title: z.string(),
  titleTh: z.string(),
  titleEn: z.string().nullable(),
  strategyNo: z.number().int().nullable(),
  levels: z.array(z.enum(LEVELS)),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  state: z.enum(QUICK_WIN_STATES).describe('Computed from dates and approved progress.'),
  progress: z.number(),
  ...Flags,
});

export const OdIndexEdition = z.object({
  year: OdYear,
  value: z.number(),
  rankOutOf: z.number().int().nullable(),
  publishedOn: z.string().nullable(),
  source: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  ...Flags,
});

export const OdIndex = z.object({
  code: z.string(),
  ...Named,
  unit: z.enum(UNITS),
  direction: z.enum(['higher', 'lower']),
  status: z.enum(STATUSES),
  editions: z.array(OdIndexEdition),
  targets: z.array(OdTarget),
});

export const OdItaNationalYear = z.object({
  year: OdYear,
  assessed: z.number().int().describe('Agencies with a result in this database.'),
  mean: z.number().nullable(),
  passPercent: z.number().describe('Share of agencies at or above the pass mark.'),
  demoRows: z.number().int().describe('Rows that are generated demo data (not real results).'),
  published: z
    .object({ agencies: z.number().int(), passed: z.number().int(), passPercent: z.number(), mean: z.number().nullable(), sourceUrl: z.string().nullable() })
    .nullable()
    .describe('The national figures as the NACC published them.'),
});

export const OdItaNational = z.object({
  passMark: z.number(),
  targetPercent: z.number(),
  years: z.array(OdItaNationalYear),
});

export const OdProvince = z.object({
  code: z.string(),
  ...Named,
  region: z.string(),
  group: z.string().nullable(),
});

export const OdAgency = z.object({
  code: z.string(),
  ...Named,
  level: z.enum(LEVELS),
  type: z.enum(AGENCY_TYPES),
  parentCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean().describe('A synthetic agency made for the demonstration; not a real one.'),
});

export const odPage = <T extends z.ZodType>(row: T) =>
  z.object({ rows: z.array(row), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const OdAgencyPage = odPage(OdAgency);

export const OdMeetingPack = z
  .object({
    meeting: z.object({
      number: z.string().describe('The number as the committee writes it, e.g. ครั้งที่ 2/2569 (in the language asked for).'),
      numberTh: z.string(),
      numberEn: z.string().nullable(),
      date: z.string().describe('Meeting date (ISO 8601 day).'),
      isDemo: z.boolean().describe('A demonstration meeting, not a real one.'),
    }),
    issue: z.number().int().describe('1 for the first frozen pack; a re-issue is a new issue with a reason.'),
    reason: z.string().nullable().describe('Why this issue replaced the previous one (null for issue 1).'),
    frozenAt: z.string().describe('When the secretariat froze this issue (ISO 8601 instant).'),
    links: z.object({
      pdf: z.string().nullable().describe('The PDF made when the pack was frozen (null when none could be made).'),
      html: z.string().describe('The same document as HTML, rendered from the frozen snapshot.'),
      page: z.string().describe('The pack in the web application.'),
    }),
  })
  .describe('A frozen committee pack the secretariat made public. Drafts are never listed.');

/** The project's one error contract (shared/errors.ts ApiError): a code, the field it is about, and per-field codes. */
export const OdErrorBody = z.object({
  error: z.object({
    code: z.string(),
    field: z.string().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    fieldErrors: z.array(z.object({ field: z.string(), code: z.string(), params: z.record(z.string(), z.unknown()).optional() })).optional(),
  }),
});
