import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, sessions, users } from '../../db/schema';
import type { Role } from '../../shared/domain';
import type { UserCreateInput, UserListInput, UserResetPasswordInput, UserUpdateInput } from '../../shared/schemas/users';
import type { SessionUser } from '../lib/session-user';
import { duplicate, invalidField, notFound } from '../lib/errors';
import { paged } from '../lib/paging';
import { containsText } from '../lib/search';
import { writeTransaction, type DbOrTx } from '../lib/transaction';
import { insertAudited, updateVersioned, type VersionKey } from '../lib/versioned-write';
import { auditAuth } from './auth-audit';
import { hashNewPassword } from './password-rules';

/** What anyone may see of an account: never the password hash. */
const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  agencyId: users.agencyId,
  agencyCode: agencies.code,
  agencyNameTh: agencies.nameTh,
  agencyNameEn: agencies.nameEn,
  email: users.email,
  active: users.active,
  isDemo: users.isDemo,
  version: users.version,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/** The fields of an account its audit rows record (never the hash). */
const USER_AUDIT_FIELDS = ['username', 'displayName', 'role', 'agencyId', 'email', 'active'] as const;
const userLabel = (u: { username: string }) => u.username;

function getUser(db: DbOrTx, id: number) {
  return db.select(userColumns).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId)).where(eq(users.id, id)).get();
}

export function listUsers(db: Db, input: UserListInput) {
  const conditions: SQL[] = [];
  if (input.q) conditions.push(containsText(input.q, [users.username, users.displayName, agencies.code]));
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.active !== undefined) conditions.push(eq(users.active, input.active));
  const where = conditions.length ? and(...conditions) : undefined;
  return paged(input, {
    rows: (limit, offset) =>
      db.select(userColumns).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId)).where(where).orderBy(asc(users.username)).limit(limit).offset(offset).all(),
    total: () => db.select({ n: count() }).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId)).where(where).get()?.n ?? 0,
  });
}

function assertAgencyExists(db: DbOrTx, agencyId: number | null): void {
  if (agencyId === null) return;
  const agency = db.select({ code: agencies.code, active: agencies.active }).from(agencies).where(eq(agencies.id, agencyId)).get();
  if (!agency) throw invalidField('agencyId', 'unknown_reference', { entity: 'agency', key: agencyId });
  if (!agency.active) throw invalidField('agencyId', 'inactive_reference', { entity: 'agency', key: agency.code });
}

export type NewUserRecord = {
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  passwordHash: string;
  email?: string | null;
  isDemo?: boolean;
};

/** An address belongs to one account. */
function assertEmailFree(db: DbOrTx, email: string | null | undefined, exceptId: number | null): void {
  if (!email) return;
  const owner = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (owner && owner.id !== exceptId) throw duplicate('user', email, 'email');
}

/** Insert an account inside an open transaction (see insertUser). */
export function insertUserTx(tx: DbOrTx, record: NewUserRecord, actorId: number | null) {
  assertAgencyExists(tx, record.agencyId);
  if (tx.select({ id: users.id }).from(users).where(eq(users.username, record.username)).get()) {
    throw duplicate('user', record.username, 'username');
  }
  assertEmailFree(tx, record.email, null);
  const { id } = insertAudited(tx, users, { ...record, isDemo: record.isDemo ?? false }, {
    actorId,
    entity: 'user',
    label: userLabel,
    fields: USER_AUDIT_FIELDS,
  });
  return getUser(tx, id)!;
}

/** Insert an account (hash already computed) with its audit row; shared by the API, CLI and demo seed. */
export function insertUser(db: Db, record: NewUserRecord, actorId: number | null) {
  return writeTransaction(db, (tx) => insertUserTx(tx, record, actorId));
}

export async function createUser(db: Db, actor: SessionUser, input: UserCreateInput) {
  const passwordHash = await hashNewPassword('password', input.password, [input.username, input.displayName, input.email]);
  return insertUser(
    db,
    { username: input.username, displayName: input.displayName, role: input.role, agencyId: input.agencyId, email: input.email, passwordHash },
    actor.id,
  );
}

export function updateUser(db: Db, actor: SessionUser, input: UserUpdateInput) {
  return writeTransaction(db, (tx) => {
    const before = getUser(tx, input.id);
    if (!before) throw notFound('user', input.id);
    // An admin cannot lock themselves out by accident.
    if (actor.id === input.id && (input.role !== before.role || !input.active)) throw invalidField(input.active ? 'role' : 'active', 'self_lockout');
    assertAgencyExists(tx, input.agencyId !== before.agencyId ? input.agencyId : null);
    assertEmailFree(tx, input.email, input.id);
    const { id, version, ...fields } = input;
    updateVersioned(tx, users, { id, version }, fields, { actorId: actor.id, entity: 'user', label: userLabel, fields: USER_AUDIT_FIELDS });
    // A role, agency or active change takes effect now, not when the old session expires.
    if (input.role !== before.role || input.agencyId !== before.agencyId || !input.active) {
      revokeSessions(tx, { id: input.id, username: before.username }, actor.id, 'account_change');
    }
    return getUser(tx, input.id)!;
  });
}

export async function resetUserPassword(db: Db, actor: SessionUser, input: UserResetPasswordInput) {
  const target = getUser(db, input.id);
  if (!target) throw notFound('user', input.id);
  const passwordHash = await hashNewPassword('password', input.password, [target.username, target.displayName, target.email]);
  return writeTransaction(db, (tx) => {
    const before = getUser(tx, input.id);
    if (!before) throw notFound('user', input.id);
    setPasswordHash(tx, { id: input.id, version: before.version }, passwordHash, actor.id, 'auth.password_reset');
    return { ok: true as const };
  });
}

/**
 * Ends every session of an account, with an `auth.sessions_revoked` audit row when there were any
 * (`reason`: what caused it — a password change or reset, a role, agency or active change).
 */
export function revokeSessions(tx: DbOrTx, account: { id: number; username: string }, actorId: number | null, reason: string): number {
  const { changes } = tx.delete(sessions).where(eq(sessions.userId, account.id)).run();
  if (changes > 0) auditAuth(tx, 'auth.sessions_revoked', account, { actorId, reason, changes: [{ field: 'sessions', before: changes, after: 0 }] });
  return changes;
}

/**
 * Stores a new password hash (never audited as a value), bumps the account's version and signs
 * every session of the account out: whoever held the old password is out.
 */
export function setPasswordHash(
  tx: DbOrTx,
  key: VersionKey,
  passwordHash: string,
  actorId: number,
  action: 'auth.password_reset' | 'auth.password_change',
) {
  const row = updateVersioned(tx, users, key, { passwordHash }, { actorId, entity: 'user', action, label: userLabel, fields: [] });
  revokeSessions(tx, { id: key.id, username: row.username }, actorId, action);
}

/** Demo accounts still present (the server warns at start while any exist). */
export function countDemoUsers(db: Db): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.isDemo, true), eq(users.active, true))).get()?.n ?? 0;
}
