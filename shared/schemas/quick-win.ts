import { z } from './zod';
import { QUICK_WIN_STATES } from '../quick-wins';
import { LevelSchema } from './domain';

export const QuickWinListInput = z
  .object({
    level: LevelSchema.optional(),
    strategyNo: z.number().int().min(1).max(20).optional(),
    /** The computed state (shared/quick-wins.ts), not only the stored status. */
    status: z.enum(QUICK_WIN_STATES).optional(),
  })
  .default({});
export type QuickWinListInput = z.infer<typeof QuickWinListInput>;
