// Inputs for the secretariat's editing of the plan structure: measures, indicators, targets
// and Quick Wins. The official book's lists are entered here as they become available.
import { text as enteredText, z } from './zod';
import { DirectionSchema, LevelSchema, QuickWinStatusSchema, ScopeSchema, UnitSchema } from './domain';
import { DateSchema, HttpUrlSchema, IdSchema, VersionSchema, YearSchema } from './common';
import { IndicatorCodeSchema } from './indicator';

const text = (max: number) => enteredText().min(1).max(max);
const optionalText = (max: number) => enteredText().max(max).default('');
const httpUrl = HttpUrlSchema;
const url = httpUrl.nullable().default(null);
const isoDate = DateSchema.nullable().default(null);
const version = VersionSchema;

export const MeasureUpsertInput = z.object({
  id: z.number().int().positive().optional(),
  version: version.optional(),
  strategyNo: z.number().int().min(1).max(20),
  code: enteredText().min(1).max(20).regex(/^[0-9A-Za-z.-]+$/),
  nameTh: text(500),
  nameEn: optionalText(500),
  isExample: z.boolean().default(false),
});
export type MeasureUpsertInput = z.infer<typeof MeasureUpsertInput>;

export const IndicatorUpsertInput = z
  .object({
    id: z.number().int().positive().optional(),
    /** The version the editor loaded; a changed row refuses the save (optimistic concurrency). */
    version: version.optional(),
    code: IndicatorCodeSchema,
    strategyNo: z.number().int().min(1).max(20).nullable(),
    measureCode: enteredText().max(20).nullable().default(null),
    nameTh: text(500),
    nameEn: optionalText(500),
    unit: UnitSchema,
    direction: DirectionSchema,
    scope: ScopeSchema,
    aggregation: z.enum(['mean', 'share_at_least', 'sum']).nullable().default(null),
    aggregationThreshold: z.number().finite().nullable().default(null),
    yearKind: z.enum(['fiscal', 'edition']).default('fiscal'),
    sourceOrgTh: text(300),
    sourceOrgEn: optionalText(300),
    sourceUrl: url,
    definitionTh: optionalText(4000),
    definitionEn: optionalText(4000),
    methodTh: optionalText(4000),
    methodEn: optionalText(4000),
    decimals: z.number().int().min(0).max(4).default(0),
    minValue: z.number().finite().nullable().default(null),
    maxValue: z.number().finite().nullable().default(null),
    releaseLagMonths: z.number().int().min(0).max(36).nullable().default(null),
    baselineYear: YearSchema.nullable().default(null),
    baselineValue: z.number().finite().nullable().default(null),
    /** Per-agency indicators: share (0–1) of assigned agencies approved before the figure is published. */
    publicationThreshold: z.number().min(0).max(1).default(0.8),
    isExample: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'agency' && !v.aggregation) {
      ctx.addIssue({ code: 'custom', path: ['aggregation'], message: 'aggregation_required' });
    }
    if (v.aggregation === 'share_at_least' && v.aggregationThreshold === null) {
      ctx.addIssue({ code: 'custom', path: ['aggregationThreshold'], message: 'threshold_required' });
    }
    if (v.minValue !== null && v.maxValue !== null && v.minValue > v.maxValue) {
      ctx.addIssue({ code: 'custom', path: ['maxValue'], message: 'min_above_max' });
    }
    if ((v.baselineYear === null) !== (v.baselineValue === null)) {
      ctx.addIssue({ code: 'custom', path: ['baselineValue'], message: 'baseline_pair' });
    }
  });
export type IndicatorUpsertInput = z.infer<typeof IndicatorUpsertInput>;

export const TargetSetInput = z.object({
  indicatorCode: IndicatorCodeSchema,
  year: YearSchema,
  value: z.number().finite(),
  /** Required when revising an existing target: kept in the revision history. */
  reason: enteredText().max(1000).default(''),
  /** The version of the target row the editor loaded (omit for a new target). */
  version: version.optional(),
  /** Omitted = keep what is stored (a new target starts without a source, not an example). */
  sourceTh: enteredText().max(500).nullable().optional(),
  sourceUrl: httpUrl.nullable().optional(),
  isExample: z.boolean().optional(),
});
export type TargetSetInput = z.infer<typeof TargetSetInput>;

export const QuickWinUpsertInput = z
  .object({
    id: z.number().int().positive().optional(),
    version: version.optional(),
    code: enteredText().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/),
    strategyNo: z.number().int().min(1).max(20),
    levels: z.array(LevelSchema).min(1).max(3),
    titleTh: text(500),
    titleEn: optionalText(500),
    descriptionTh: optionalText(4000),
    descriptionEn: optionalText(4000),
    leadAgencyCode: enteredText().max(40).nullable().default(null),
    startDate: isoDate,
    endDate: isoDate,
    status: QuickWinStatusSchema,
    progress: z.number().int().min(0).max(100),
    isExample: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.startDate > v.endDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date_order' });
    }
  });
export type QuickWinUpsertInput = z.infer<typeof QuickWinUpsertInput>;

export const TargetHistoryInput = z.object({ indicatorCode: IndicatorCodeSchema });

/** Publish a derived figure below its publication threshold, with the reason (decision 0009). */
export const ProvisionalPublishInput = z.object({
  indicatorCode: IndicatorCodeSchema,
  year: YearSchema,
  reason: enteredText().min(3).max(1000),
});
export type ProvisionalPublishInput = z.infer<typeof ProvisionalPublishInput>;

export const ProvisionalWithdrawInput = z.object({
  id: IdSchema,
  version: VersionSchema,
  reason: enteredText().min(3).max(1000),
});
export type ProvisionalWithdrawInput = z.infer<typeof ProvisionalWithdrawInput>;
