// The outbox and its sender against a real SMTP server on localhost (smtp-server + mailparser).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/client';
import { mailOutbox, users } from '../../db/schema';
import { retryDelaySeconds } from '../../shared/notifications';
import { enqueueMail, type Recipient } from '../../server/notifications/outbox';
import { createSender, type MailTransport } from '../../server/notifications/sender';
import { createTestDb, freshDbPerTest } from '../helpers/db';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';

const settings = { from: 'Tracker <no-reply@tracker.test>', publicUrl: 'http://tracker.test', messageIdDomain: 'tracker.test' };
const T0 = new Date('2026-12-01T01:00:00Z');

function recipient(db: Db, email: string, language: 'th' | 'en' = 'th'): Recipient {
  const user = insertUser(db, 'reporter', 'OCSC');
  db.update(users).set({ email, language }).where(eq(users.id, user.id)).run();
  return { id: user.id, email, language };
}

const returned = (n: number) =>
  ({
    kind: 'returned',
    year: 2569,
    indicator: { code: `S3-EX-0${n}`, nameTh: 'จำนวนเรื่อง', nameEn: 'Number of cases' },
    agency: { code: 'OCSC', nameTh: 'สำนักงาน ก.พ.', nameEn: 'OCSC' },
    comment: `โปรดแนบหลักฐาน ${n}`,
  }) as const;

const outboxRows = (db: Db) => db.select().from(mailOutbox).orderBy(mailOutbox.id).all();

let sink: SmtpSink;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.close();
});

describe('outbox and sender', () => {
  const t = freshDbPerTest();

  it('delivers a queued message once, in Thai, with a text and an HTML part and a deterministic Message-ID', async () => {
    const to = recipient(t.db, 'somchai@agency.test');
    expect(enqueueMail(t.db, { dedupeKey: 'returned:1:v2', recipient: to, payload: returned(1) }, T0)).toBe(true);
    // The same key again is not queued.
    expect(enqueueMail(t.db, { dedupeKey: 'returned:1:v2', recipient: to, payload: returned(1) }, T0)).toBe(false);

    const sender = createSender({ db: t.db, transport: sink.transport(), settings, now: () => T0 });
    expect(await sender.drain()).toEqual({ sent: 1, failed: 0 });
    expect(await sender.drain()).toEqual({ sent: 0, failed: 0 });

    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe('ส่งคืนให้แก้ไข: S3-EX-01 ปี 2569');
    expect(mail.text).toContain('โปรดแนบหลักฐาน 1');
    expect(mail.html).toContain('โปรดแนบหลักฐาน 1');
    expect(mail.text).toContain('http://tracker.test/reporting?year=2569&indicator=S3-EX-01');
    const unsubscribe = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    expect(unsubscribe).toMatch(/<http:\/\/tracker\.test\/mail\/unsubscribe\?t=\d+\.returned\.[\w-]{43}>/);
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toContain('List-Unsubscribe=One-Click');
    const [row] = outboxRows(t.db);
    expect(mail.messageId).toBe(`<${row!.messageId}@tracker.test>`);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, lastError: null, sentAt: T0.toISOString(), leaseOwner: null });
  });

  it('writes English to a person who chose English', async () => {
    const to = recipient(t.db, 'jane@agency.test', 'en');
    enqueueMail(t.db, { dedupeKey: 'returned:2:v2', recipient: to, payload: returned(2) }, T0);
    await createSender({ db: t.db, transport: sink.transport(), settings, now: () => T0 }).drain();
    expect(sink.messages[0]!.subject).toBe('Returned for correction: S3-EX-02 2569 BE');
    expect(sink.messages[0]!.text).toContain('lang=en');
  });

  it('an SMTP failure leaves the message queued with the server error; a later attempt delivers it', async () => {
    const to = recipient(t.db, 'somchai@agency.test');
    enqueueMail(t.db, { dedupeKey: 'k1', recipient: to, payload: returned(1) }, T0);
    sink.failNext(1);
    let now = T0;
    const sender = createSender({ db: t.db, transport: sink.transport(), settings, now: () => now });
    expect(await sender.drain()).toEqual({ sent: 0, failed: 1 });
    let [row] = outboxRows(t.db);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, sentAt: null });
    expect(row!.lastError).toMatch(/451|mailbox busy/);
    expect(row!.nextAttemptAt).toBe(new Date(T0.getTime() + retryDelaySeconds(1) * 1000).toISOString());
    // Not before its time…
    expect(await sender.drain()).toEqual({ sent: 0, failed: 0 });
    expect(sink.messages).toHaveLength(0);
    // …then delivered.
    now = new Date(T0.getTime() + retryDelaySeconds(1) * 1000);
    expect(await sender.drain()).toEqual({ sent: 1, failed: 0 });
    [row] = outboxRows(t.db);
    expect(row).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
    expect(sink.messages).toHaveLength(1);
  });

  it('after the last attempt a message is failed, and stays so', async () => {
    const to = recipient(t.db, 'somchai@agency.test');
    enqueueMail(t.db, { dedupeKey: 'k1', recipient: to, payload: returned(1) }, T0);
    sink.failNext(100);
    let now = T0;
    const sender = createSender({ db: t.db, transport: sink.transport(), settings, now: () => now });
    for (let i = 0; i < 8; i++) {
      await sender.drain();
      now = new Date(now.getTime() + 7 * 3600 * 1000);
    }
    const [row] = outboxRows(t.db);
    expect(row).toMatchObject({ state: 'failed', attempts: 6 });
    expect(sink.messages).toHaveLength(0);
  });

  it('a sender restarted mid-batch resends nothing recorded as sent', async () => {
    const to = recipient(t.db, 'somchai@agency.test');
    for (let i = 1; i <= 5; i++) enqueueMail(t.db, { dedupeKey: `k${i}`, recipient: to, payload: returned(i) }, T0);
    // The first process delivers two messages, then stops for good in the middle of the third.
    const real = sink.transport();
    let calls = 0;
    const dying: MailTransport = {
      sendMail: ((options: Parameters<MailTransport['sendMail']>[0]) => (++calls <= 2 ? real.sendMail(options) : new Promise(() => {}))) as MailTransport['sendMail'],
    };
    void createSender({ db: t.db, transport: dying, settings, batchSize: 5, leaseSeconds: 60, now: () => T0 }).runOnce();
    await sink.waitFor(2);
    await new Promise((r) => setTimeout(r, 50));
    expect(outboxRows(t.db).map((r) => r.state)).toEqual(['sent', 'sent', 'sending', 'sending', 'sending']);

    // A new process: before the lease runs out it leaves the claimed rows alone; after, it sends the rest.
    const restarted = createSender({ db: t.db, transport: sink.transport(), settings, now: () => new Date(T0.getTime() + 30_000) });
    expect(await restarted.drain()).toEqual({ sent: 0, failed: 0 });
    const later = createSender({ db: t.db, transport: sink.transport(), settings, now: () => new Date(T0.getTime() + 61_000) });
    expect(await later.drain()).toEqual({ sent: 3, failed: 0 });
    expect(sink.messages.map((m) => m.subject)).toEqual([1, 2, 3, 4, 5].map((n) => `ส่งคืนให้แก้ไข: S3-EX-0${n} ปี 2569`));
    expect(outboxRows(t.db).every((r) => r.state === 'sent')).toBe(true);
  });
});

describe('two sender processes on one database file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('send each message once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mail-two-'));
    const path = join(dir, 'ethics.db');
    const template = createTestDb();
    writeFileSync(path, template.$client.serialize());
    template.$client.close();
    const a = openDb(path);
    const b = openDb(path);
    try {
      const to = recipient(a, 'somchai@agency.test');
      for (let i = 1; i <= 40; i++) enqueueMail(a, { dedupeKey: `k${i}`, recipient: to, payload: returned(i % 10) }, T0);
      const senders = [a, b].map((db) => createSender({ db, transport: sink.transport(), settings, batchSize: 3, now: () => T0 }));
      const results = await Promise.all(senders.map((s) => s.drain()));
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(40);
      expect(results.every((r) => r.sent > 0)).toBe(true);
      expect(sink.messages).toHaveLength(40);
      expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(40);
      expect(a.select().from(mailOutbox).all().every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);
    } finally {
      a.$client.close();
      b.$client.close();
    }
  });
});
