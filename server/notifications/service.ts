// What the Outbox page and the account page read and change.
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOptOuts, mailOutbox, users } from '../../db/schema';
import { OUTBOX_STATES, type MailKind, type OutboxState } from '../../shared/domain';
import { MAIL_KINDS_BY_ROLE } from '../../shared/notifications';
import type { MailPreferencesInput, OutboxIdInput, OutboxListInput, UnsubscribeInput } from '../../shared/schemas/notifications';
import { writeAudit } from '../lib/audit';
import { invalidField, notFound, refused } from '../lib/errors';
import { paged } from '../lib/paging';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { updateVersioned } from '../lib/versioned-write';
import { pendingEmailChange } from '../accounts/links';
import { describeMail, type MailSettings } from './config';
import { renderStored } from './sender';
import { unsubscribeKey, verifyUnsubscribe } from './unsubscribe';

const outboxColumns = {
  id: mailOutbox.id,
  toAddress: mailOutbox.toAddress,
  kind: mailOutbox.kind,
  language: mailOutbox.language,
  state: mailOutbox.state,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  sentAt: mailOutbox.sentAt,
  createdAt: mailOutbox.createdAt,
};

/** The outbox, newest first, with each message's subject as it is (or was) sent. */
export function listOutbox(db: Db, input: OutboxListInput, settings: MailSettings) {
  const where = input.state ? eq(mailOutbox.state, input.state) : undefined;
  return paged(input, {
    rows: (limit, offset) =>
      db
        .select({ ...outboxColumns, userId: mailOutbox.userId, payload: mailOutbox.payload })
        .from(mailOutbox)
        .where(where)
        .orderBy(desc(mailOutbox.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map(({ payload, userId, ...row }) => ({ ...row, subject: renderStored(db, { userId, kind: row.kind, language: row.language, payload }, settings.publicUrl).subject })),
    total: () => db.select({ n: count() }).from(mailOutbox).where(where).get()?.n ?? 0,
  });
}

/** Counts by state, and which SMTP server sends (null: none configured — messages wait here). */
export function outboxSummary(db: Db, settings: MailSettings) {
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, 0])) as Record<OutboxState, number>;
  for (const row of db.select({ state: mailOutbox.state, n: count() }).from(mailOutbox).groupBy(mailOutbox.state).all()) counts[row.state] = row.n;
  return { counts, smtp: describeMail(settings) };
}

/** One message as it is delivered: subject, plain text and HTML, with the unsubscribe token hidden. */
export function outboxMessage(db: Db, input: OutboxIdInput, settings: MailSettings) {
  const row = db.select({ ...outboxColumns, userId: mailOutbox.userId, payload: mailOutbox.payload, messageId: mailOutbox.messageId }).from(mailOutbox).where(eq(mailOutbox.id, input.id)).get();
  if (!row) throw notFound('mail', input.id);
  const { payload, userId, messageId, ...meta } = row;
  const mail = renderStored(db, { userId, kind: row.kind, language: row.language, payload }, settings.publicUrl);
  // The link would let whoever reads this page change the person's settings: never shown whole.
  const redact = (s: string) => s.replace(/([?&]t=)[^&\s"<]+/g, '$1…');
  return { ...meta, messageId: `<${messageId}@${settings.messageIdDomain}>`, subject: mail.subject, text: redact(mail.text), html: redact(mail.html) };
}

/** Queues a failed (or waiting) message again for an immediate attempt. */
export function resendMessage(db: Db, actor: SessionUser, input: OutboxIdInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const row = tx.select({ id: mailOutbox.id, state: mailOutbox.state, toAddress: mailOutbox.toAddress, kind: mailOutbox.kind }).from(mailOutbox).where(eq(mailOutbox.id, input.id)).get();
    if (!row) throw notFound('mail', input.id);
    if (row.state === 'sent' || row.state === 'sending') throw refused('not_resendable', { state: row.state }, 'state');
    const iso = now.toISOString();
    tx.update(mailOutbox).set({ state: 'queued', attempts: 0, nextAttemptAt: iso, updatedAt: iso }).where(eq(mailOutbox.id, input.id)).run();
    writeAudit(tx, { actorId: actor.id, action: 'resend', entity: 'mail', entityId: row.id, label: `${row.kind} → ${row.toAddress}` });
    return { ok: true as const };
  });
}

function optOuts(db: DbOrTx, userId: number): MailKind[] {
  return db.select({ kind: mailOptOuts.kind }).from(mailOptOuts).where(eq(mailOptOuts.userId, userId)).all().map((r) => r.kind);
}

/** The signed-in person's address, language and the e-mails they may receive (each on or off). */
export function myMailPreferences(db: Db, user: SessionUser) {
  const me = db.select({ email: users.email, language: users.language, version: users.version }).from(users).where(eq(users.id, user.id)).get();
  if (!me) throw notFound('user', user.id);
  const off = new Set(optOuts(db, user.id));
  return { ...me, pendingEmail: pendingEmailChange(db, user.id), kinds: MAIL_KINDS_BY_ROLE[user.role].map((kind) => ({ kind, enabled: !off.has(kind) })) };
}

export function setMailPreferences(db: Db, user: SessionUser, input: MailPreferencesInput) {
  const allowed = MAIL_KINDS_BY_ROLE[user.role];
  const stray = input.optOut.find((k) => !allowed.includes(k));
  if (stray) throw invalidField('optOut', 'invalid_option', { options: [...allowed] });
  writeTransaction(db, (tx) => {
    updateVersioned(tx, users, { id: user.id, version: input.version }, { language: input.language }, { actorId: user.id, entity: 'user', label: (u) => u.username, fields: ['language'] });
    tx.delete(mailOptOuts).where(eq(mailOptOuts.userId, user.id)).run();
    if (input.optOut.length) tx.insert(mailOptOuts).values([...new Set(input.optOut)].map((kind) => ({ userId: user.id, kind }))).run();
  });
  return myMailPreferences(db, user);
}

/** The signed link in an e-mail (or a mail client's one-click POST): that kind of e-mail off for that person. */
export function unsubscribe(db: Db, input: UnsubscribeInput) {
  return writeTransaction(db, (tx) => {
    const target = verifyUnsubscribe(unsubscribeKey(tx), input.token);
    if (!target) throw invalidField('token', 'invalid_link');
    const exists = tx.select({ id: users.id }).from(users).where(eq(users.id, target.userId)).get();
    if (!exists) throw invalidField('token', 'invalid_link');
    tx.insert(mailOptOuts).values({ userId: target.userId, kind: target.kind }).onConflictDoNothing().run();
    return { kind: target.kind };
  });
}
