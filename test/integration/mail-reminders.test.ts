// Deadline mail with an injected clock: reminders 14/7/1 days before, once each, only to agencies
// with work left; the opening notice; the overdue notice; the secretariat's digest.
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { mailOptOuts, mailOutbox, reportingPeriods, users } from '../../db/schema';
import { queueDeadlineMail } from '../../server/notifications/reminders';
import { createSender } from '../../server/notifications/sender';
import { saveValue } from '../../server/reporting/submissions';
import { freshDbPerTest } from '../helpers/db';
import { setupReporting } from '../helpers/reporting';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';

const settings = { from: 'Tracker <no-reply@tracker.test>', publicUrl: 'http://tracker.test', messageIdDomain: 'tracker.test' };

/** 08:00 in Bangkok, `days` days before (negative: after) the deadline of 2569. */
function morning(db: Db, daysBefore: number): Date {
  const { deadline } = db.select({ deadline: reportingPeriods.deadline }).from(reportingPeriods).where(eq(reportingPeriods.year, 2569)).get()!;
  return new Date(Date.parse(`${deadline}T01:00:00Z`) - daysBefore * 86_400_000);
}

function prepare(db: Db) {
  const world = setupReporting(db);
  const setMail = (id: number, email: string) => db.update(users).set({ email }).where(eq(users.id, id)).run();
  setMail(world.ids.reporterA.id, 'a@ocsc.test');
  setMail(world.ids.reporterB.id, 'b@udon.test');
  setMail(world.ids.admin.id, 'secretariat@ocsc.test');
  return world;
}

let sink: SmtpSink;
beforeEach(async () => void (sink = await startSmtpSink()));
afterEach(async () => sink.close());

describe('deadline mail', () => {
  const t = freshDbPerTest(prepare);
  const rows = (kind?: string) => t.db.select().from(mailOutbox).where(kind ? eq(mailOutbox.kind, kind as 'reminder') : undefined).orderBy(mailOutbox.id).all();
  // Messages are due from the (injected) time they were queued: send with a clock past all of them.
  const send = (at = new Date(Date.now() + 400 * 86_400_000)) => createSender({ db: t.db, transport: sink.transport(), settings, now: () => at }).drain();
  const submitAll = (who: 'reporterA' | 'reporterB', codes: string[]) => {
    for (const code of codes) saveValue(t.db, t.world.ids[who], { indicatorId: t.world.ind[code]!, year: 2569, value: 1, version: null, intent: 'submit' });
  };

  it('a reminder 7 days before the deadline arrives once, in Thai, listing what is left with links to each form', async () => {
    // Agency B (P41) has submitted everything it must report; agency A has not.
    submitAll('reporterB', ['S3-EX-01']);
    submitAll('reporterA', ['S3-EX-01']);
    const first = queueDeadlineMail(t.db, morning(t.db, 7));
    expect(first.reminders).toBe(1);
    // The same morning again, the next morning (6 days left), another process: nothing new.
    expect(queueDeadlineMail(t.db, morning(t.db, 7)).reminders).toBe(0);
    expect(queueDeadlineMail(t.db, morning(t.db, 6)).reminders).toBe(0);
    expect(rows('reminder').map((r) => r.toAddress)).toEqual(['a@ocsc.test']);

    await send();
    const reminders = sink.messages.filter((m) => m.subject?.startsWith('เตือน'));
    expect(reminders).toHaveLength(1);
    const mail = reminders[0]!;
    expect(mail.subject).toBe('เตือน: อีก 7 วันถึงกำหนดส่งรายงานปี 2569 (2 รายการ)');
    expect(mail.text).toContain('S1-EX-02');
    expect(mail.text).toContain('S1-EX-01');
    expect(mail.text).not.toContain('S3-EX-01 —'); // submitted: not listed
    expect(mail.text).toContain('http://tracker.test/reporting?year=2569&indicator=S1-EX-02');
    expect(mail.text).toMatch(/25\d\d/); // the deadline in B.E.
    expect(mail.html).toContain('href="http://tracker.test/reporting?year=2569&amp;indicator=S1-EX-02"');
  });

  it('no reminder goes to an agency that has submitted everything', () => {
    submitAll('reporterA', ['S3-EX-01', 'S1-EX-02', 'S1-EX-01']);
    submitAll('reporterB', ['S3-EX-01']);
    for (const d of [14, 7, 1]) queueDeadlineMail(t.db, morning(t.db, d));
    expect(rows('reminder')).toEqual([]);
    expect(queueDeadlineMail(t.db, morning(t.db, -1)).overdue).toBe(0);
  });

  it('14, 7 and 1 days before: three reminders; before the first, none', () => {
    expect(queueDeadlineMail(t.db, morning(t.db, 20)).reminders).toBe(0);
    for (let d = 14; d >= 0; d--) queueDeadlineMail(t.db, morning(t.db, d));
    const keys = rows('reminder').map((r) => JSON.parse(r.payload).daysBefore as number);
    expect(keys.sort((a, b) => a - b)).toEqual([1, 1, 7, 7, 14, 14]); // agencies A and B
  });

  it('a reporter who turned reminders off still gets the last one before the deadline', () => {
    t.db.insert(mailOptOuts).values({ userId: t.world.ids.reporterA.id, kind: 'reminder' }).run();
    for (const d of [14, 7, 1]) queueDeadlineMail(t.db, morning(t.db, d));
    const toA = rows('reminder').filter((r) => r.toAddress === 'a@ocsc.test');
    expect(toA.map((r) => JSON.parse(r.payload).daysBefore)).toEqual([1]);
  });

  it('the overdue notice goes once, the day after the deadline', () => {
    queueDeadlineMail(t.db, morning(t.db, -1));
    queueDeadlineMail(t.db, morning(t.db, -2));
    expect(rows('overdue').map((r) => r.toAddress).sort()).toEqual(['a@ocsc.test', 'b@udon.test']);
  });

  it('the opening notice is derived from the state: a reporter added after the period opened still gets it', () => {
    queueDeadlineMail(t.db, morning(t.db, 25));
    expect(rows('period_opened').map((r) => r.toAddress).sort()).toEqual(['a@ocsc.test', 'b@udon.test']);
    const late = insertUser(t.db, 'reporter', 'P41');
    t.db.update(users).set({ email: 'late@udon.test' }).where(eq(users.id, late.id)).run();
    queueDeadlineMail(t.db, morning(t.db, 24));
    expect(rows('period_opened').map((r) => r.toAddress).sort()).toEqual(['a@ocsc.test', 'b@udon.test', 'late@udon.test']);
  });

  it('no mail for a locked period, or to a deactivated reporter', () => {
    const p = t.db.select().from(reportingPeriods).where(eq(reportingPeriods.year, 2569)).get()!;
    t.db.update(users).set({ active: false }).where(eq(users.id, t.world.ids.reporterB.id)).run();
    queueDeadlineMail(t.db, morning(t.db, 7));
    expect(rows().filter((r) => r.toAddress === 'b@udon.test')).toEqual([]);
    t.db.$client.prepare('update reporting_period set locked = 1 where id = ?').run(p.id);
    t.db.delete(mailOutbox).run();
    queueDeadlineMail(t.db, morning(t.db, 1));
    expect(rows().filter((r) => r.kind !== 'digest')).toEqual([]);
  });

  it("the secretariat's digest lists the day's submissions, once a day", async () => {
    submitAll('reporterA', ['S3-EX-01']);
    // Submitted "now" (real time) is within 24 hours of a clock set to now as well.
    const now = new Date();
    expect(queueDeadlineMail(t.db, now).digests).toBe(1);
    expect(queueDeadlineMail(t.db, now).digests).toBe(0);
    const [digest] = t.db.select().from(mailOutbox).where(and(eq(mailOutbox.kind, 'digest'))).all();
    expect(digest!.toAddress).toBe('secretariat@ocsc.test');
    await send();
    const mail = sink.messages.find((m) => m.subject?.startsWith('สรุปประจำวัน'))!;
    expect(mail.text).toContain('S3-EX-01');
    expect(mail.text).toContain('http://tracker.test/review');
  });
});
