import { text, type z } from './zod';
import { DateSchema, IdSchema, PageSchema, SearchSchema } from './common';


export const AuditListInput = PageSchema.extend({
  entity: text().min(1).max(60).optional(),
  entityId: text().min(1).max(60).optional(),
  userId: IdSchema.optional(),
  action: text().min(1).max(60).optional(),
  /** What: text in the record's label ("S3-EX-01 2569", an agency code …), matched literally. */
  search: SearchSchema.optional(),
  /** Inclusive, UTC dates. */
  from: DateSchema.optional(),
  to: DateSchema.optional(),
}).default({ limit: 50, offset: 0 });
export type AuditListInput = z.infer<typeof AuditListInput>;

/** The fields of an audit row's changes that hold the id of an agency, an indicator or a user. */
export const AUDIT_ID_FIELDS = {
  agency: ['agencyId', 'leadAgencyId', 'parentId'],
  indicator: ['indicatorId'],
  user: ['userId', 'createdBy', 'enteredBy', 'approvedBy', 'reviewedBy', 'undoneBy', 'confirmedBy'],
} as const;
