import { z } from './zod';

export const PlanOverviewInput = z
  .object({ planCode: z.string().min(1).max(40).optional() })
  .default({});
export type PlanOverviewInput = z.infer<typeof PlanOverviewInput>;

export const StrategyByNoInput = z.object({
  no: z.number().int().min(1).max(20),
  planCode: z.string().min(1).max(40).optional(),
});
export type StrategyByNoInput = z.infer<typeof StrategyByNoInput>;
