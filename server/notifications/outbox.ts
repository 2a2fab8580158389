// The outbox (docs/decisions/0012-email-outbox.md): enqueue inside the transaction of the change
// that causes the mail; senders claim due rows with a lease and record what happened.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOptIns, mailOptOuts, mailOutbox, users } from '../../db/schema';
import type { Language, MailKind } from '../../shared/domain';
import { MAX_ATTEMPTS, OPT_IN_MAIL_KINDS, retryDelaySeconds } from '../../shared/notifications';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import type { MailPayload } from './templates';

export type Recipient = { id: number | null; email: string; language: Language };

export type MailRequest = {
  /** What the message is about; the same key is never queued twice. */
  dedupeKey: string;
  recipient: Recipient;
  payload: MailPayload;
};

/** Queues a message unless one with the same key exists; true when it was queued now. */
export function enqueueMail(tx: DbOrTx, request: MailRequest, now: Date): boolean {
  const result = tx
    .insert(mailOutbox)
    .values({
      dedupeKey: request.dedupeKey,
      userId: request.recipient.id,
      toAddress: request.recipient.email,
      kind: request.payload.kind,
      language: request.recipient.language,
      payload: JSON.stringify(request.payload),
      state: 'queued',
      nextAttemptAt: now.toISOString(),
      messageId: createHash('sha256').update(request.dedupeKey).digest('hex').slice(0, 32),
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .run();
  return result.changes > 0;
}

/**
 * Active accounts with an address among `userIds` who receive `kind`: less those who turned it
 * off — unless `mandatory` (the last reminder before a deadline reaches a reporter whatever they
 * chose) — and, for a kind that is off until asked for (OPT_IN_MAIL_KINDS), only those who asked.
 */
export function recipientsAmong(tx: DbOrTx, userIds: number[], kind: MailKind, mandatory = false): Recipient[] {
  if (userIds.length === 0) return [];
  let chosen: ReturnType<typeof inArray> | undefined;
  if (OPT_IN_MAIL_KINDS.has(kind)) {
    const optedIn = tx.select({ id: mailOptIns.userId }).from(mailOptIns).where(and(eq(mailOptIns.kind, kind), inArray(mailOptIns.userId, userIds))).all().map((r) => r.id);
    if (optedIn.length === 0) return [];
    chosen = inArray(users.id, optedIn);
  } else if (!mandatory) {
    const optedOut = tx.select({ id: mailOptOuts.userId }).from(mailOptOuts).where(and(eq(mailOptOuts.kind, kind), inArray(mailOptOuts.userId, userIds))).all().map((r) => r.id);
    if (optedOut.length) chosen = notInArray(users.id, optedOut);
  }
  return tx
    .select({ id: users.id, email: users.email, language: users.language })
    .from(users)
    .where(and(inArray(users.id, userIds), eq(users.active, true), isNotNull(users.email), chosen))
    .orderBy(asc(users.id))
    .all() as Recipient[];
}

/** The active reporters of an agency (who receive its notices and reminders). */
export function agencyReporterIds(tx: DbOrTx, agencyId: number): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.role, 'reporter'), eq(users.active, true)))
    .all()
    .map((r) => r.id);
}

export type ClaimedMessage = typeof mailOutbox.$inferSelect;

/**
 * Claims up to `limit` due messages for `owner` until `now + leaseSeconds`: queued ones whose time
 * has come, and `sending` ones whose lease ran out (their sender stopped before recording an outcome).
 * BEGIN IMMEDIATE: two senders never claim the same row.
 */
export function claimDue(db: Db, owner: string, now: Date, limit: number, leaseSeconds: number, only?: number[]): ClaimedMessage[] {
  const iso = now.toISOString();
  return writeTransaction(db, (tx) => {
    const due = tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(or(and(eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAttemptAt, iso)), and(eq(mailOutbox.state, 'sending'), lte(mailOutbox.leaseUntil, iso))), only ? inArray(mailOutbox.id, only) : undefined))
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(limit)
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    tx.update(mailOutbox).set({ state: 'sending', leaseOwner: owner, leaseUntil, updatedAt: iso }).where(inArray(mailOutbox.id, due)).run();
    return tx.select().from(mailOutbox).where(inArray(mailOutbox.id, due)).orderBy(asc(mailOutbox.id)).all();
  });
}

/** Records a delivery; only the lease holder may (a sender whose lease expired records nothing). */
export function recordSent(db: Db, id: number, owner: string, now: Date): void {
  const iso = now.toISOString();
  writeTransaction(db, (tx) =>
    tx
      .update(mailOutbox)
      .set({
        state: 'sent',
        sentAt: iso,
        attempts: sql`${mailOutbox.attempts} + 1`,
        lastError: null,
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: iso,
        // An account link's secret is needed only until delivery: the outbox keeps no usable link after.
        payload: sql`case when json_type(${mailOutbox.payload}, '$.token') = 'text' then json_set(${mailOutbox.payload}, '$.token', null) else ${mailOutbox.payload} end`,
      })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseOwner, owner)))
      .run(),
  );
}

/** Records a failed attempt: queued again after a growing delay, or `failed` after the last attempt. */
export function recordFailure(db: Db, id: number, owner: string, error: string, now: Date): void {
  const iso = now.toISOString();
  writeTransaction(db, (tx) => {
    const row = tx.select({ attempts: mailOutbox.attempts }).from(mailOutbox).where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseOwner, owner))).get();
    if (!row) return;
    const attempts = row.attempts + 1;
    const failed = attempts >= MAX_ATTEMPTS;
    tx.update(mailOutbox)
      .set({
        state: failed ? 'failed' : 'queued',
        attempts,
        lastError: error,
        nextAttemptAt: new Date(now.getTime() + retryDelaySeconds(attempts) * 1000).toISOString(),
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: iso,
      })
      .where(eq(mailOutbox.id, id))
      .run();
  });
}
