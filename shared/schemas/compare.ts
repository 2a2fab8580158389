import { z } from './zod';
import { YearSchema } from './common';
import { StatusMethodSchema } from './status';

/** 'goal' = the plan's goal-level indicators; a number = that strategy's indicators. */
export const CompareStrategyFilterSchema = z.union([
  z.literal('goal'),
  z.number().int().min(1).max(20),
]);

export const CompareYearsInput = z.object({
  /** Defaults: B = the latest year with a published value, A = two years earlier. */
  from: YearSchema.optional(),
  to: YearSchema.optional(),
  strategy: CompareStrategyFilterSchema.optional(),
  /** Overrides each indicator's own status method. */
  method: StatusMethodSchema.optional(),
  planCode: z.string().min(1).max(40).optional(),
});
export type CompareYearsInput = z.infer<typeof CompareYearsInput>;
