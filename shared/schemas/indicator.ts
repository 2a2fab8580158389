import { text, z } from './zod';
import { SearchSchema, YearSchema } from './common';
import { StatusMethodSchema } from './status';

export const IndicatorCodeSchema = text()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/);

export const IndicatorListInput = z
  .object({
    strategyNo: z.number().int().min(1).max(20).optional(),
    /** 'goal' = indicators of the plan's goal (no strategy). */
    level: z.enum(['goal', 'strategy', 'all']).default('all'),
  })
  .default({ level: 'all' });
export type IndicatorListInput = z.infer<typeof IndicatorListInput>;

export const IndicatorByCodeInput = z.object({ code: IndicatorCodeSchema, method: StatusMethodSchema.optional() });
export type IndicatorByCodeInput = z.infer<typeof IndicatorByCodeInput>;

export const IndicatorAgencyValuesInput = z.object({
  code: IndicatorCodeSchema,
  /** Fiscal year (พ.ศ.); omitted = the latest year with published agency values. */
  year: YearSchema.optional(),
  q: SearchSchema.default(''),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});
export type IndicatorAgencyValuesInput = z.infer<typeof IndicatorAgencyValuesInput>;
