// Committee meetings, their commentary and actions, and frozen packs (issue 14).
import { ACTION_STATUSES, COMMENTARY_STATES } from '../domain';
import { AgencyCodeSchema, DateSchema, IdSchema, VersionSchema } from './common';
import { text, z } from './zod';

const Text = (max: number) => text().max(max);

export const MeetingIdInput = z.object({ meetingId: IdSchema });
export type MeetingIdInput = z.infer<typeof MeetingIdInput>;

export const MeetingSaveInput = z.object({
  /** Absent to create; with its version to edit. */
  id: IdSchema.optional(),
  version: VersionSchema.optional(),
  planCode: z.string().min(1).max(40).optional(),
  numberTh: Text(80).min(1),
  numberEn: Text(80).default(''),
  meetingDate: DateSchema,
  agenda: z.array(Text(300).min(1)).max(30).default([]),
  isPublic: z.boolean().default(false),
});
export type MeetingSaveInput = z.input<typeof MeetingSaveInput>;

export const CommentarySaveInput = z.object({
  meetingId: IdSchema,
  subjectType: z.enum(['strategy', 'indicator']),
  /** A strategy's number ("3") or an indicator's code. */
  subjectKey: Text(40).min(1),
  bodyTh: Text(4000).min(1),
  bodyEn: Text(4000).default(''),
  state: z.enum(COMMENTARY_STATES),
  /** The version loaded, or null for new commentary on this subject. */
  version: VersionSchema.nullable(),
});
export type CommentarySaveInput = z.input<typeof CommentarySaveInput>;

export const ActionSaveInput = z.object({
  id: IdSchema.optional(),
  version: VersionSchema.optional(),
  meetingId: IdSchema,
  kind: z.enum(['decision', 'action']),
  textTh: Text(1000).min(1),
  textEn: Text(1000).default(''),
  ownerAgencyCode: AgencyCodeSchema.nullable().default(null),
  dueDate: DateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
});
export type ActionSaveInput = z.input<typeof ActionSaveInput>;

export const FreezeInput = z.object({
  meetingId: IdSchema,
  /** Required for a re-issue (a second or later pack of the same meeting). */
  reason: Text(500).optional(),
});
export type FreezeInput = z.infer<typeof FreezeInput>;

export const PackInput = z.object({
  meetingId: IdSchema,
  /** Absent: the latest issue. */
  packVersion: z.number().int().positive().optional(),
});
export type PackInput = z.infer<typeof PackInput>;
