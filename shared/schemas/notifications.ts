import { text, z } from './zod';
import { IdSchema, PageSchema, VersionSchema } from './common';
import { LANGUAGES, MAIL_KINDS, OUTBOX_STATES } from '../domain';

export const OutboxListInput = PageSchema.extend({ state: z.enum(OUTBOX_STATES).optional() }).default({ limit: 50, offset: 0 });
export type OutboxListInput = z.infer<typeof OutboxListInput>;

export const OutboxIdInput = z.object({ id: IdSchema });
export type OutboxIdInput = z.infer<typeof OutboxIdInput>;

/** The signed-in person's own e-mail settings: language, and the kinds of e-mail turned off. */
export const MailPreferencesInput = z.object({
  version: VersionSchema,
  language: z.enum(LANGUAGES),
  optOut: z.array(z.enum(MAIL_KINDS)).max(MAIL_KINDS.length),
});
export type MailPreferencesInput = z.infer<typeof MailPreferencesInput>;

export const UnsubscribeInput = z.object({ token: text().min(1).max(200) });
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;
