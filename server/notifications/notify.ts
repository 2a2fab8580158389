// The one way an event reaches people (docs/decisions/0012-email-outbox.md): an in-app notice for
// every active person it concerns — with or without an address, whatever e-mail they turned off —
// and the e-mail, through the outbox, to those who have an address and receive that kind. Both
// are written in the caller's transaction and keyed alike (`<event>:u<user>`), so neither is
// ever recorded twice, whichever run or process tries.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { notifications, users } from '../../db/schema';
import type { DbOrTx } from '../lib/transaction';
import { enqueueMail, recipientsAmong } from './outbox';
import { noticePath, type MailPayload } from './templates';

export type Notice = {
  /** What the event is, without the person: `returned:<submission>:v<version>`, `reminder:<year>:d<days>:a<agency>` … */
  key: string;
  payload: MailPayload;
  /** Everyone the event concerns (inactive accounts are skipped). */
  people: number[];
  /** The e-mail goes even to those who turned this kind off (the last reminder before a deadline). */
  mandatory?: boolean;
};

/** Records the notices and queues the e-mails; returns how many of each were new. */
export function notify(tx: DbOrTx, notice: Notice, now: Date): { noticed: number; mailed: number } {
  if (notice.people.length === 0) return { noticed: 0, mailed: 0 };
  const active = tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, notice.people), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all();
  const payload = JSON.stringify(notice.payload);
  const path = noticePath(notice.payload);
  const createdAt = now.toISOString();
  let noticed = 0;
  for (const { id } of active) {
    const result = tx
      .insert(notifications)
      .values({ userId: id, kind: notice.payload.kind, payload, path, dedupeKey: `${notice.key}:u${id}`, createdAt })
      .onConflictDoNothing({ target: notifications.dedupeKey })
      .run();
    noticed += result.changes;
  }
  let mailed = 0;
  for (const recipient of recipientsAmong(tx, notice.people, notice.payload.kind, notice.mandatory)) {
    if (enqueueMail(tx, { dedupeKey: `${notice.key}:u${recipient.id}`, recipient, payload: notice.payload }, now)) mailed++;
  }
  return { noticed, mailed };
}
