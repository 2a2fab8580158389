// What the Outbox page and the account page read and change.
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOptIns, mailOptOuts, mailOutbox, notifications, users } from '../../db/schema';
import { OUTBOX_STATES, type MailKind, type OutboxState } from '../../shared/domain';
import { MAIL_KINDS_BY_ROLE, OPT_IN_MAIL_KINDS } from '../../shared/notifications';
import type { MailPreferencesInput, NoticeListInput, NoticeMarkReadInput, OutboxIdInput, OutboxListInput, UnsubscribeInput } from '../../shared/schemas/notifications';
import { writeAudit } from '../lib/audit';
import { invalidField, notFound, refused } from '../lib/errors';
import { paged } from '../lib/paging';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { updateVersioned } from '../lib/versioned-write';
import { pendingEmailChange } from '../accounts/links';
import { describeMail, type MailSettings } from './config';
import { renderStored } from './sender';
import { noticeSummary, renderMail, type MailPayload } from './templates';
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

function optIns(db: DbOrTx, userId: number): MailKind[] {
  return db.select({ kind: mailOptIns.kind }).from(mailOptIns).where(eq(mailOptIns.userId, userId)).all().map((r) => r.kind);
}

/**
 * The signed-in person's address, language and the e-mails they may receive, each on or off:
 * most kinds are on unless turned off; an opt-in kind (`optIn: true`) is off unless turned on.
 */
export function myMailPreferences(db: Db, user: SessionUser) {
  const me = db.select({ email: users.email, language: users.language, version: users.version }).from(users).where(eq(users.id, user.id)).get();
  if (!me) throw notFound('user', user.id);
  const off = new Set(optOuts(db, user.id));
  const on = new Set(optIns(db, user.id));
  return {
    ...me,
    pendingEmail: pendingEmailChange(db, user.id),
    kinds: MAIL_KINDS_BY_ROLE[user.role].map((kind) => (OPT_IN_MAIL_KINDS.has(kind) ? { kind, optIn: true, enabled: on.has(kind) } : { kind, optIn: false, enabled: !off.has(kind) })),
  };
}

export function setMailPreferences(db: Db, user: SessionUser, input: MailPreferencesInput) {
  const allowed = MAIL_KINDS_BY_ROLE[user.role];
  const offOptions = allowed.filter((k) => !OPT_IN_MAIL_KINDS.has(k));
  const onOptions = allowed.filter((k) => OPT_IN_MAIL_KINDS.has(k));
  if (input.optOut.some((k) => !offOptions.includes(k))) throw invalidField('optOut', 'invalid_option', { options: offOptions });
  if (input.optIn.some((k) => !onOptions.includes(k))) throw invalidField('optIn', 'invalid_option', { options: onOptions });
  writeTransaction(db, (tx) => {
    updateVersioned(tx, users, { id: user.id, version: input.version }, { language: input.language }, { actorId: user.id, entity: 'user', label: (u) => u.username, fields: ['language'] });
    tx.delete(mailOptOuts).where(eq(mailOptOuts.userId, user.id)).run();
    if (input.optOut.length) tx.insert(mailOptOuts).values([...new Set(input.optOut)].map((kind) => ({ userId: user.id, kind }))).run();
    tx.delete(mailOptIns).where(eq(mailOptIns.userId, user.id)).run();
    if (input.optIn.length) tx.insert(mailOptIns).values([...new Set(input.optIn)].map((kind) => ({ userId: user.id, kind }))).run();
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
    // An opt-in kind is turned off by removing the person's request for it.
    if (OPT_IN_MAIL_KINDS.has(target.kind)) tx.delete(mailOptIns).where(and(eq(mailOptIns.userId, target.userId), eq(mailOptIns.kind, target.kind))).run();
    else tx.insert(mailOptOuts).values({ userId: target.userId, kind: target.kind }).onConflictDoNothing().run();
    return { kind: target.kind };
  });
}

const unreadOf = (db: DbOrTx, userId: number) => db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()?.n ?? 0;

/**
 * The signed-in person's in-app notices, newest first, each titled as its e-mail's subject in the
 * reader's language (a returned value's comment, or a short summary, beside it), with the page it opens and whether
 * it was read; and how many are unread. Only the caller's own rows, whoever asks.
 */
export function myNotices(db: Db, user: SessionUser, input: NoticeListInput) {
  const mine = eq(notifications.userId, user.id);
  const page = paged(input, {
    rows: (limit, offset) =>
      db
        .select({ id: notifications.id, kind: notifications.kind, payload: notifications.payload, path: notifications.path, createdAt: notifications.createdAt, readAt: notifications.readAt })
        .from(notifications)
        .where(mine)
        .orderBy(desc(notifications.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map(({ payload, ...row }) => {
          const data = JSON.parse(payload) as MailPayload;
          return {
            ...row,
            title: renderMail(data, input.language, { publicUrl: '', unsubscribeUrl: null }).subject,
            /** The reviewer's words, quoted as typed. */
            comment: data.kind === 'returned' ? data.comment : null,
            summary: noticeSummary(data, input.language),
          };
        }),
    total: () => db.select({ n: count() }).from(notifications).where(mine).get()?.n ?? 0,
  });
  return { ...page, unread: unreadOf(db, user.id) };
}

/** Marks the caller's own notices read (the ones named, or all); another person's ids change nothing. */
export function markNoticesRead(db: Db, user: SessionUser, input: NoticeMarkReadInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const which = 'ids' in input ? inArray(notifications.id, input.ids) : undefined;
    tx.update(notifications)
      .set({ readAt: now.toISOString() })
      .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt), which))
      .run();
    return { unread: unreadOf(tx, user.id) };
  });
}
