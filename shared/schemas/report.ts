import { z } from './zod';
import { StatusMethodSchema } from './status';

export const CommitteeReportInput = z
  .object({
    planCode: z.string().min(1).max(40).optional(),
    method: StatusMethodSchema.optional(),
    /** How many of the largest year-on-year changes to list. */
    topChanges: z.number().int().min(1).max(50).default(10),
  })
  .default({ topChanges: 10 });
export type CommitteeReportInput = z.infer<typeof CommitteeReportInput>;
