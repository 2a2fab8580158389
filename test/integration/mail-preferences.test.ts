// E-mail settings, signed unsubscribe links (page and RFC 8058 one-click), addresses on accounts,
// and the secretariat's Outbox procedures.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { mailOptOuts, mailOutbox, users } from '../../db/schema';
import { buildApp } from '../../server/app';
import { enqueueMail } from '../../server/notifications/outbox';
import { signUnsubscribe, unsubscribeKey } from '../../server/notifications/unsubscribe';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { setupReporting } from '../helpers/reporting';

function prepare(db: Db) {
  const world = setupReporting(db);
  db.update(users).set({ email: 'a@ocsc.test' }).where(eq(users.id, world.ids.reporterA.id)).run();
  return world;
}

describe('e-mail settings and unsubscribe links', () => {
  const t = freshDbPerTest(prepare);
  const optOutsOf = (id: number) => t.db.select({ kind: mailOptOuts.kind }).from(mailOptOuts).where(eq(mailOptOuts.userId, id)).all().map((r) => r.kind).sort();

  it('a reporter sees the e-mails that apply to them and turns one off; the language is theirs to choose', async () => {
    const me = callerFor(t.db, t.world.ids.reporterA);
    const prefs = await me.notification.preferences();
    expect(prefs).toMatchObject({ email: 'a@ocsc.test', language: 'th' });
    expect(prefs.kinds.map((k) => k.kind)).toEqual(['period_opened', 'reminder', 'overdue', 'returned', 'approved']);
    expect(prefs.kinds.every((k) => k.enabled)).toBe(true);
    const after = await me.notification.setPreferences({ version: prefs.version, language: 'en', optOut: ['approved', 'reminder'] });
    expect(after.language).toBe('en');
    expect(after.kinds.filter((k) => !k.enabled).map((k) => k.kind)).toEqual(['reminder', 'approved']);
    expect(optOutsOf(t.world.ids.reporterA.id)).toEqual(['approved', 'reminder']);
    // A stale version is refused; a kind that does not apply to the role is refused.
    await expectTrpcError(me.notification.setPreferences({ version: prefs.version, language: 'th', optOut: [] }), 'stale_version');
    await expectTrpcError(callerFor(t.db, t.world.ids.admin).notification.setPreferences({ version: 1, language: 'th', optOut: ['reminder'] }), 'invalid_option', 'optOut');
  });

  it('a signed link turns that kind off for that person; an altered one changes nothing', async () => {
    const id = t.world.ids.reporterA.id;
    const token = signUnsubscribe(unsubscribeKey(t.db), id, 'reminder');
    const anon = callerFor(t.db);
    expect(await anon.notification.unsubscribe({ token })).toEqual({ kind: 'reminder' });
    expect(await anon.notification.unsubscribe({ token })).toEqual({ kind: 'reminder' });
    expect(optOutsOf(id)).toEqual(['reminder']);
    const before = tableCounts(t.db);
    // Someone else's id or another kind with this signature, or a made-up signature: refused.
    for (const bad of [token.replace(`${id}.`, `${t.world.ids.reporterB.id}.`), token.replace('reminder', 'approved'), `${id}.returned.${'A'.repeat(43)}`, 'nonsense']) {
      await expectTrpcError(anon.notification.unsubscribe({ token: bad }), 'invalid_link', 'token');
    }
    expect(tableCounts(t.db)).toEqual(before);
  });

  it('one-click (RFC 8058): a mail client POSTs to the signed link; a browser GET is sent to the page that asks first', async () => {
    const app = await buildApp({ db: t.db, serveClient: false, logger: false });
    try {
      const token = signUnsubscribe(unsubscribeKey(t.db), t.world.ids.reporterA.id, 'approved');
      const post = await app.inject({ method: 'POST', url: `/mail/unsubscribe?t=${encodeURIComponent(token)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
      expect(post.statusCode).toBe(200);
      expect(optOutsOf(t.world.ids.reporterA.id)).toEqual(['approved']);
      const bad = await app.inject({ method: 'POST', url: `/mail/unsubscribe?t=${encodeURIComponent(token.slice(0, -2))}xx`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toEqual({ error: { code: 'invalid_link', field: 'token' } });
      const get = await app.inject({ method: 'GET', url: `/mail/unsubscribe?t=${encodeURIComponent(token)}` });
      expect(get.statusCode).toBe(303);
      expect(get.headers.location).toBe(`/unsubscribe?t=${encodeURIComponent(token)}`);
    } finally {
      await app.close();
    }
  });

  it('addresses on accounts: set by the secretariat, validated, lower-cased and unique', async () => {
    const admin = callerFor(t.db, t.world.ids.admin);
    const created = await admin.user.create({ username: 'mailer', displayName: 'M', role: 'analyst', agencyId: null, email: '  Somsri@Agency.GO.TH ', password: 'long enough password' });
    expect(created.email).toBe('somsri@agency.go.th');
    await expectTrpcError(admin.user.create({ username: 'mailer2', displayName: 'M', role: 'analyst', agencyId: null, email: 'a@ocsc.test', password: 'long enough password' }), 'duplicate', 'email');
    await expectTrpcError(admin.user.create({ username: 'mailer3', displayName: 'M', role: 'analyst', agencyId: null, email: 'not an address', password: 'long enough password' }), 'invalid_email', 'email');
    const updated = await admin.user.update({ id: created.id, version: created.version, displayName: 'M', role: 'analyst', agencyId: null, active: true, email: null });
    expect(updated.email).toBeNull();
    // Left out of an update: unchanged.
    const kept = await admin.user.update({ id: t.world.ids.reporterA.id, version: 1, displayName: 'A', role: 'reporter', agencyId: t.world.agencyIds.OCSC, active: true });
    expect(kept.email).toBe('a@ocsc.test');
  });
});

describe('the Outbox procedures', () => {
  const t = freshDbPerTest(prepare);

  it('lists messages with counts and shows one rendered, with the unsubscribe token hidden', async () => {
    const r = { id: t.world.ids.reporterA.id, email: 'a@ocsc.test', language: 'th' as const };
    enqueueMail(t.db, { dedupeKey: 'one', recipient: r, payload: { kind: 'approved', year: 2569, indicator: { code: 'S3-EX-01', nameTh: 'ตัวชี้วัด', nameEn: 'Indicator' }, agency: null } }, new Date());
    const admin = callerFor(t.db, t.world.ids.admin);
    const summary = await admin.notification.outboxSummary();
    expect(summary.counts).toEqual({ queued: 1, sending: 0, sent: 0, failed: 0 });
    const list = await admin.notification.outbox({ state: 'queued', limit: 10, offset: 0 });
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({ toAddress: 'a@ocsc.test', kind: 'approved', state: 'queued', subject: 'อนุมัติแล้ว: S3-EX-01 ปี 2569' });
    const message = await admin.notification.message({ id: list.rows[0]!.id });
    expect(message.text).toContain('/unsubscribe?t=…');
    expect(message.text).not.toMatch(/t=\d+\.approved\./);
    expect(message.html).not.toMatch(/t=\d+\.approved\./);
  });

  it('resends a failed message; refuses to resend one that was sent', async () => {
    const r = { id: t.world.ids.reporterA.id, email: 'a@ocsc.test', language: 'th' as const };
    enqueueMail(t.db, { dedupeKey: 'failed', recipient: r, payload: { kind: 'test' } }, new Date());
    enqueueMail(t.db, { dedupeKey: 'sent', recipient: r, payload: { kind: 'test' } }, new Date());
    t.db.update(mailOutbox).set({ state: 'failed', attempts: 6, lastError: '550 no such user', nextAttemptAt: '2999-01-01T00:00:00.000Z' }).where(eq(mailOutbox.dedupeKey, 'failed')).run();
    t.db.update(mailOutbox).set({ state: 'sent' }).where(eq(mailOutbox.dedupeKey, 'sent')).run();
    const [failed, sent] = t.db.select().from(mailOutbox).orderBy(mailOutbox.id).all();
    const admin = callerFor(t.db, t.world.ids.admin);
    const at = new Date();
    await admin.notification.resend({ id: failed!.id });
    const after = t.db.select().from(mailOutbox).where(eq(mailOutbox.id, failed!.id)).get()!;
    expect(after).toMatchObject({ state: 'queued', attempts: 0, lastError: '550 no such user' });
    expect(Date.parse(after.nextAttemptAt)).toBeGreaterThanOrEqual(at.getTime() - 1000);
    await expectTrpcError(admin.notification.resend({ id: sent!.id }), 'not_resendable', 'state');
  });
});
