import { z } from './zod';
import { DateSchema, IdSchema, PageSchema } from './common';


export const AuditListInput = PageSchema.extend({
  entity: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(60).optional(),
  userId: IdSchema.optional(),
  action: z.string().trim().min(1).max(60).optional(),
  /** Inclusive, UTC dates. */
  from: DateSchema.optional(),
  to: DateSchema.optional(),
}).default({ limit: 50, offset: 0 });
export type AuditListInput = z.infer<typeof AuditListInput>;
