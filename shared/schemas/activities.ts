// The activities API: projects, rounds with tracks and sub-groups, evaluation forms answered
// through a public link, readiness marks, and planning a round from a targeting selection.
import { READINESS } from '../domain';
import { DateSchema, IdSchema, ProvinceCodeSchema, VersionSchema, YearSchema } from './common';
import { text as enteredText, z } from './zod';

const text = (max: number) => enteredText().min(1).max(max);
const optionalText = (max: number) => enteredText().max(max).default('');
const headCount = z.number().int().min(0).max(100_000);

export const RoundIdInput = z.object({ roundId: IdSchema });
export type RoundIdInput = z.infer<typeof RoundIdInput>;

export const ProjectIdInput = z.object({ projectId: IdSchema });
export type ProjectIdInput = z.infer<typeof ProjectIdInput>;

export const AudienceSchema = z.object({
  /** Absent: a new sub-group. */
  id: IdSchema.optional(),
  nameTh: text(300),
  nameEn: optionalText(300),
  planned: headCount.nullable().default(null),
  actual: headCount.nullable().default(null),
});

export const TrackSchema = z.object({
  id: IdSchema.optional(),
  titleTh: text(500),
  titleEn: optionalText(500),
  durationDays: z.number().min(0.5).max(30).multipleOf(0.5),
  /** "ประมาณ" — an approximate plan for the whole track. */
  plannedAbout: headCount.nullable().default(null),
  audiences: z.array(AudienceSchema).max(20).default([]),
});

export const RoundSaveInput = z
  .object({
    activityId: IdSchema,
    /** Absent: a new draft round. */
    roundId: IdSchema.optional(),
    version: VersionSchema.optional(),
    roundNo: z.number().int().min(1).max(999),
    groupsTh: optionalText(500),
    startDate: DateSchema.nullable().default(null),
    endDate: DateSchema.nullable().default(null),
    venue: enteredText().max(500).nullable().default(null),
    jointSessionTh: enteredText().max(500).nullable().default(null),
    jointSessionDays: z.number().min(0).max(10).multipleOf(0.5).nullable().default(null),
    basisYear: YearSchema.nullable().default(null),
    provinceCodes: z.array(ProvinceCodeSchema).max(77).default([]),
    tracks: z.array(TrackSchema).max(10).default([]),
    staffTh: enteredText().max(500).nullable().default(null),
    staffPlannedAbout: headCount.nullable().default(null),
    staffActual: headCount.nullable().default(null),
  })
  .refine((x) => !x.startDate || !x.endDate || x.endDate >= x.startDate, { message: 'date_order', path: ['endDate'] })
  .refine((x) => !x.roundId || x.version !== undefined, { message: 'version_required', path: ['version'] });
export type RoundSaveInput = z.infer<typeof RoundSaveInput>;

export const RoundVersionInput = z.object({ roundId: IdSchema, version: VersionSchema });
export type RoundVersionInput = z.infer<typeof RoundVersionInput>;

/** "Plan a round from this selection" on the targeting page: a draft with exactly these provinces. */
export const RoundPlanInput = z.object({
  activityId: IdSchema,
  provinceCodes: z.array(ProvinceCodeSchema).min(1).max(77),
  basisYear: YearSchema.nullable().default(null),
  groupsTh: optionalText(500),
});
export type RoundPlanInput = z.infer<typeof RoundPlanInput>;

export const ObservationAddInput = z.object({ roundId: IdSchema, noteTh: text(4000) });
export type ObservationAddInput = z.infer<typeof ObservationAddInput>;

export const ReadinessSetInput = z.object({
  provinceCode: ProvinceCodeSchema,
  readiness: z.enum(READINESS).nullable(),
  note: optionalText(1000),
  /** The version loaded; absent when the province had no mark. */
  version: VersionSchema.optional(),
});
export type ReadinessSetInput = z.infer<typeof ReadinessSetInput>;

// ── Evaluation forms ─────────────────────────────────────────────────────────

export const FormCreateInput = z
  .object({
    roundId: IdSchema,
    titleTh: text(300),
    consentTh: text(1000),
    opensOn: DateSchema,
    closesOn: DateSchema,
    /** A Likert question per objective / per expected outcome of the project. */
    objectives: z.boolean().default(true),
    outcomes: z.boolean().default(true),
    /** Codes of reusable question sets (satisfaction, comments …). */
    sets: z.array(enteredText().min(1).max(40)).max(20).default([]),
  })
  .refine((x) => x.closesOn >= x.opensOn, { message: 'date_order', path: ['closesOn'] });
export type FormCreateInput = z.infer<typeof FormCreateInput>;

export const FormIdInput = z.object({ formId: IdSchema });
export type FormIdInput = z.infer<typeof FormIdInput>;

export const FormCloseInput = z.object({ formId: IdSchema, version: VersionSchema });
export type FormCloseInput = z.infer<typeof FormCloseInput>;

/** The unguessable part of a public form link. */
export const PublicIdSchema = enteredText().regex(/^[A-Za-z0-9_-]{8,40}$/);

export const PublicFormInput = z.object({ publicId: PublicIdSchema });
export type PublicFormInput = z.infer<typeof PublicFormInput>;

export const AnswerSchema = z.object({
  questionId: IdSchema,
  /** 1–5 for a Likert question. */
  score: z.number().int().min(1).max(5).nullable().default(null),
  text: enteredText().max(2000).nullable().default(null),
});

export const FormSubmitInput = z.object({
  publicId: PublicIdSchema,
  /** The signed device token the form page was given (one response per device, best effort). */
  token: enteredText().min(10).max(200),
  consent: z.literal(true, { error: 'consent_required' }),
  trackId: IdSchema.nullable().default(null),
  audienceId: IdSchema.nullable().default(null),
  answers: z.array(AnswerSchema).min(1).max(100),
});
export type FormSubmitInput = z.infer<typeof FormSubmitInput>;

/** Fewer responses than this: no breakdown is shown (a person could be recognised). */
export const MIN_RESPONSES_FOR_BREAKDOWN = 5;

export const FormDownloadQuery = z.object({ formId: z.coerce.number().int().positive(), lang: z.enum(['th', 'en']).default('th') });
export type FormDownloadQuery = z.infer<typeof FormDownloadQuery>;
