import { z } from './zod';
import { AgencyTypeSchema, LevelSchema, QuickWinStatusSchema, SubmissionStatusSchema } from './domain';
import { EvidenceUrlSchema, NoteSchema } from '../value-rules';
import { DateSchema, IdSchema, PageSchema, ProvinceCodeSchema, VersionSchema, YearSchema } from './common';


// ── Periods ───────────────────────────────────────────────────────────────────

const periodDatesInOrder = (v: { opensOn: string; deadline: string }) => v.opensOn <= v.deadline;
const periodDatesMessage = { path: ['deadline'], message: 'date_order' };

export const PeriodCreateInput = z
  .object({ year: YearSchema, opensOn: DateSchema, deadline: DateSchema, locked: z.boolean().default(false) })
  .refine(periodDatesInOrder, periodDatesMessage);
export type PeriodCreateInput = z.infer<typeof PeriodCreateInput>;

export const PeriodUpdateInput = z
  .object({ id: IdSchema, version: VersionSchema, opensOn: DateSchema, deadline: DateSchema, locked: z.boolean() })
  .refine(periodDatesInOrder, periodDatesMessage);
export type PeriodUpdateInput = z.infer<typeof PeriodUpdateInput>;

// ── Assignments ───────────────────────────────────────────────────────────────

export const AssignmentListInput = z
  .object({ indicatorId: IdSchema.optional(), agencyId: IdSchema.optional() })
  .default({});
export type AssignmentListInput = z.infer<typeof AssignmentListInput>;

/** One agency, or every agency of a type and/or level (ส่วนกลาง/ส่วนภูมิภาค/ส่วนท้องถิ่น). */
export const AssignmentCreateInput = z
  .object({
    indicatorId: IdSchema,
    agencyId: IdSchema.nullable().default(null),
    agencyType: AgencyTypeSchema.nullable().default(null),
    agencyLevel: LevelSchema.nullable().default(null),
    /** In effect from this fiscal year (default: the current reporting period's) … */
    fromYear: YearSchema.optional(),
    /** … up to this one (null: until changed). */
    toYear: YearSchema.nullable().default(null),
  })
  .refine((v) => (v.agencyId !== null) !== (v.agencyType !== null || v.agencyLevel !== null), {
    path: ['agencyId'],
    message: 'agency_or_group',
  })
  .refine((v) => v.toYear === null || v.fromYear === undefined || v.toYear >= v.fromYear, { path: ['toYear'], message: 'year_order' });
export type AssignmentCreateInput = z.infer<typeof AssignmentCreateInput>;

/**
 * Stops an assignment from a year (default: the current period's). Years before it keep the
 * assignment, so their "n of N" never changes; one that had not started yet is deleted.
 */
export const AssignmentDeleteInput = z.object({ id: IdSchema, version: VersionSchema, fromYear: YearSchema.optional() });
export type AssignmentDeleteInput = z.infer<typeof AssignmentDeleteInput>;

// ── Reporter workflow ─────────────────────────────────────────────────────────

/** Without a year: the open period (or the latest one). */
export const ReportingMineInput = z.object({ year: YearSchema.optional() }).default({});
export type ReportingMineInput = z.infer<typeof ReportingMineInput>;

/**
 * Save a value as draft, or save and submit it. The agency is always the signed-in
 * reporter's own; `version` is the open submission's version as loaded (null when new).
 * `value` is re-checked on the server against the indicator's rule (shared/value-rules.ts).
 */
export const ReportingSaveInput = z.object({
  indicatorId: IdSchema,
  year: YearSchema,
  value: z.number(),
  note: NoteSchema.optional(),
  evidenceUrl: EvidenceUrlSchema.optional(),
  version: VersionSchema.nullable(),
  intent: z.enum(['draft', 'submit']),
});
export type ReportingSaveInput = z.infer<typeof ReportingSaveInput>;

export const SubmissionListInput = PageSchema.extend({
  /** Reporters may only ask for their own agency (or omit it). */
  agencyId: IdSchema.optional(),
  year: YearSchema.optional(),
  status: SubmissionStatusSchema.optional(),
  indicatorId: IdSchema.optional(),
}).default({ limit: 50, offset: 0 });
export type SubmissionListInput = z.infer<typeof SubmissionListInput>;

/** One value's history: every submission and review of an indicator/year/agency. */
export const ValueHistoryInput = z.object({
  indicatorId: IdSchema,
  year: YearSchema,
  agencyId: IdSchema,
});
export type ValueHistoryInput = z.infer<typeof ValueHistoryInput>;

// ── Review ────────────────────────────────────────────────────────────────────

export const ReviewQueueInput = PageSchema.extend({
  year: YearSchema.optional(),
  indicatorId: IdSchema.optional(),
}).default({ limit: 50, offset: 0 });
export type ReviewQueueInput = z.infer<typeof ReviewQueueInput>;

export const ReviewApproveInput = z.object({ id: IdSchema, version: VersionSchema });
export type ReviewApproveInput = z.infer<typeof ReviewApproveInput>;

export const ReviewReturnInput = z.object({
  id: IdSchema,
  version: VersionSchema,
  comment: z
    .string()
    .trim()
    .min(1)
    .max(2000),
});
export type ReviewReturnInput = z.infer<typeof ReviewReturnInput>;

// ── Completeness ──────────────────────────────────────────────────────────────

export const CompletenessGroupBySchema = z.enum(['level', 'type', 'province']);
export type CompletenessGroupBy = z.infer<typeof CompletenessGroupBySchema>;

export const CompletenessSummaryInput = z.object({
  year: YearSchema.optional(),
  groupBy: CompletenessGroupBySchema.default('level'),
});
export type CompletenessSummaryInput = z.infer<typeof CompletenessSummaryInput>;

export const CompletenessStateSchema = z.enum(['missing', 'overdue', 'reported', 'approved']);

export const CompletenessMatrixInput = PageSchema.extend({
  year: YearSchema.optional(),
  level: LevelSchema.optional(),
  type: AgencyTypeSchema.optional(),
  provinceCode: ProvinceCodeSchema.optional(),
  /** Only pairs in this state ('missing' includes 'overdue'). */
  state: CompletenessStateSchema.optional(),
}).default({ limit: 50, offset: 0 });
export type CompletenessMatrixInput = z.infer<typeof CompletenessMatrixInput>;

export const CompletenessHeadlineInput = z.object({ year: YearSchema.optional() }).default({});
export type CompletenessHeadlineInput = z.infer<typeof CompletenessHeadlineInput>;

// ── Quick Win progress ────────────────────────────────────────────────────────

export const QuickWinProgressInput = z.object({
  quickWinId: IdSchema,
  version: VersionSchema,
  status: QuickWinStatusSchema,
  progress: z
    .number()
    .int()
    .min(0)
    .max(100),
  note: NoteSchema.min(1),
  evidenceUrl: EvidenceUrlSchema.optional(),
}).refine((v) => v.status !== 'completed' || v.progress === 100, {
  path: ['progress'],
  message: 'completed_needs_100',
});
export type QuickWinProgressInput = z.infer<typeof QuickWinProgressInput>;

export const QuickWinUpdatesInput = z.object({ quickWinId: IdSchema });
export type QuickWinUpdatesInput = z.infer<typeof QuickWinUpdatesInput>;
