// Signed unsubscribe links: "<user>.<kind>.<HMAC>" with a key generated on first use and kept in
// the database (app_secret), so links survive restarts and work across server processes.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { appSecrets } from '../../db/schema';
import { MAIL_KINDS, type Language, type MailKind } from '../../shared/domain';
import type { DbOrTx } from '../lib/transaction';

export function unsubscribeKey(db: DbOrTx): string {
  db.run(sql`insert or ignore into app_secret (name, value) values ('unsubscribe', lower(hex(randomblob(32))))`);
  return db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, 'unsubscribe')).get()!.value;
}

const mac = (key: string, body: string) => createHmac('sha256', key).update(body).digest('base64url');

export function signUnsubscribe(key: string, userId: number, kind: MailKind): string {
  const body = `${userId}.${kind}`;
  return `${body}.${mac(key, body)}`;
}

/** The user and kind a token names, or null when it was not signed with this key. */
export function verifyUnsubscribe(key: string, token: string): { userId: number; kind: MailKind } | null {
  const m = /^(\d{1,12})\.([a-z_]{1,30})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const [, id, kind, sig] = m as unknown as [string, string, string, string];
  if (!(MAIL_KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(mac(key, `${id}.${kind}`));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: Number(id), kind: kind as MailKind };
}

export const unsubscribeUrl = (publicUrl: string, token: string, lang: Language) =>
  `${publicUrl}/unsubscribe?t=${encodeURIComponent(token)}${lang === 'en' ? '&lang=en' : ''}`;
