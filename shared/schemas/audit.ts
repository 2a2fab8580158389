import { z } from 'zod';
import { IdSchema, PageSchema } from './common';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'วันที่ต้องอยู่ในรูป YYYY-MM-DD / date must be YYYY-MM-DD');

export const AuditListInput = PageSchema.extend({
  entity: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(60).optional(),
  userId: IdSchema.optional(),
  action: z.string().trim().min(1).max(60).optional(),
  /** Inclusive, UTC dates. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
}).default({ limit: 50, offset: 0 });
export type AuditListInput = z.infer<typeof AuditListInput>;
