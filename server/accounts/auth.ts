import { and, count, eq, gt, lt, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, loginAttempts, users } from '../../db/schema';
import type { ChangePasswordInput, LoginInput } from '../../shared/schemas/auth';
import type { Context } from '../context';
import type { SessionUser } from '../lib/session-user';
import { AppError, forbidden, invalidField, tooMany } from '../lib/errors';
import { writeTransaction } from '../lib/transaction';
import { createSession, deleteSession } from './session';
import { auditAuth, type AuthSubject } from './auth-audit';
import { getDummyHash, verifyPassword } from './passwords';
import { hashNewPassword } from './password-rules';
import { setPasswordHash } from './users';
import { intFromEnv } from '../lib/http-limits';

/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet), failures counted in a sliding window.
 * Hard limits are keyed by address, so an attacker elsewhere cannot lock the owner out; the
 * account as a whole only slows down (docs/decisions/0011-safe-imports.md).
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures for one account from one address since the account's last success: then 429. */
export const LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS = 5;
/**
 * Failures per address, whatever the account: stops spraying one password over many accounts.
 * Attempts still being checked count as failures (recorded before the hash is verified, so
 * parallel guesses cannot slip past): many people behind one address signing in at the same
 * moment (a seminar room, a ministry's NAT, the deadline-day load test) need it raised with
 * LOGIN_FAILURES_PER_ADDRESS.
 */
export const LOGIN_MAX_FAILURES_PER_IP = intFromEnv('LOGIN_FAILURES_PER_ADDRESS', 20);
/** Failures for an account from all addresses after which each further check waits longer. */
export const LOGIN_SLOWDOWN_AFTER = 5;
const SLOWDOWN_STEP_MS = 250;
const SLOWDOWN_MAX_MS = 3000;

/** How long a check waits when an account has had `failures` failures from anywhere. */
export function loginSlowdownMs(failures: number): number {
  return failures < LOGIN_SLOWDOWN_AFTER ? 0 : Math.min(SLOWDOWN_MAX_MS, (failures - LOGIN_SLOWDOWN_AFTER + 1) * SLOWDOWN_STEP_MS);
}

const wrongCredentials = () => new AppError('UNAUTHORIZED', { code: 'wrong_credentials' });

const tooManyAttempts = (windowEndsAt: Date, now: Date) => tooMany((windowEndsAt.getTime() - now.getTime()) / 1000);

/**
 * Throws TOO_MANY_REQUESTS while this address is over its failure budget for the account or
 * overall; returns the account-wide failure count (for the slowdown).
 */
export function checkLoginThrottle(db: Db, username: string, ip: string, now = new Date()): number {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  // A success clears the account's count (the owner got in); it does not clear the address's.
  const lastSuccess = db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true)))
    .get()?.at;
  const since = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const byAccountAddress = db
    .select({ n: count(), newest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .get();
  if ((byAccountAddress?.n ?? 0) >= LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS) {
    throw tooManyAttempts(new Date(new Date(byAccountAddress!.newest!).getTime() + LOGIN_WINDOW_MS), now);
  }
  const byIp = db
    .select({ n: count(), newest: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.at, windowStart)))
    .get();
  if ((byIp?.n ?? 0) >= LOGIN_MAX_FAILURES_PER_IP) {
    throw tooManyAttempts(new Date(new Date(byIp!.newest!).getTime() + LOGIN_WINDOW_MS), now);
  }
  return (
    db
      .select({ n: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
      .get()?.n ?? 0
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records an attempt as failed *before* the (async) password check, in the same synchronous
 * step as the throttle check: parallel attempts then count against each other, so a burst
 * cannot slip past the limit. A correct password turns the row into a success.
 */
export function beginAttempt(db: Db, username: string, ip: string, now: Date): number {
  return writeTransaction(db, (tx) => {
    const row = tx.insert(loginAttempts).values({ username, ip, success: false, at: now.toISOString() }).returning({ id: loginAttempts.id }).get();
    // Keep the table small: nothing older than a day is ever consulted.
    tx.delete(loginAttempts)
      .where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString()))
      .run();
    return row.id;
  });
}

function markAttemptSucceeded(db: Db, attemptId: number): void {
  db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId)).run();
}

/** The signed-in user as the client sees it (no hash, no session id). */
export function getMe(db: Db, user: SessionUser | null) {
  if (!user) return null;
  const agency = user.agencyId
    ? (db
        .select({ id: agencies.id, code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn })
        .from(agencies)
        .where(eq(agencies.id, user.agencyId))
        .get() ?? null)
    : null;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, agency };
}

/** The account a sign-in names: by username, or by e-mail address when the name has an "@". */
function findAccount(db: Db, name: string) {
  return db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, active: users.active, agencyActive: agencies.active })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(name.includes('@') ? eq(users.email, name) : eq(users.username, name))
    .get();
}

/** Runs the throttle check, recording a refusal in the audit trail before it is thrown. */
function throttleOrAudit(db: Db, key: string, ip: string, subject: AuthSubject, actorId: number | null, now: Date): number {
  try {
    return checkLoginThrottle(db, key, ip, now);
  } catch (error) {
    if (error instanceof AppError && error.detail.code === 'too_many_requests') {
      writeTransaction(db, (tx) => auditAuth(tx, 'auth.throttled', subject, { actorId, reason: ip }, now));
    }
    throw error;
  }
}

export async function login(ctx: Pick<Context, 'db' | 'ip' | 'cookie' | 'sessionToken'>, input: LoginInput, now = new Date()) {
  const { db, ip } = ctx;
  const row = findAccount(db, input.username);
  // Failures count against the account whichever name (username or address) was typed.
  const key = row?.username ?? input.username;
  const subject: AuthSubject = row ? { id: row.id, username: row.username } : { typed: input.username };
  const accountFailures = throttleOrAudit(db, key, ip, subject, null, now);
  const attemptId = beginAttempt(db, key, ip, now);
  // Many failures for this account from anywhere: every check waits (without holding the
  // event loop), the owner included — slower, never locked.
  const wait = loginSlowdownMs(accountFailures);
  if (wait > 0) await sleep(wait);
  let ok = false;
  if (row) ok = await verifyPassword(row.passwordHash, input.password);
  else await verifyPassword(await getDummyHash(), input.password);
  if (!row || !ok || !row.active) {
    writeTransaction(db, (tx) => auditAuth(tx, 'auth.sign_in_failed', subject, { actorId: null, reason: ip }, now));
    throw wrongCredentials();
  }
  // Only after the right password: the answer reveals nothing to a guesser.
  if (row.agencyActive === false) throw forbidden('agency_deactivated');
  markAttemptSucceeded(db, attemptId);
  // A new session id on every sign-in (no session fixation).
  if (ctx.sessionToken) deleteSession(db, ctx.sessionToken);
  const session = writeTransaction(db, (tx) => {
    auditAuth(tx, 'auth.sign_in', subject, { actorId: row.id, reason: ip }, now);
    return createSession(tx, row.id, now);
  });
  ctx.cookie.set(session.token, session.maxAgeSeconds);
  const user = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, agencyId: users.agencyId })
    .from(users)
    .where(eq(users.id, row.id))
    .get()!;
  return getMe(db, user)!;
}

export function logout(ctx: Pick<Context, 'db' | 'cookie' | 'sessionToken'> & { user?: SessionUser | null }): { ok: true } {
  if (ctx.sessionToken) {
    const token = ctx.sessionToken;
    writeTransaction(ctx.db, (tx) => {
      deleteSession(tx, token);
      if (ctx.user) auditAuth(tx, 'auth.sign_out', ctx.user, { actorId: ctx.user.id });
    });
  }
  ctx.cookie.clear();
  return { ok: true };
}

export async function changePassword(
  ctx: Pick<Context, 'db' | 'ip' | 'cookie'> & { user: SessionUser },
  input: ChangePasswordInput,
  now = new Date(),
): Promise<{ ok: true }> {
  const { db, user } = ctx;
  // The current password is a credential check like sign-in: same throttle, same record.
  checkLoginThrottle(db, user.username, ctx.ip, now);
  const attemptId = beginAttempt(db, user.username, ctx.ip, now);
  const row = db.select({ passwordHash: users.passwordHash, email: users.email }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    writeTransaction(db, (tx) => auditAuth(tx, 'auth.sign_in_failed', user, { actorId: user.id, reason: 'password_change' }, now));
    throw invalidField('currentPassword', 'wrong_current_password');
  }
  markAttemptSucceeded(db, attemptId);
  const passwordHash = await hashNewPassword('newPassword', input.newPassword, [user.username, user.displayName, row.email]);
  const session = writeTransaction(db, (tx) => {
    const current = tx.select({ version: users.version }).from(users).where(eq(users.id, user.id)).get()!;
    // Every other session ends: whoever else held the old password is signed out.
    setPasswordHash(tx, { id: user.id, version: current.version }, passwordHash, user.id, 'auth.password_change');
    return createSession(tx, user.id, now);
  });
  ctx.cookie.set(session.token, session.maxAgeSeconds);
  return { ok: true };
}
