import { z } from './zod';
import { RegionSchema } from './domain';

export const ProvinceListInput = z
  .object({ region: RegionSchema.optional(), groupId: z.number().int().positive().optional() })
  .default({});
export type ProvinceListInput = z.infer<typeof ProvinceListInput>;
