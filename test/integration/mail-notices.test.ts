// Notices when a value is returned or approved: queued in the review's transaction, delivered to a
// real SMTP server on localhost, in the recipient's language, with the comment and the exact link.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { mailOptOuts, mailOutbox, users } from '../../db/schema';
import { createSender } from '../../server/notifications/sender';
import { saveValue } from '../../server/reporting/submissions';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';

const settings = { from: 'Tracker <no-reply@tracker.test>', publicUrl: 'http://tracker.test', messageIdDomain: 'tracker.test' };

function prepare(db: Db) {
  const world = setupReporting(db);
  // Agency A (OCSC) has two reporters, one in English; agency B (P41) one; a deactivated A reporter.
  const secondA = insertUser(db, 'reporter', 'OCSC');
  const inactiveA = insertUser(db, 'reporter', 'OCSC');
  const setMail = (id: number, email: string, language: 'th' | 'en' = 'th', active = true) => db.update(users).set({ email, language, active }).where(eq(users.id, id)).run();
  setMail(world.ids.reporterA.id, 'a1@ocsc.test');
  setMail(secondA.id, 'a2@ocsc.test', 'en');
  setMail(inactiveA.id, 'gone@ocsc.test', 'th', false);
  setMail(world.ids.reporterB.id, 'b@udon.test');
  setMail(world.ids.admin.id, 'admin@ocsc.test');
  const submitted = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S3-EX-01']!, year: 2569, value: 12, version: null, intent: 'submit' });
  return { ...world, secondA, submitted: { id: submitted.id, version: submitted.version } };
}

let sink: SmtpSink;
beforeEach(async () => void (sink = await startSmtpSink()));
afterEach(async () => sink.close());

describe('review notices', () => {
  const t = freshDbPerTest(prepare);
  const outbox = () => t.db.select().from(mailOutbox).orderBy(mailOutbox.id).all();
  const send = () => createSender({ db: t.db, transport: sink.transport(), settings }).drain();

  it("a returned value's e-mail reaches the agency's reporters with the comment and the link to its form", async () => {
    const { ids, submitted, secondA } = t.world;
    await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'โปรดแนบหนังสือรับรองผล' });
    expect(outbox().map((r) => [r.toAddress, r.kind, r.language])).toEqual([
      ['a1@ocsc.test', 'returned', 'th'],
      ['a2@ocsc.test', 'returned', 'en'],
    ]);
    expect(await send()).toEqual({ sent: 2, failed: 0 });
    const th = sink.messages.find((m) => m.text?.includes('โปรดแนบหนังสือรับรองผล') && m.subject?.startsWith('ส่งคืน'))!;
    expect(th.subject).toBe('ส่งคืนให้แก้ไข: S3-EX-01 ปี 2569');
    expect(th.html).toContain('โปรดแนบหนังสือรับรองผล');
    expect(th.text).toContain('http://tracker.test/reporting?year=2569&indicator=S3-EX-01');
    const en = sink.messages.find((m) => m.subject?.startsWith('Returned'))!;
    expect(en.text).toContain('โปรดแนบหนังสือรับรองผล');
    expect(en.text).toContain('http://tracker.test/reporting?year=2569&indicator=S3-EX-01&lang=en');
    // Nobody else: not agency B, not the deactivated reporter, not the reviewer.
    const delivered = sink.messages.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address).sort();
    expect(delivered).toEqual(['a1@ocsc.test', 'a2@ocsc.test']);
    expect(outbox().every((r) => r.userId !== null && [ids.reporterA.id, secondA.id].includes(r.userId))).toBe(true);
  });

  it('an approval sends an approval notice; a person who turned approvals off gets none', async () => {
    const { ids, submitted, secondA } = t.world;
    t.db.insert(mailOptOuts).values({ userId: secondA.id, kind: 'approved' }).run();
    await callerFor(t.db, ids.admin).review.approve(submitted);
    expect(outbox().map((r) => [r.toAddress, r.kind])).toEqual([['a1@ocsc.test', 'approved']]);
    await send();
    expect(sink.messages.map((m) => m.subject)).toEqual(['อนุมัติแล้ว: S3-EX-01 ปี 2569']);
  });

  it('a refused review queues nothing (the notice is part of the same transaction)', async () => {
    const { ids, submitted } = t.world;
    await expectTrpcError(callerFor(t.db, ids.admin).review.return({ ...submitted, version: submitted.version + 5, comment: 'x' }), 'stale_version');
    await expectTrpcError(callerFor(t.db, ids.reporterA).review.approve(submitted), 'forbidden_role');
    expect(outbox()).toEqual([]);
  });

  it('returned, corrected and returned again: a second notice (a new decision), never a duplicate of the first', async () => {
    const { ids, submitted, ind } = t.world;
    const returned = await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'ครั้งที่ 1' });
    const again = saveValue(t.db, ids.reporterA, { indicatorId: ind['S3-EX-01']!, year: 2569, value: 13, version: returned.version, intent: 'submit' });
    await callerFor(t.db, ids.admin).review.return({ id: again.id, version: again.version, comment: 'ครั้งที่ 2' });
    expect(outbox().filter((r) => r.toAddress === 'a1@ocsc.test').map((r) => JSON.parse(r.payload).comment)).toEqual(['ครั้งที่ 1', 'ครั้งที่ 2']);
  });
});
