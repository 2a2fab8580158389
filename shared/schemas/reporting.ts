import { NumberTextSchema, text, z } from './zod';
import { AgencyTypeSchema, LevelSchema, QuickWinStatusSchema, SubmissionStatusSchema } from './domain';
import { QUICK_WIN_REVIEW_STATES } from '../domain';
import { EvidenceUrlSchema, NoteSchema } from '../value-rules';
import { DEFAULT_REMINDER_DAYS, sortReminderDays, validReminderDays } from '../notifications';
import { DateSchema, IdSchema, PageSchema, ProvinceCodeSchema, VersionSchema, YearSchema } from './common';


// ── Periods ───────────────────────────────────────────────────────────────────

/**
 * ส่งเตือนก่อนกำหนด (วัน): the days before the deadline a period's reminders go — whole days
 * 1–90, no repeats, one to five of them; stored largest first. One code for every way it can be
 * wrong, so the form says the rule beside the field.
 */
export const ReminderDaysSchema = z.custom<number[]>(validReminderDays, { error: 'invalid_reminder_days' }).transform(sortReminderDays);

const periodDatesInOrder = (v: { opensOn: string; deadline: string }) => v.opensOn <= v.deadline;
const periodDatesMessage = { path: ['deadline'], message: 'date_order' };

export const PeriodCreateInput = z
  .object({ year: YearSchema, opensOn: DateSchema, deadline: DateSchema, locked: z.boolean().default(false), reminderDays: ReminderDaysSchema.default([...DEFAULT_REMINDER_DAYS]) })
  .refine(periodDatesInOrder, periodDatesMessage);
export type PeriodCreateInput = z.infer<typeof PeriodCreateInput>;

export const PeriodUpdateInput = z
  .object({ id: IdSchema, version: VersionSchema, opensOn: DateSchema, deadline: DateSchema, locked: z.boolean(), reminderDays: ReminderDaysSchema.optional() })
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
  /** A number, or the text as typed (Thai digits and separators are normalised). */
  value: NumberTextSchema,
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

/** Values in one review state (default: waiting), narrowed by period, agency and indicator. */
export const ReviewQueueInput = PageSchema.extend({
  year: YearSchema.optional(),
  indicatorId: IdSchema.optional(),
  agencyId: IdSchema.optional(),
  state: z.enum(['submitted', 'returned', 'approved']).default('submitted'),
  /** Only values that move more than REVIEW_FLAG_SHARE from last year's. */
  flagged: z.boolean().optional(),
}).default({ limit: 50, offset: 0, state: 'submitted' });
export type ReviewQueueInput = z.infer<typeof ReviewQueueInput>;

export const ReviewApproveInput = z.object({ id: IdSchema, version: VersionSchema });
export type ReviewApproveInput = z.infer<typeof ReviewApproveInput>;

/**
 * Approve many waiting values at once. `confirmCount` is the number of values the person confirmed
 * approving: the server refuses unless it equals the list's length, so one click cannot publish.
 */
export const ReviewApproveManyInput = z.object({
  items: z.array(ReviewApproveInput).min(1).max(200),
  confirmCount: z.number().int().min(0).max(200),
});
export type ReviewApproveManyInput = z.infer<typeof ReviewApproveManyInput>;

/** Undo one bulk approval: its values go back to waiting and the published ones as they were. */
export const ReviewUndoBatchInput = z.object({ id: IdSchema, version: VersionSchema, reason: text().min(1).max(500) });
export type ReviewUndoBatchInput = z.infer<typeof ReviewUndoBatchInput>;

export const ReviewBatchListInput = PageSchema.default({ limit: 20, offset: 0 });
export type ReviewBatchListInput = z.infer<typeof ReviewBatchListInput>;

export const ReviewReturnInput = z.object({
  id: IdSchema,
  version: VersionSchema,
  comment: text()
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

/** Quick Win progress updates in one review state, for the lead agency's filter. */
export const QuickWinReviewQueueInput = PageSchema.extend({
  agencyId: IdSchema.optional(),
  state: z.enum(QUICK_WIN_REVIEW_STATES).default('submitted'),
}).default({ limit: 50, offset: 0, state: 'submitted' });
export type QuickWinReviewQueueInput = z.infer<typeof QuickWinReviewQueueInput>;
