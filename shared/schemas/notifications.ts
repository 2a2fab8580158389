import { text, z } from './zod';
import { IdSchema, PageSchema, VersionSchema } from './common';
import { LANGUAGES, MAIL_KINDS, OUTBOX_STATES } from '../domain';

export const OutboxListInput = PageSchema.extend({ state: z.enum(OUTBOX_STATES).optional() }).default({ limit: 50, offset: 0 });
export type OutboxListInput = z.infer<typeof OutboxListInput>;

export const OutboxIdInput = z.object({ id: IdSchema });
export type OutboxIdInput = z.infer<typeof OutboxIdInput>;

/**
 * The signed-in person's own e-mail settings: language, the kinds turned off, and the kinds that
 * are off until asked for (shared/notifications.ts OPT_IN_MAIL_KINDS) turned on.
 */
export const MailPreferencesInput = z.object({
  version: VersionSchema,
  language: z.enum(LANGUAGES),
  optOut: z.array(z.enum(MAIL_KINDS)).max(MAIL_KINDS.length),
  optIn: z.array(z.enum(MAIL_KINDS)).max(MAIL_KINDS.length).default([]),
});
export type MailPreferencesInput = z.infer<typeof MailPreferencesInput>;

export const UnsubscribeInput = z.object({ token: text().min(1).max(200) });
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;

/** The signed-in person's in-app notices, newest first, titled in the reader's language. */
export const NoticeListInput = PageSchema.extend({ limit: z.number().int().min(1).max(100).default(10), language: z.enum(LANGUAGES).default('th') }).default({ limit: 10, offset: 0, language: 'th' });
export type NoticeListInput = z.infer<typeof NoticeListInput>;

/** Mark some of one's own notices read (opened), or all of them. */
export const NoticeMarkReadInput = z.union([z.object({ ids: z.array(IdSchema).min(1).max(100) }), z.object({ all: z.literal(true) })]);
export type NoticeMarkReadInput = z.infer<typeof NoticeMarkReadInput>;
