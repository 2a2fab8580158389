// Accounts without hand-delivered passwords (issue 12): invitations, "forgot password" and a new
// address confirmed from that address. Each sends a single-use, expiring link (server/accounts/
// tokens.ts) through the outbox, queued in the same transaction as the change that causes it.
import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountTokens, agencies, users } from '../../db/schema';
import type { Language } from '../../shared/domain';
import type { EmailChangeRequestInput, LinkTokenInput, PasswordResetRequestInput, SetPasswordInput } from '../../shared/schemas/auth';
import type { UserIdInput, UserInviteInput } from '../../shared/schemas/users';
import { duplicate, invalidField, notFound, refused } from '../lib/errors';
import type { SessionUser } from '../lib/session-user';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { updateVersioned } from '../lib/versioned-write';
import { enqueueMail } from '../notifications/outbox';
import { auditAuth } from './auth-audit';
import { beginAttempt, checkLoginThrottle } from './auth';
import { hashNewPassword } from './password-rules';
import { consumeToken, issueToken, openToken, TOKEN_LIFETIME_MS } from './tokens';
import { insertUserTx, setPasswordHash } from './users';

/** An invited account's password hash until the person sets one: no password verifies against it. */
export const NO_PASSWORD_YET = '!invited';

/** Reset links one account may be sent per hour, however many addresses ask (the rest are silently dropped). */
export const RESET_MAX_PER_ACCOUNT_PER_HOUR = 3;

/** A username from the address's local part ("somchai.j@…" → "somchai.j"), made unique with -2, -3 … */
function usernameFor(tx: DbOrTx, email: string): string {
  const base =
    email
      .split('@')[0]!
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '')
      .replace(/^[._-]+|[._-]+$/g, '')
      .slice(0, 56) || 'user';
  const padded = base.length >= 3 ? base : `${base}-user`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? padded : `${padded}-${n}`;
    if (!tx.select({ id: users.id }).from(users).where(eq(users.username, candidate)).get()) return candidate;
  }
}

function agencyRef(tx: DbOrTx, agencyId: number | null) {
  if (agencyId === null) return null;
  return tx.select({ code: agencies.code, nameTh: agencies.nameTh, nameEn: agencies.nameEn }).from(agencies).where(eq(agencies.id, agencyId)).get() ?? null;
}

type InvitedAccount = { id: number; username: string; displayName: string; role: 'reporter' | 'analyst' | 'admin' | 'committee'; agencyId: number | null; email: string; language: Language };

/** Issues an invitation link for an account and queues its e-mail (in the caller's transaction). */
export function queueInvitation(tx: DbOrTx, account: InvitedAccount, actorId: number, now: Date, sendAt: Date = now): { tokenId: number } {
  const link = issueToken(tx, { purpose: 'invitation', userId: account.id, email: account.email, createdBy: actorId }, now);
  enqueueMail(
    tx,
    {
      dedupeKey: `invitation:${link.id}`,
      recipient: { id: account.id, email: account.email, language: account.language },
      payload: {
        kind: 'invitation',
        token: link.token,
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        agency: agencyRef(tx, account.agencyId),
        expiresAt: link.expiresAt.slice(0, 10),
      },
    },
    // A bulk import spaces its invitations out (the outbox sends each when its time comes).
    sendAt,
  );
  auditAuth(tx, 'auth.invitation_sent', account, { actorId, changes: [{ field: 'email', before: null, after: account.email }] }, now);
  return { tokenId: link.id };
}

/** Creates the account of one invited person (no password yet) and queues the invitation. */
export function inviteUserTx(tx: DbOrTx, actorId: number, input: UserInviteInput, now: Date, sendAt: Date = now) {
  const user = insertUserTx(
    tx,
    { username: usernameFor(tx, input.email), displayName: input.displayName, role: input.role, agencyId: input.agencyId, email: input.email, passwordHash: NO_PASSWORD_YET },
    actorId,
  );
  if (input.language !== 'th') updateVersioned(tx, users, { id: user.id, version: user.version }, { language: input.language }, { actorId, entity: 'user', label: (u) => u.username, fields: ['language'] });
  queueInvitation(tx, { ...user, email: input.email, language: input.language }, actorId, now, sendAt);
  return user;
}

export function inviteUser(db: Db, actor: SessionUser, input: UserInviteInput, now = new Date()) {
  return writeTransaction(db, (tx) => inviteUserTx(tx, actor.id, input, now));
}

/** A new set-password link for an existing account with an address (the older link stops working). */
export function reinviteUser(db: Db, actor: SessionUser, input: UserIdInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const user = tx
      .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, agencyId: users.agencyId, email: users.email, language: users.language, active: users.active })
      .from(users)
      .where(eq(users.id, input.id))
      .get();
    if (!user) throw notFound('user', input.id);
    if (!user.email) throw refused('email_required', undefined, 'email');
    if (!user.active) throw invalidField('id', 'inactive_reference', { entity: 'user', key: user.username });
    queueInvitation(tx, { ...user, email: user.email }, actor.id, now);
    return { ok: true as const };
  });
}

/** Who an invitation is for, so the page can greet them (a used or expired link is refused). */
export function invitationInfo(db: Db, input: LinkTokenInput, now = new Date()) {
  const link = openToken(db, 'invitation', input.token, now);
  const user = db.select({ username: users.username, displayName: users.displayName, email: users.email }).from(users).where(eq(users.id, link.userId)).get();
  if (!user) throw invalidField('token', 'invalid_link');
  return { ...user, expiresAt: link.expiresAt };
}

/** Sets the password of the account a link (invitation or reset) is for; the link is used up. */
async function setPasswordFromLink(db: Db, purpose: 'invitation' | 'password_reset', input: SetPasswordInput, now: Date) {
  const link = openToken(db, purpose, input.token, now);
  const user = db.select({ id: users.id, username: users.username, displayName: users.displayName, email: users.email }).from(users).where(eq(users.id, link.userId)).get();
  if (!user) throw invalidField('token', 'invalid_link');
  const passwordHash = await hashNewPassword('password', input.password, [user.username, user.displayName, user.email]);
  writeTransaction(db, (tx) => {
    // Checked again inside the transaction: two tabs submitting the same link, one wins.
    openToken(tx, purpose, input.token, now);
    consumeToken(tx, link.id, now);
    const current = tx.select({ version: users.version }).from(users).where(eq(users.id, user.id)).get()!;
    setPasswordHash(tx, { id: user.id, version: current.version }, passwordHash, user.id, 'auth.password_reset');
    if (purpose === 'invitation') auditAuth(tx, 'auth.invitation_accepted', user, { actorId: user.id }, now);
  });
  return { ok: true as const, username: user.username };
}

export const acceptInvitation = (db: Db, input: SetPasswordInput, now = new Date()) => setPasswordFromLink(db, 'invitation', input, now);

export const resetPassword = (db: Db, input: SetPasswordInput, now = new Date()) => setPasswordFromLink(db, 'password_reset', input, now);

/**
 * "ลืมรหัสผ่าน": queues a reset link when an active account has this address, and answers the same
 * either way. Limited per address typed and per network address (the sign-in throttle: 429 for
 * known and unknown addresses alike) and per account (further requests within the hour send nothing).
 */
export function requestPasswordReset(ctx: { db: Db; ip: string }, input: PasswordResetRequestInput, now = new Date()): { ok: true } {
  const { db, ip } = ctx;
  const key = `reset:${input.email}`;
  checkLoginThrottle(db, key, ip, now);
  beginAttempt(db, key, ip, now);
  writeTransaction(db, (tx) => {
    const user = tx
      .select({ id: users.id, username: users.username, email: users.email, language: users.language, active: users.active, agencyActive: agencies.active })
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId))
      .where(eq(users.email, input.email))
      .get();
    if (!user || !user.active || user.agencyActive === false) return;
    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000).toISOString();
    const recent =
      tx
        .select({ n: count() })
        .from(accountTokens)
        .where(and(eq(accountTokens.userId, user.id), eq(accountTokens.purpose, 'password_reset'), gt(accountTokens.createdAt, hourAgo)))
        .get()?.n ?? 0;
    if (recent >= RESET_MAX_PER_ACCOUNT_PER_HOUR) return;
    const link = issueToken(tx, { purpose: 'password_reset', userId: user.id, email: input.email, createdBy: null }, now);
    enqueueMail(
      tx,
      {
        dedupeKey: `password_reset:${link.id}`,
        recipient: { id: user.id, email: input.email, language: user.language },
        payload: { kind: 'password_reset', token: link.token, username: user.username, minutes: TOKEN_LIFETIME_MS.password_reset / 60_000 },
      },
      now,
    );
    auditAuth(tx, 'auth.password_reset_requested', user, { actorId: null, reason: ip }, now);
  });
  return { ok: true };
}

/** A new address for one's own account: a confirmation link goes to it; the address changes when it is opened. */
export function requestEmailChange(db: Db, user: SessionUser, input: EmailChangeRequestInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const me = tx.select({ email: users.email, language: users.language }).from(users).where(eq(users.id, user.id)).get();
    if (!me) throw notFound('user', user.id);
    if (me.email === input.email) throw invalidField('email', 'same_as_current');
    const owner = tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).get();
    if (owner) throw duplicate('user', input.email, 'email');
    const link = issueToken(tx, { purpose: 'email_change', userId: user.id, email: input.email, createdBy: user.id }, now);
    enqueueMail(
      tx,
      {
        dedupeKey: `email_confirm:${link.id}`,
        recipient: { id: user.id, email: input.email, language: me.language },
        payload: { kind: 'email_confirm', token: link.token, username: user.username, expiresAt: link.expiresAt.slice(0, 10) },
      },
      now,
    );
    auditAuth(tx, 'auth.email_change_requested', user, { actorId: user.id, changes: [{ field: 'email', before: me.email, after: input.email }] }, now);
    return { ok: true as const, pending: input.email };
  });
}

/** The link sent to a new address: the account takes it (unless another account took it meanwhile). */
export function confirmEmail(db: Db, input: LinkTokenInput, now = new Date()) {
  return writeTransaction(db, (tx) => {
    const link = openToken(tx, 'email_change', input.token, now);
    const user = tx.select({ id: users.id, username: users.username, version: users.version }).from(users).where(eq(users.id, link.userId)).get();
    if (!user) throw invalidField('token', 'invalid_link');
    const owner = tx.select({ id: users.id }).from(users).where(eq(users.email, link.email)).get();
    if (owner && owner.id !== user.id) throw duplicate('user', link.email, 'email');
    consumeToken(tx, link.id, now);
    updateVersioned(tx, users, { id: user.id, version: user.version }, { email: link.email }, { actorId: user.id, entity: 'user', action: 'auth.email_confirmed', label: (u) => u.username, fields: ['email'] });
    return { ok: true as const, email: link.email };
  });
}

/** The address waiting for confirmation on one's own account, if any. */
export function pendingEmailChange(db: DbOrTx, userId: number, now = new Date()): string | null {
  return (
    db
      .select({ email: accountTokens.email })
      .from(accountTokens)
      .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, 'email_change'), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now.toISOString())))
      .orderBy(desc(accountTokens.id))
      .get()?.email ?? null
  );
}
