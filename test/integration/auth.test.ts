import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { sessions, users } from '../../db/schema';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '../../db/seed/demo-accounts';
import { buildApp } from '../../server/app';
import { LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS, LOGIN_MAX_FAILURES_PER_IP, loginSlowdownMs } from '../../server/accounts/auth';
import { hashPassword } from '../../server/accounts/passwords';
import { SESSION_COOKIE } from '../../server/accounts/session';
import { countDemoUsers, insertUser as insertAccount } from '../../server/accounts/users';
import { browserFor, callerFor } from '../helpers/caller';
import { createTestDb, freshDbPerTest, tableCounts } from '../helpers/db';
import { expectTrpcError, outcomeOf } from '../helpers/errors';
import { insertUser } from '../helpers/users';

const PASSWORD = 'correct horse battery';

// Accounts with real argon2 hashes (slow to make: once per file), and an admin to act as.
const fresh = freshDbPerTest(async (db) => {
  const hash = await hashPassword(PASSWORD);
  for (const [username, role, agencyCode] of [
    ['somchai', 'admin', null],
    ['malee', 'reporter', 'OCSC'],
    ['kasem', 'committee', null],
    ['spray1', 'analyst', null],
    ['burst', 'analyst', null],
  ] as const) {
    const agencyId = agencyCode ? 1 : null;
    insertAccount(db, { username, displayName: username, role, agencyId, passwordHash: hash }, null);
  }
  return { admin: insertUser(db, 'admin') };
});
const asAdmin = () => callerFor(fresh.db, fresh.world.admin);

describe('sign in, me, sign out', () => {
  it('signs in with username and password, sets a session, and never returns the hash', async () => {
    const { jar, caller } = browserFor(fresh.db);
    expect(await caller().auth.me()).toBeNull();
    const me = await caller().auth.login({ username: ' Malee ', password: PASSWORD });
    expect(me).toMatchObject({ username: 'malee', role: 'reporter', agency: { code: 'OCSC' } });
    expect(JSON.stringify(me)).not.toMatch(/argon2|passwordHash/);
    expect(jar.token).toBeTruthy();
    // Only the token's hash is stored.
    const stored = fresh.db.select().from(sessions).all().map((s) => s.idHash);
    expect(stored).not.toContain(jar.token);
    expect((await caller().auth.me())?.username).toBe('malee');
    await caller().auth.logout();
    expect(jar.token).toBeNull();
    expect(await caller().auth.me()).toBeNull();
  });

  it('stores argon2id hashes', () => {
    const row = fresh.db.select({ h: users.passwordHash }).from(users).where(eq(users.username, 'malee')).get()!;
    expect(row.h.startsWith('$argon2id$')).toBe(true);
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const { caller } = browserFor(fresh.db, '10.0.0.2');
    const a = await expectTrpcError(caller().auth.login({ username: 'kasem', password: 'wrong password!' }), 'wrong_credentials');
    const b = await expectTrpcError(caller().auth.login({ username: 'nobody', password: 'wrong password!' }), 'wrong_credentials');
    expect(a).toEqual({ code: 'wrong_credentials', status: 'UNAUTHORIZED' });
    expect(b).toEqual(a);
  });

  it('changes the password, ending every other session', async () => {
    const first = browserFor(fresh.db, '10.0.0.3');
    const second = browserFor(fresh.db, '10.0.0.3');
    await first.caller().auth.login({ username: 'kasem', password: PASSWORD });
    await second.caller().auth.login({ username: 'kasem', password: PASSWORD });
    const wrong = await expectTrpcError(first.caller().auth.changePassword({ currentPassword: 'not it at all', newPassword: 'a brand new passphrase' }), 'wrong_current_password', 'currentPassword');
    expect(wrong.status).toBe('BAD_REQUEST');
    await expectTrpcError(first.caller().auth.changePassword({ currentPassword: PASSWORD, newPassword: 'short' }), 'too_short', 'newPassword');
    await first.caller().auth.changePassword({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect((await first.caller().auth.me())?.username).toBe('kasem'); // this session was renewed
    expect(await second.caller().auth.me()).toBeNull(); // the other one ended
    await expectTrpcError(second.caller().auth.login({ username: 'kasem', password: PASSWORD }), 'wrong_credentials');
    expect((await second.caller().auth.login({ username: 'kasem', password: 'a brand new passphrase' })).username).toBe('kasem');
  });

  it('changePassword needs a session', async () => {
    await expectTrpcError(browserFor(fresh.db).caller().auth.changePassword({ currentPassword: 'x', newPassword: 'long enough password' }), 'unauthenticated');
  });
});

describe('sign-in rate limiting', () => {
  it(`refuses an address after ${LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS} failures for an account; the owner elsewhere still signs in`, async () => {
    const attacker = browserFor(fresh.db, '10.1.0.1');
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) codes.push(await outcomeOf(attacker.caller().auth.login({ username: 'somchai', password: `guess-${i}-wrong` })));
    expect(codes.slice(0, LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS)).toEqual(Array(LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS).fill('wrong_credentials'));
    expect(codes.slice(LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS)).toEqual(Array(8 - LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS).fill('too_many_requests'));
    // Even the right password from the attacker's address waits.
    const right = await expectTrpcError(attacker.caller().auth.login({ username: 'somchai', password: PASSWORD }), 'too_many_requests');
    expect(right.status).toBe('TOO_MANY_REQUESTS');
    expect(right.params?.retryAfter).toBeGreaterThan(0);
    // The owner, from another address, gets in (slowed down, not locked out).
    const started = performance.now();
    expect((await browserFor(fresh.db, '10.1.1.1').caller().auth.login({ username: 'somchai', password: PASSWORD })).username).toBe('somchai');
    expect(performance.now() - started).toBeGreaterThanOrEqual(loginSlowdownMs(LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS) - 5);
  });

  it('slows an account attacked from many addresses down, and never locks it', () => {
    expect([0, 4, 5, 6, 10, 100].map(loginSlowdownMs)).toEqual([0, 0, 250, 500, 1500, 3000]);
  });

  it('counts a parallel burst from one address against itself: no more than the limit get a password check', async () => {
    const { caller } = browserFor(fresh.db, '10.3.0.1');
    const attempts = Array.from({ length: 40 }, (_, i) => outcomeOf(caller().auth.login({ username: 'burst', password: i === 39 ? PASSWORD : `burst-${i}` })));
    const codes = await Promise.all(attempts);
    expect(codes.filter((c) => c === 'wrong_credentials')).toHaveLength(LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS);
    expect(codes.filter((c) => c === 'too_many_requests')).toHaveLength(40 - LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS);
    // The right password came last in the burst: it was throttled too.
    expect(codes[39]).toBe('too_many_requests');
  });

  it(`blocks an address after ${LOGIN_MAX_FAILURES_PER_IP} failures across accounts`, async () => {
    const { caller } = browserFor(fresh.db, '10.2.0.1');
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_IP; i++) {
      await expectTrpcError(caller().auth.login({ username: `user${i}`, password: 'wrong wrong' }), 'wrong_credentials');
    }
    await expectTrpcError(caller().auth.login({ username: 'spray1', password: PASSWORD }), 'too_many_requests');
    // Another address can still sign in to that account.
    expect((await browserFor(fresh.db, '10.2.0.2').caller().auth.login({ username: 'spray1', password: PASSWORD })).username).toBe('spray1');
  });
});

describe('over HTTP (Fastify app.inject)', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeEach(async () => {
    app = await buildApp({ db: fresh.db, serveClient: false, logger: false });
  });
  afterEach(async () => {
    await app.close();
  });

  const login = (username: string, password: string, remoteAddress = '127.0.0.5') =>
    app.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username, password }, remoteAddress, headers: { 'content-type': 'application/json' } });

  it('sets an httpOnly, SameSite=Lax session cookie holding no user data', async () => {
    const res = await login('malee', PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http in tests; COOKIE_SECURE=1 adds it
    expect(res.body).not.toMatch(/argon2|passwordHash|idHash/);
    const token = /sid=([^;]+)/.exec(setCookie)![1]!;
    const me = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    expect(JSON.parse(me.body).result.data.username).toBe('malee');
    expect(me.body).not.toContain(token);
  });

  it('sets the Secure flag when served over HTTPS', async () => {
    const secure = await buildApp({ db: fresh.db, serveClient: false, logger: false, secureCookies: true });
    const res = await secure.inject({ method: 'POST', url: '/trpc/auth.login', payload: { username: 'malee', password: PASSWORD }, remoteAddress: '127.0.0.6' });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    await secure.close();
  });

  it('answers 429 on the sixth of ten wrong passwords in a row', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login('spray1', `nope-${i}-nope`, '127.0.0.7')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('refuses a cross-site form post (not JSON) before it reaches tRPC', async () => {
    const before = tableCounts(fresh.db);
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      payload: 'username=malee&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(415);
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('sends security headers with a content security policy', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('sends tRPC\'s JSON answers the API set: a policy that allows nothing, no framing, nosniff — not the page headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/ita.years?batch=1&input=%7B%7D' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    for (const pageOnly of ['cross-origin-opener-policy', 'origin-agent-cluster', 'x-xss-protection', 'x-download-options']) expect(res.headers[pageOnly], pageOnly).toBeUndefined();
  });
});

describe('admin user management', () => {
  const nattaya = { username: 'Nattaya', displayName: 'ณัฐญา', role: 'reporter', agencyId: 1, password: 'long enough password' } as const;

  it('creates accounts, never returning the hash, and refuses a taken username or a reporter without agency', async () => {
    const caller = asAdmin();
    const created = await caller.user.create(nattaya);
    expect(created).toMatchObject({ username: 'nattaya', role: 'reporter', agencyCode: 'OCSC', active: true });
    expect(Object.keys(created)).not.toContain('passwordHash');
    const list = await caller.user.list({ q: 'natt', limit: 50, offset: 0 });
    expect(list.total).toBe(1);
    expect(JSON.stringify(list)).not.toMatch(/argon2/);
    const before = tableCounts(fresh.db);
    const taken = await expectTrpcError(caller.user.create({ username: 'nattaya', displayName: 'x', role: 'analyst', agencyId: null, password: 'long enough password' }), 'duplicate', 'username');
    expect(taken.status).toBe('CONFLICT');
    await expectTrpcError(caller.user.create({ username: 'newrep', displayName: 'x', role: 'reporter', agencyId: null, password: 'long enough password' }), 'agency_role_mismatch', 'agencyId');
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('updates with the version it loaded; a stale one is refused; deactivating ends sessions and sign-in', async () => {
    const caller = asAdmin();
    const target = await caller.user.create(nattaya);
    const { jar, caller: browser } = browserFor(fresh.db, '10.9.0.1');
    await browser().auth.login({ username: 'nattaya', password: 'long enough password' });
    expect(jar.token).toBeTruthy();
    const renamed = await caller.user.update({ id: target.id, version: target.version, displayName: 'ณัฐญา ใจดี', role: 'reporter', agencyId: 1, active: true });
    expect(renamed.displayName).toBe('ณัฐญา ใจดี');
    expect(renamed.version).toBe(target.version + 1);
    const before = tableCounts(fresh.db);
    const stale = await expectTrpcError(caller.user.update({ id: target.id, version: target.version, displayName: 'other', role: 'reporter', agencyId: 1, active: true }), 'stale_version', 'version');
    expect(stale).toMatchObject({ status: 'CONFLICT', params: { entity: 'user', label: 'nattaya' } });
    expect(tableCounts(fresh.db)).toEqual(before);
    await caller.user.update({ id: target.id, version: renamed.version, displayName: renamed.displayName, role: 'reporter', agencyId: 1, active: false });
    expect(await browser().auth.me()).toBeNull();
    await expectTrpcError(browserFor(fresh.db, '10.9.0.2').caller().auth.login({ username: 'nattaya', password: 'long enough password' }), 'wrong_credentials');
  });

  it('an admin cannot demote or deactivate themselves', async () => {
    const { admin } = fresh.world;
    const caller = asAdmin();
    const self = (await caller.user.list({ q: admin.username, limit: 1, offset: 0 })).rows[0]!;
    const before = tableCounts(fresh.db);
    await expectTrpcError(caller.user.update({ id: admin.id, version: self.version, displayName: 'x', role: 'analyst', agencyId: null, active: true }), 'self_lockout', 'role');
    await expectTrpcError(caller.user.update({ id: admin.id, version: self.version, displayName: 'x', role: 'admin', agencyId: null, active: false }), 'self_lockout');
    expect(tableCounts(fresh.db)).toEqual(before);
  });

  it('resets a password and ends that user’s sessions', async () => {
    const caller = asAdmin();
    const { caller: browser } = browserFor(fresh.db, '10.9.1.1');
    await browser().auth.login({ username: 'malee', password: PASSWORD });
    const target = (await caller.user.list({ q: 'malee', limit: 1, offset: 0 })).rows[0]!;
    await caller.user.resetPassword({ id: target.id, password: 'reset by the admin' });
    expect(await browser().auth.me()).toBeNull();
    expect((await browserFor(fresh.db, '10.9.1.2').caller().auth.login({ username: 'malee', password: 'reset by the admin' })).username).toBe('malee');
  });
});

describe('demo accounts and the command line', () => {
  it('seeds one flagged demo account per role, reporters for two agencies, idempotently, able to sign in', async () => {
    // Demo accounts go into a database that has none yet.
    const demo = createTestDb();
    await seedDemoAccounts(demo, () => {});
    const rows = demo.select({ username: users.username, role: users.role, agencyId: users.agencyId, isDemo: users.isDemo }).from(users).all();
    expect(rows.map((r) => r.role).sort()).toEqual(['admin', 'analyst', 'committee', 'reporter', 'reporter']);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    expect(new Set(rows.filter((r) => r.role === 'reporter').map((r) => r.agencyId)).size).toBe(2);
    expect(countDemoUsers(demo)).toBe(5);
    const before = tableCounts(demo);
    await seedDemoAccounts(demo, () => {});
    expect(tableCounts(demo)).toEqual(before);
    for (const account of DEMO_ACCOUNTS) {
      const me = await browserFor(demo, `10.3.0.${account.username.length}`).caller().auth.login({ username: account.username, password: account.password });
      expect(me.role).toBe(account.role);
    }
    // The demo works out of the box: an open period with assigned indicators for each reporter.
    const udonUser = { id: 5, username: 'reporter.udon', displayName: '', role: 'reporter', agencyId: rows.find((r) => r.username === 'reporter.udon')!.agencyId } as const;
    const udon = await callerFor(demo, udonUser).reporting.mine();
    expect(udon.period?.state).toBe('open');
    expect(udon.items.map((i) => i.indicator.code).sort()).toEqual(['S1-EX-02', 'S3-EX-01']);
    expect(udon.items.every((i) => i.previous !== null)).toBe(true);
    demo.$client.close();
  });

  it('npm run user:create makes an account from the command line with the password from the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'user-create-'));
    const path = join(dir, 'cli.db');
    try {
      const seed = spawnSync(process.execPath, ['--import', 'tsx', 'db/seed/cli.ts'], { env: { ...process.env, DATABASE_PATH: path }, encoding: 'utf8' });
      expect(seed.status).toBe(0);
      const run = (args: string[], env: Record<string, string> = {}) =>
        spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/user-create.ts', ...args], {
          env: { ...process.env, DATABASE_PATH: path, ...env },
          encoding: 'utf8',
          input: '',
        });
      const ok = run(['--username', 'pranee', '--role', 'reporter', '--agency', 'p41'], { NEW_USER_PASSWORD: 'from the environment' });
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toContain('created reporter pranee (P41)');
      expect(ok.stdout + ok.stderr).not.toContain('from the environment');
      const bad = run(['--username', 'x', '--role', 'boss', '--password', 'long enough password']);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('role');
      const noPassword = run(['--username', 'nopw', '--role', 'admin']);
      expect(noPassword.status).toBe(2);
      const cliDb = openDb(path);
      const row = cliDb.select({ role: users.role, hash: users.passwordHash, isDemo: users.isDemo }).from(users).where(eq(users.username, 'pranee')).get();
      cliDb.$client.close();
      expect(row).toMatchObject({ role: 'reporter', isDemo: false });
      expect(row!.hash.startsWith('$argon2id$')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
