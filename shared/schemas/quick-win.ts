import { z } from './zod';
import { LevelSchema, QuickWinStatusSchema } from './domain';

export const QuickWinListInput = z
  .object({
    level: LevelSchema.optional(),
    strategyNo: z.number().int().min(1).max(20).optional(),
    status: QuickWinStatusSchema.optional(),
  })
  .default({});
export type QuickWinListInput = z.infer<typeof QuickWinListInput>;
