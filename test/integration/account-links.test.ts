// Accounts without hand-delivered passwords (issue 12): invitations, forgot password, a new address
// confirmed from that address, the password rule, and sign-in events in the audit trail (issue 11).
import { and, eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountTokens, agencies, auditLog, loginAttempts, mailOutbox, sessions, users } from '../../db/schema';
import { LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS } from '../../server/accounts/auth';
import { hashedName } from '../../server/accounts/auth-audit';
import { RESET_MAX_PER_ACCOUNT_PER_HOUR } from '../../server/accounts/links';
import { passwordStrength } from '../../server/accounts/password-rules';
import { hashPassword } from '../../server/accounts/passwords';
import { insertUser as insertAccount } from '../../server/accounts/users';
import { createSender } from '../../server/notifications/sender';
import { outboxMessage } from '../../server/notifications/service';
import { browserFor, callerFor } from '../helpers/caller';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { insertUser } from '../helpers/users';

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'lantern orchid seventy rivers';
const settings = { from: 'Tracker <no-reply@tracker.test>', publicUrl: 'http://tracker.test', messageIdDomain: 'tracker.test' };

const fresh = freshDbPerTest(async (db) => {
  const ocsc = db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, 'OCSC')).get()!.id;
  const malee = insertAccount(db, { username: 'malee', displayName: 'Malee', role: 'reporter', agencyId: ocsc, email: 'malee@ocsc.go.th', passwordHash: await hashPassword(PASSWORD) }, null);
  return { admin: insertUser(db, 'admin'), ocsc, malee };
});
const asAdmin = () => callerFor(fresh.db, fresh.world.admin);
const tokenOf = (kind: string) => {
  const row = fresh.db.select({ payload: mailOutbox.payload }).from(mailOutbox).where(eq(mailOutbox.kind, kind as 'invitation')).orderBy(mailOutbox.id).all().at(-1);
  return (JSON.parse(row!.payload) as { token: string }).token;
};
const audits = (action: string) => fresh.db.select().from(auditLog).where(eq(auditLog.action, action)).all();

let sink: SmtpSink;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.close();
});

describe('the password rule (zxcvbn, one place)', () => {
  it.each([
    ['password12', false],
    ['qwertyuiop12', false],
    ['Malee12345', false],
    ['malee@ocsc.go.th', false],
    [NEW_PASSWORD, true],
    ['ThaiEthics-Plan-2569!', true],
  ])('%s strong enough: %s', (password, ok) => {
    expect(passwordStrength(password, ['malee', 'Malee', 'malee@ocsc.go.th']).ok).toBe(ok);
  });

  it('refuses password12 wherever a password is set, with the field and a hint, and stores nothing', async () => {
    const before = tableCounts(fresh.db);
    const weak = await expectTrpcError(asAdmin().user.create({ username: 'weakling', displayName: 'W', role: 'analyst', password: 'password12' }), 'weak_password', 'password');
    expect(weak.params).toMatchObject({ minimum: 10, hint: 'common' });
    await expectTrpcError(asAdmin().user.resetPassword({ id: fresh.world.malee.id, password: 'password12' }), 'weak_password', 'password');
    const { caller } = browserFor(fresh.db);
    await caller().auth.login({ username: 'malee', password: PASSWORD });
    await expectTrpcError(caller().auth.changePassword({ currentPassword: PASSWORD, newPassword: 'password12' }), 'weak_password', 'newPassword');
    // The person's own name in the password counts as guessable.
    const own = await expectTrpcError(caller().auth.changePassword({ currentPassword: PASSWORD, newPassword: 'Malee12345' }), 'weak_password', 'newPassword');
    expect(own.params?.hint).toBe('userInputs');
    expect(fresh.db.select({ h: users.passwordHash }).from(users).where(eq(users.username, 'malee')).get()!.h).not.toContain('password12');
    // Sign-in rows and audit rows aside, nothing was written.
    const after = tableCounts(fresh.db);
    expect(after.user).toBe(before.user);
  });
});

describe('invitations', () => {
  const invite = () => asAdmin().user.invite({ displayName: 'สมหญิง ใจดี', email: 'Somying.J@udon.go.th', role: 'reporter', agencyId: fresh.world.ocsc, language: 'th' });

  it('creates the account without a password, queues the invitation through the outbox and stores only the hash of the token', async () => {
    const user = await invite();
    expect(user).toMatchObject({ username: 'somying.j', email: 'somying.j@udon.go.th', role: 'reporter' });
    const token = tokenOf('invitation');
    const stored = fresh.db.select().from(accountTokens).all();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Nobody can sign in to it before the password is set.
    await expectTrpcError(browserFor(fresh.db).caller().auth.login({ username: 'somying.j', password: '!invited' }), 'wrong_credentials');
    // The Outbox page shows the message with the token hidden.
    const id = fresh.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.kind, 'invitation')).get()!.id;
    const shown = outboxMessage(fresh.db, { id }, { ...settings, smtp: null });
    expect(shown.text).toContain('/welcome?t=…');
    expect(shown.text + shown.html).not.toContain(token);
    // Delivered by the sender to a real SMTP server: the link carries the token; the outbox keeps it no longer.
    await createSender({ db: fresh.db, transport: sink.transport(), settings }).drain();
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toContain('คำเชิญ');
    expect(mail!.text).toContain(`http://tracker.test/welcome?t=${token}`);
    expect(mail!.text).toContain('somying.j');
    expect(fresh.db.select({ payload: mailOutbox.payload }).from(mailOutbox).get()!.payload).not.toContain(token);
    expect(audits('auth.invitation_sent')).toHaveLength(1);
  });

  it('an invitation link sets the password once and is then refused', async () => {
    await invite();
    const token = tokenOf('invitation');
    const anon = callerFor(fresh.db);
    expect(await anon.auth.invitation({ token })).toMatchObject({ username: 'somying.j', displayName: 'สมหญิง ใจดี' });
    await expectTrpcError(anon.auth.acceptInvitation({ token, password: 'password12' }), 'weak_password', 'password');
    expect(await anon.auth.acceptInvitation({ token, password: NEW_PASSWORD })).toMatchObject({ ok: true, username: 'somying.j' });
    // Signs in by username and by address.
    expect((await browserFor(fresh.db).caller().auth.login({ username: 'somying.j', password: NEW_PASSWORD })).username).toBe('somying.j');
    expect((await browserFor(fresh.db, '10.0.0.2').caller().auth.login({ username: 'SOMYING.J@udon.go.th', password: NEW_PASSWORD })).username).toBe('somying.j');
    // The second use is refused and changes nothing.
    const hash = fresh.db.select({ h: users.passwordHash }).from(users).where(eq(users.username, 'somying.j')).get()!.h;
    await expectTrpcError(anon.auth.acceptInvitation({ token, password: 'another lantern orchid sky' }), 'link_used', 'token');
    await expectTrpcError(anon.auth.invitation({ token }), 'link_used', 'token');
    expect(fresh.db.select({ h: users.passwordHash }).from(users).where(eq(users.username, 'somying.j')).get()!.h).toBe(hash);
    expect(audits('auth.invitation_accepted')).toHaveLength(1);
  });

  it('an expired invitation link is refused, and a new one replaces the old', async () => {
    const user = await invite();
    const token = tokenOf('invitation');
    fresh.db.update(accountTokens).set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).run();
    await expectTrpcError(callerFor(fresh.db).auth.acceptInvitation({ token, password: NEW_PASSWORD }), 'link_expired', 'token');
    expect(fresh.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id)).get()!.h).toBe('!invited');
    await asAdmin().user.reinvite({ id: user.id });
    const second = tokenOf('invitation');
    expect(second).not.toBe(token);
    expect(await callerFor(fresh.db).auth.acceptInvitation({ token: second, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });

  it('refuses an unknown token, an admin role and a taken address', async () => {
    await expectTrpcError(callerFor(fresh.db).auth.acceptInvitation({ token: 'x'.repeat(43), password: NEW_PASSWORD }), 'invalid_link', 'token');
    await expectTrpcError(asAdmin().user.invite({ displayName: 'A', email: 'a@x.go.th', role: 'admin' as 'analyst', agencyId: null, language: 'th' }), 'invalid_option', 'role');
    await expectTrpcError(asAdmin().user.invite({ displayName: 'M', email: 'malee@ocsc.go.th', role: 'reporter', agencyId: fresh.world.ocsc, language: 'th' }), 'duplicate', 'email');
    expect(fresh.db.select().from(mailOutbox).all()).toHaveLength(0);
  });
});

describe('forgot password', () => {
  it('answers identically for known and unknown addresses; only the known one gets a link', async () => {
    const anon = browserFor(fresh.db).caller();
    const known = await anon.auth.requestPasswordReset({ email: 'malee@ocsc.go.th' });
    const unknown = await anon.auth.requestPasswordReset({ email: 'nobody@nowhere.go.th' });
    expect(unknown).toEqual(known);
    const queued = fresh.db.select().from(mailOutbox).all();
    expect(queued.map((m) => [m.kind, m.toAddress])).toEqual([['password_reset', 'malee@ocsc.go.th']]);
  });

  it('is rate-limited per address typed (the same for unknown ones) and per account', async () => {
    for (const email of ['malee@ocsc.go.th', 'nobody@nowhere.go.th']) {
      const anon = browserFor(fresh.db, '10.0.0.9').caller();
      for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) await anon.auth.requestPasswordReset({ email });
      const refused = await expectTrpcError(anon.auth.requestPasswordReset({ email }), 'too_many_requests');
      expect(refused.status).toBe('TOO_MANY_REQUESTS');
    }
    // However many addresses ask, the account is sent at most a few links an hour.
    expect(fresh.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'password_reset')).all()).toHaveLength(RESET_MAX_PER_ACCOUNT_PER_HOUR);
    for (let i = 0; i < 3; i++) await browserFor(fresh.db, `10.1.0.${i}`).caller().auth.requestPasswordReset({ email: 'malee@ocsc.go.th' });
    expect(fresh.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'password_reset')).all()).toHaveLength(RESET_MAX_PER_ACCOUNT_PER_HOUR);
  });

  it('a reset link sets a new password once, revokes every session, and expires after 30 minutes', async () => {
    const phone = browserFor(fresh.db, '10.0.0.3');
    await phone.caller().auth.login({ username: 'malee', password: PASSWORD });
    expect(fresh.db.select().from(sessions).all()).toHaveLength(1);
    await callerFor(fresh.db).auth.requestPasswordReset({ email: 'malee@ocsc.go.th' });
    const token = tokenOf('password_reset');
    await callerFor(fresh.db).auth.resetPassword({ token, password: NEW_PASSWORD });
    expect(fresh.db.select().from(sessions).all()).toHaveLength(0);
    expect(await phone.caller().auth.me()).toBeNull();
    await expectTrpcError(browserFor(fresh.db).caller().auth.login({ username: 'malee', password: PASSWORD }), 'wrong_credentials');
    expect((await browserFor(fresh.db).caller().auth.login({ username: 'malee', password: NEW_PASSWORD })).username).toBe('malee');
    await expectTrpcError(callerFor(fresh.db).auth.resetPassword({ token, password: 'yet another lantern sky' }), 'link_used', 'token');
    expect(audits('auth.sessions_revoked').length).toBeGreaterThanOrEqual(1);
    expect(audits('auth.password_reset')).toHaveLength(1);

    // A later link, opened 31 minutes after it was sent, is refused.
    await browserFor(fresh.db, '10.0.0.4').caller().auth.requestPasswordReset({ email: 'malee@ocsc.go.th' });
    const late = tokenOf('password_reset');
    const issued = fresh.db.select().from(accountTokens).where(eq(accountTokens.purpose, 'password_reset')).all().at(-1)!;
    expect(new Date(issued.expiresAt).getTime() - new Date(issued.createdAt).getTime()).toBe(30 * 60 * 1000);
    const { resetPassword } = await import('../../server/accounts/links');
    await expectTrpcError(resetPassword(fresh.db, { token: late, password: 'yet another lantern sky' }, new Date(Date.now() + 31 * 60 * 1000)), 'link_expired', 'token');
  });
});

describe('a new address, confirmed from that address', () => {
  it('changes the address only when the link sent to the new address is opened', async () => {
    const { caller } = browserFor(fresh.db);
    await caller().auth.login({ username: 'malee', password: PASSWORD });
    await caller().auth.requestEmailChange({ email: 'malee.new@ocsc.go.th' });
    expect(fresh.db.select({ e: users.email }).from(users).where(eq(users.username, 'malee')).get()!.e).toBe('malee@ocsc.go.th');
    const mail = fresh.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'email_confirm')).get()!;
    expect(mail.toAddress).toBe('malee.new@ocsc.go.th');
    await callerFor(fresh.db).auth.confirmEmail({ token: tokenOf('email_confirm') });
    expect(fresh.db.select({ e: users.email }).from(users).where(eq(users.username, 'malee')).get()!.e).toBe('malee.new@ocsc.go.th');
    await expectTrpcError(callerFor(fresh.db).auth.confirmEmail({ token: tokenOf('email_confirm') }), 'link_used', 'token');
  });
});

describe('sign-in events in the audit trail', () => {
  it('records success, failure, throttling, sign-out and password change; an unknown name only hashed', async () => {
    const typed = 'my-secret-password-typed-here';
    const office = browserFor(fresh.db, '10.0.0.7');
    await expectTrpcError(office.caller().auth.login({ username: 'malee', password: 'wrong password' }), 'wrong_credentials');
    await expectTrpcError(office.caller().auth.login({ username: typed, password: 'x' }), 'wrong_credentials');
    await office.caller().auth.login({ username: 'malee', password: PASSWORD });
    await office.caller().auth.changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    await office.caller().auth.logout();
    const attacker = browserFor(fresh.db, '10.9.9.9');
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS; i++) await expectTrpcError(attacker.caller().auth.login({ username: 'malee', password: `guess ${i}` }), 'wrong_credentials');
    await expectTrpcError(attacker.caller().auth.login({ username: 'malee', password: 'guess again' }), 'too_many_requests');

    const rows = fresh.db.select().from(auditLog).where(like(auditLog.action, 'auth.%')).all();
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.sign_in_failed', 'auth.sign_in', 'auth.password_change', 'auth.sign_out', 'auth.throttled']));
    expect(rows.find((r) => r.action === 'auth.sign_in')).toMatchObject({ userId: fresh.world.malee.id, entity: 'user', entityId: String(fresh.world.malee.id), entityLabel: 'malee' });
    // The unknown name is never stored as typed — not in the audit trail, not in the throttle's records.
    const unknown = rows.filter((r) => r.entityId === '');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.entityLabel).toBe(hashedName(fresh.db, typed));
    expect(JSON.stringify(fresh.db.select().from(auditLog).all())).not.toContain(typed);
    expect(fresh.db.select().from(loginAttempts).where(and(eq(loginAttempts.ip, '10.0.0.7'))).all().length).toBeGreaterThan(0);
  });
});

describe('invitations from a file of agency contacts', () => {
  const csv = (lines: string[]) => Buffer.from(lines.join('\n') + '\n').toString('base64');
  const file = (lines: string[], dryRun: boolean) => ({ fileName: 'contacts.csv', format: 'csv' as const, contentBase64: csv(lines), dryRun, language: 'th' as const });
  const good = ['agency_code,name,email,role', 'P41,ปราณี ศรีสุข,pranee@udon.go.th,reporter', ',นักวิเคราะห์ หนึ่ง,analyst1@ocsc.go.th,นักวิเคราะห์'];

  it('refuses an admin role row in the dry run, names the row, and writes nothing', async () => {
    const before = tableCounts(fresh.db);
    const result = await asAdmin().user.importInvitations(file([...good, 'OCSC,ผู้ดูแล,boss@ocsc.go.th,admin'], true));
    expect(result.written).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, column: 'role', code: 'role_not_invitable', params: { role: 'admin' } })]);
    expect(result.inviteCount).toBe(2);
    expect(tableCounts(fresh.db)).toEqual(before);
    // The commit of the same file is refused as a whole.
    await expectTrpcError(asAdmin().user.importInvitations(file([...good, 'OCSC,ผู้ดูแล,boss@ocsc.go.th,admin'], false)), 'file_rejected');
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('names every bad row: a taken or repeated address, an unknown agency, a reporter without one', async () => {
    const result = await asAdmin().user.importInvitations(
      file(['agency_code,name,email,role', 'OCSC,มาลี,malee@ocsc.go.th,reporter', 'ZZZ,ก,a@x.go.th,reporter', 'P41,ข,b@x.go.th,reporter', 'P41,ค,B@x.go.th,reporter', ',ง,d@x.go.th,reporter'], true),
    );
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'email', 'duplicate'],
      [3, 'agency_code', 'unknown_reference'],
      [5, 'email', 'duplicate_row'],
      [6, 'agency_code', 'agency_role_mismatch'],
    ]);
  });

  it('the commit creates the accounts and queues the invitations spaced out; the agencies without a reachable reporter shrink', async () => {
    const unreachable = await asAdmin().user.unreachableAgencies({ q: 'P41', limit: 50, offset: 0 });
    expect(unreachable.rows.map((a) => a.code)).toContain('P41');
    const result = await asAdmin().user.importInvitations(file(good, false));
    expect(result).toMatchObject({ written: true, inviteCount: 2 });
    const queued = fresh.db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'invitation')).orderBy(mailOutbox.id).all();
    expect(queued.map((m) => m.toAddress)).toEqual(['pranee@udon.go.th', 'analyst1@ocsc.go.th']);
    expect(new Date(queued[1]!.nextAttemptAt).getTime() - new Date(queued[0]!.nextAttemptAt).getTime()).toBe(2000);
    expect(fresh.db.select({ role: users.role }).from(users).where(eq(users.email, 'analyst1@ocsc.go.th')).get()).toEqual({ role: 'analyst' });
    expect((await asAdmin().user.unreachableAgencies({ q: 'P41', limit: 50, offset: 0 })).rows.map((a) => a.code)).not.toContain('P41');
  });
});
