// In-app notices (the header's list), per-period reminder days and the committee's digest before a
// meeting: recorded by the one notify() for everyone concerned — without an address, or with that
// e-mail turned off, too — while the e-mail goes only to those who receive it.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { mailOptIns, mailOptOuts, mailOutbox, notifications, reportingPeriods, users } from '../../db/schema';
import { queueDeadlineMail } from '../../server/notifications/reminders';
import { createSender } from '../../server/notifications/sender';
import { saveValue } from '../../server/reporting/submissions';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { isoDay, setupReporting } from '../helpers/reporting';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';

const settings = { from: 'Tracker <no-reply@tracker.test>', publicUrl: 'http://tracker.test', messageIdDomain: 'tracker.test' };

function prepare(db: Db) {
  const world = setupReporting(db);
  // Agency A (OCSC): reporterA with an address; one without any; one who turned returned values off.
  const noMail = insertUser(db, 'reporter', 'OCSC');
  const optedOut = insertUser(db, 'reporter', 'OCSC');
  const setMail = (id: number, email: string) => db.update(users).set({ email }).where(eq(users.id, id)).run();
  setMail(world.ids.reporterA.id, 'a@ocsc.test');
  setMail(optedOut.id, 'quiet@ocsc.test');
  setMail(world.ids.reporterB.id, 'b@udon.test');
  db.insert(mailOptOuts).values({ userId: optedOut.id, kind: 'returned' }).run();
  const submitted = saveValue(db, world.ids.reporterA, { indicatorId: world.ind['S3-EX-01']!, year: 2569, value: 12, version: null, intent: 'submit' });
  return { ...world, noMail, optedOut, submitted: { id: submitted.id, version: submitted.version } };
}

/** 08:00 in Bangkok, `daysBefore` days before the deadline of 2569. */
function morning(db: Db, daysBefore: number): Date {
  const { deadline } = db.select({ deadline: reportingPeriods.deadline }).from(reportingPeriods).where(eq(reportingPeriods.year, 2569)).get()!;
  return new Date(Date.parse(`${deadline}T01:00:00Z`) - daysBefore * 86_400_000);
}

let sink: SmtpSink;
beforeEach(async () => void (sink = await startSmtpSink()));
afterEach(async () => sink.close());

describe('in-app notices', () => {
  const t = freshDbPerTest(prepare);
  const noticesOf = (userId: number) => t.db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.id).all();

  it('a returned value is noticed in the app by every reporter of the agency; the e-mail only reaches those who receive it', async () => {
    const { ids, submitted, noMail, optedOut } = t.world;
    await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'โปรดแนบหลักฐาน' });
    for (const who of [ids.reporterA, noMail, optedOut]) {
      expect(noticesOf(who.id).map((n) => [n.kind, n.path, n.readAt])).toEqual([['returned', '/reporting?year=2569&indicator=S3-EX-01', null]]);
    }
    expect(noticesOf(ids.reporterB.id)).toEqual([]);
    expect(noticesOf(ids.admin.id)).toEqual([]);
    expect(t.db.select({ to: mailOutbox.toAddress }).from(mailOutbox).all()).toEqual([{ to: 'a@ocsc.test' }]);
  });

  it('mine lists the newest first with a title in the reader\'s language, the comment and an unread count; opening one and "mark all read" lower it', async () => {
    const { ids, submitted, noMail, ind } = t.world;
    const returned = await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'โปรดแนบหลักฐาน' });
    const again = saveValue(t.db, ids.reporterA, { indicatorId: ind['S3-EX-01']!, year: 2569, value: 13, version: returned.version, intent: 'submit' });
    await callerFor(t.db, ids.admin).review.approve({ id: again.id, version: again.version });

    const me = callerFor(t.db, noMail);
    const th = await me.notification.mine({ limit: 10, offset: 0, language: 'th' });
    expect(th.unread).toBe(2);
    expect(th.total).toBe(2);
    expect(th.rows.map((r) => [r.kind, r.title, r.comment])).toEqual([
      ['approved', 'อนุมัติแล้ว: S3-EX-01 ปี 2569', null],
      ['returned', 'ส่งคืนให้แก้ไข: S3-EX-01 ปี 2569', 'โปรดแนบหลักฐาน'],
    ]);
    const en = await me.notification.mine({ limit: 1, offset: 0, language: 'en' });
    expect(en.rows.map((r) => r.title)).toEqual(['Approved: S3-EX-01 2569 BE']);
    expect(en.total).toBe(2);

    expect(await me.notification.markRead({ ids: [th.rows[1]!.id] })).toEqual({ unread: 1 });
    const after = await me.notification.mine({ limit: 10, offset: 0, language: 'th' });
    expect(after.rows.map((r) => r.readAt !== null)).toEqual([false, true]);
    expect(await me.notification.markRead({ all: true })).toEqual({ unread: 0 });
  });

  it("nobody can read or mark another person's notices, and visitors have none", async () => {
    const { ids, submitted, noMail } = t.world;
    await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'x' });
    const theirs = noticesOf(noMail.id).map((n) => n.id);
    // reporterA names noMail's notice: nothing changes for noMail (nor for A, whose own stays unread).
    expect(await callerFor(t.db, ids.reporterA).notification.markRead({ ids: theirs })).toEqual({ unread: 1 });
    expect(noticesOf(noMail.id).every((n) => n.readAt === null)).toBe(true);
    // "All" is the caller's all.
    await callerFor(t.db, ids.reporterB).notification.markRead({ all: true });
    expect((await callerFor(t.db, noMail).notification.mine({ limit: 10, offset: 0, language: 'th' })).unread).toBe(1);
    expect((await callerFor(t.db, ids.reporterB).notification.mine({ limit: 10, offset: 0, language: 'th' })).rows).toEqual([]);
    await expectTrpcError(callerFor(t.db).notification.mine({ limit: 10, offset: 0, language: 'th' }), 'unauthenticated');
    await expectTrpcError(callerFor(t.db).notification.markRead({ all: true }), 'unauthenticated');
  });

  it('reminders reach reporters without an address in the app, once, and the secretariat sees its digest there', async () => {
    const { noMail, ids } = t.world;
    const run = queueDeadlineMail(t.db, morning(t.db, 7));
    expect(run.reminders).toBe(3); // a@, quiet@ (reminders are not turned off) and b@ — by e-mail
    expect(noticesOf(noMail.id).map((n) => [n.kind, JSON.parse(n.payload).daysBefore ?? null, n.path])).toEqual([
      ['period_opened', null, '/reporting?year=2569'],
      ['reminder', 7, '/reporting?year=2569'],
    ]);
    const list = await callerFor(t.db, noMail).notification.mine({ limit: 10, offset: 0, language: 'th' });
    expect(list.rows[0]).toMatchObject({ kind: 'reminder', title: 'เตือน: อีก 7 วันถึงกำหนดส่งรายงานปี 2569 (2 รายการ)', summary: 'ยังไม่ได้ส่ง: S1-EX-01, S1-EX-02' });
    const again = queueDeadlineMail(t.db, morning(t.db, 7));
    expect(again.notices).toBe(0);
    expect(again.reminders).toBe(0);
    expect(noticesOf(noMail.id)).toHaveLength(2);
    // The admin has no address: the digest (a value was submitted in setup, "now") is noticed in the app only.
    const today = queueDeadlineMail(t.db, new Date());
    expect(today.notices).toBeGreaterThanOrEqual(1);
    const digests = noticesOf(ids.admin.id);
    expect(digests.length).toBeGreaterThanOrEqual(1);
    expect(digests.every((n) => n.kind === 'digest' && n.path === '/review')).toBe(true);
    expect(t.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'digest')).all()).toEqual([]);
  });

  it('a deactivated reporter gets no notice', async () => {
    const { ids, submitted, noMail } = t.world;
    t.db.update(users).set({ active: false }).where(eq(users.id, noMail.id)).run();
    await callerFor(t.db, ids.admin).review.return({ ...submitted, comment: 'x' });
    expect(noticesOf(noMail.id)).toEqual([]);
  });
});

describe('reminder days set per period', () => {
  const t = freshDbPerTest(prepare);
  const reminderDays = () => t.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'reminder')).all().map((r) => JSON.parse(r.payload).daysBefore as number);

  it('a new period reminds 14, 7 and 1 days before unless told otherwise; the admin sets its own days', async () => {
    const admin = callerFor(t.db, t.world.ids.admin);
    const created = await admin.period.create({ year: 2571, opensOn: isoDay(400), deadline: isoDay(500) });
    expect(created.reminderDays).toEqual([14, 7, 1]);
    const p = (await admin.period.list()).find((x) => x.year === 2569)!;
    const updated = await admin.period.update({ id: p.id, version: p.version, opensOn: p.opensOn, deadline: p.deadline, locked: false, reminderDays: [1, 3] });
    expect(updated.reminderDays).toEqual([3, 1]); // stored largest first
  });

  it('refuses days outside 1–90, repeated, more than five or none, naming the field', async () => {
    const admin = callerFor(t.db, t.world.ids.admin);
    const p = (await admin.period.list()).find((x) => x.year === 2569)!;
    for (const reminderDays of [[0], [91], [7, 7], [30, 20, 14, 7, 3, 1], [], [1.5]]) {
      await expectTrpcError(admin.period.update({ id: p.id, version: p.version, opensOn: p.opensOn, deadline: p.deadline, locked: false, reminderDays }), 'invalid_reminder_days', 'reminderDays');
    }
  });

  it('a period with [3] reminds 3 days before and not 7; the 3-day reminder is the last one, which nobody can turn off', async () => {
    const admin = callerFor(t.db, t.world.ids.admin);
    const p = (await admin.period.list()).find((x) => x.year === 2569)!;
    await admin.period.update({ id: p.id, version: p.version, opensOn: p.opensOn, deadline: p.deadline, locked: false, reminderDays: [3] });
    t.db.insert(mailOptOuts).values({ userId: t.world.ids.reporterA.id, kind: 'reminder' }).run();
    for (const d of [14, 7, 6, 5, 4]) queueDeadlineMail(t.db, morning(t.db, d));
    expect(reminderDays()).toEqual([]);
    queueDeadlineMail(t.db, morning(t.db, 3));
    queueDeadlineMail(t.db, morning(t.db, 2));
    // a@ (turned reminders off, still gets the last one), quiet@ and b@.
    expect(reminderDays()).toEqual([3, 3, 3]);
    expect(t.db.select({ to: mailOutbox.toAddress }).from(mailOutbox).where(eq(mailOutbox.kind, 'reminder')).all().map((r) => r.to).sort()).toEqual(['a@ocsc.test', 'b@udon.test', 'quiet@ocsc.test']);
    await createSender({ db: t.db, transport: sink.transport(), settings, now: () => new Date(Date.now() + 400 * 86_400_000) }).drain();
    const subjects = sink.messages.map((m) => m.subject ?? '').filter((s) => s.startsWith('เตือน'));
    expect(subjects).toHaveLength(3);
    expect(subjects.every((s) => s.startsWith('เตือน: อีก 3 วันถึงกำหนดส่งรายงานปี 2569'))).toBe(true);
  });
});

describe("the committee's digest before a meeting", () => {
  const t = freshDbPerTest((db) => {
    const world = prepare(db);
    // Two committee members with addresses: one asked for the digest, the other did not.
    const keen = world.ids.committee;
    const other = insertUser(db, 'committee');
    db.update(users).set({ email: 'keen@committee.test' }).where(eq(users.id, keen.id)).run();
    db.update(users).set({ email: 'other@committee.test', language: 'en' }).where(eq(users.id, other.id)).run();
    return { ...world, keen, other };
  });
  /** 08:00 in Bangkok `daysBefore` days before `date`. */
  const before = (date: string, daysBefore: number) => new Date(Date.parse(`${date}T01:00:00Z`) - daysBefore * 86_400_000);

  it('is off until a member turns it on on the account page; then it arrives 3 days before, once, with the counts and the link to the pack', async () => {
    const { ids, keen, other } = t.world;
    const admin = callerFor(t.db, ids.admin);
    const date = isoDay(60);
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 3/2569', numberEn: 'No. 3/2569', meetingDate: date, agenda: [] });
    await admin.meeting.saveAction({ meetingId: m.id, kind: 'action', textTh: 'ติดตามผลจังหวัด', dueDate: isoDay(-5), status: 'open' });
    await admin.meeting.saveAction({ meetingId: m.id, kind: 'action', textTh: 'จัดทำรายงาน', dueDate: null, status: 'in_progress' });

    // Off by default: listed on the account page, not enabled.
    const prefs = await callerFor(t.db, keen).notification.preferences();
    expect(prefs.kinds).toEqual([{ kind: 'meeting_digest', optIn: true, enabled: false }]);
    const on = await callerFor(t.db, keen).notification.setPreferences({ version: prefs.version, language: 'th', optOut: [], optIn: ['meeting_digest'] });
    expect(on.kinds).toEqual([{ kind: 'meeting_digest', optIn: true, enabled: true }]);
    // An opt-in kind cannot be "opted out" of, nor a reporter's kind asked for.
    await expectTrpcError(callerFor(t.db, keen).notification.setPreferences({ version: on.version, language: 'th', optOut: ['meeting_digest'], optIn: [] }), 'invalid_option', 'optOut');

    expect(queueDeadlineMail(t.db, before(date, 4)).meetingDigests).toBe(0);
    const run = queueDeadlineMail(t.db, before(date, 3));
    expect(run.meetingDigests).toBe(1);
    expect(queueDeadlineMail(t.db, before(date, 2)).meetingDigests).toBe(0);
    const rows = t.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'meeting_digest')).all();
    expect(rows.map((r) => r.toAddress)).toEqual(['keen@committee.test']);
    // Both members see it in the app (the e-mail is what one asks for).
    const notices = t.db.select().from(notifications).where(eq(notifications.kind, 'meeting_digest')).all();
    expect(notices.map((n) => [n.userId, n.path]).sort()).toEqual([[keen.id, '/report'], [other.id, '/report']].sort());

    await createSender({ db: t.db, transport: sink.transport(), settings, now: () => new Date(Date.now() + 400 * 86_400_000) }).drain();
    const mail = sink.messages.find((msg) => msg.subject?.includes('ครั้งที่ 3/2569'))!;
    expect(mail.subject).toMatch(/^อีก 3 วันถึงการประชุม ครั้งที่ 3\/2569 \(/);
    expect(mail.text).toContain('มติและงานที่ยังไม่แล้วเสร็จ: 2 รายการ (เลยกำหนด 1)');
    expect(mail.text).toMatch(/ตัวชี้วัดที่ไม่เป็นไปตามเป้า: \d+ จาก \d+/);
    expect(mail.text).toContain('http://tracker.test/report');
    expect(mail.html).toContain('href="http://tracker.test/report"');
    // The e-mail's own link turns the digest off again (removes the member's request for it).
    const token = decodeURIComponent(/\/unsubscribe\?t=([^\s&]+)/.exec(mail.text ?? '')![1]!);
    expect(await callerFor(t.db).notification.unsubscribe({ token })).toEqual({ kind: 'meeting_digest' });
    expect(t.db.select().from(mailOptIns).all()).toEqual([]);
  });

  it('links to the frozen pack once the meeting has one', async () => {
    const { ids, keen } = t.world;
    t.db.insert(mailOptIns).values({ userId: keen.id, kind: 'meeting_digest' }).run();
    const admin = callerFor(t.db, ids.admin);
    const date = isoDay(60);
    const m = await admin.meeting.save({ numberTh: 'ครั้งที่ 4/2569', meetingDate: date, agenda: [] });
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      await admin.meeting.freeze({ meetingId: m.id });
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
    queueDeadlineMail(t.db, before(date, 1));
    const row = t.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'meeting_digest')).get()!;
    expect(JSON.parse(row.payload)).toMatchObject({ packVersion: 1, daysBefore: 1, meetingId: m.id });
    expect(t.db.select({ path: notifications.path }).from(notifications).where(eq(notifications.userId, keen.id)).all()).toEqual([{ path: `/meetings/${m.id}/pack` }]);
  });
});
