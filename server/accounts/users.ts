import { TRPCError } from '@trpc/server';
import { and, asc, count, eq, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, sessions, users } from '../../db/schema';
import type { Role } from '../../shared/domain';
import type { UserCreateInput, UserListInput, UserResetPasswordInput, UserUpdateInput } from '../../shared/schemas/users';
import type { SessionUser } from '../lib/session-user';
import { writeAudit, type DbOrTx } from '../lib/audit';
import { hashPassword } from './auth';

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
  active: users.active,
  isDemo: users.isDemo,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/** The audit record of an account: the fields an admin changes, no hash. */
const auditView = (u: { username: string; displayName: string; role: Role; agencyId: number | null; active: boolean }) => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  agencyId: u.agencyId,
  active: u.active,
});

function getUser(db: DbOrTx, id: number) {
  return db.select(userColumns).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId)).where(eq(users.id, id)).get();
}

export function listUsers(db: Db, input: UserListInput) {
  const conditions: SQL[] = [];
  if (input.q) {
    const q = `%${input.q}%`;
    conditions.push(or(like(users.username, q), like(users.displayName, q), like(agencies.code, q))!);
  }
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.active !== undefined) conditions.push(eq(users.active, input.active));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = db
    .select(userColumns)
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(input.limit)
    .offset(input.offset)
    .all();
  const total = db.select({ n: count() }).from(users).leftJoin(agencies, eq(agencies.id, users.agencyId)).where(where).get()?.n ?? 0;
  return { rows, total };
}

function assertAgencyExists(db: DbOrTx, agencyId: number | null): void {
  if (agencyId === null) return;
  const agency = db.select({ active: agencies.active }).from(agencies).where(eq(agencies.id, agencyId)).get();
  if (!agency) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `agencyId: ไม่พบหน่วยงาน ${agencyId} / agency ${agencyId} not found` });
  }
  if (!agency.active) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'agencyId: หน่วยงานนี้ถูกปิดใช้งาน / this agency is deactivated' });
  }
}

export type NewUserRecord = {
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  passwordHash: string;
  isDemo?: boolean;
};

/** Insert an account (hash already computed) with its audit row; shared by the API, CLI and demo seed. */
export function insertUser(db: Db, record: NewUserRecord, actorId: number | null) {
  return db.transaction((tx) => {
    assertAgencyExists(tx, record.agencyId);
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, record.username)).get()) {
      throw new TRPCError({ code: 'CONFLICT', message: `username: ชื่อผู้ใช้ ${record.username} มีอยู่แล้ว / username ${record.username} is taken` });
    }
    const { id } = tx
      .insert(users)
      .values({ ...record, isDemo: record.isDemo ?? false })
      .returning({ id: users.id })
      .get();
    writeAudit(tx, { userId: actorId, action: 'create', entity: 'user', entityId: id, after: auditView({ ...record, active: true }) });
    return getUser(tx, id)!;
  });
}

export async function createUser(db: Db, actor: SessionUser, input: UserCreateInput) {
  const passwordHash = await hashPassword(input.password);
  return insertUser(
    db,
    { username: input.username, displayName: input.displayName, role: input.role, agencyId: input.agencyId, passwordHash },
    actor.id,
  );
}

export function updateUser(db: Db, actor: SessionUser, input: UserUpdateInput) {
  return db.transaction((tx) => {
    const before = getUser(tx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบผู้ใช้ ${input.id} / user ${input.id} not found` });
    if (before.updatedAt !== input.updatedAt) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: `บัญชี ${before.username} ถูกแก้ไขโดยผู้อื่นหลังจากที่ท่านเปิดไว้ กรุณาโหลดใหม่ / account ${before.username} was changed by someone else since you loaded it: reload and try again`,
      });
    }
    // An admin cannot lock themselves out by accident.
    if (actor.id === input.id && (input.role !== before.role || !input.active)) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'role: ไม่สามารถเปลี่ยนบทบาทหรือปิดบัญชีของตนเอง / you cannot change your own role or deactivate yourself',
      });
    }
    assertAgencyExists(tx, input.agencyId !== before.agencyId ? input.agencyId : null);
    const now = new Date().toISOString();
    const changed = tx
      .update(users)
      .set({ displayName: input.displayName, role: input.role, agencyId: input.agencyId, active: input.active, updatedAt: now })
      .where(and(eq(users.id, input.id), eq(users.updatedAt, input.updatedAt)))
      .run();
    if (changed.changes !== 1) throw new TRPCError({ code: 'CONFLICT', message: 'บัญชีถูกแก้ไขพร้อมกัน / concurrent edit: reload and try again' });
    // A role, agency or active change takes effect now, not when the old session expires.
    if (input.role !== before.role || input.agencyId !== before.agencyId || !input.active) {
      tx.delete(sessions).where(eq(sessions.userId, input.id)).run();
    }
    const after = getUser(tx, input.id)!;
    writeAudit(tx, { userId: actor.id, action: 'update', entity: 'user', entityId: input.id, before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function resetUserPassword(db: Db, actor: SessionUser, input: UserResetPasswordInput) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    const before = getUser(tx, input.id);
    if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: `ไม่พบผู้ใช้ ${input.id} / user ${input.id} not found` });
    tx.update(users).set({ passwordHash, updatedAt: new Date().toISOString() }).where(eq(users.id, input.id)).run();
    tx.delete(sessions).where(eq(sessions.userId, input.id)).run();
    writeAudit(tx, { userId: actor.id, action: 'password_reset', entity: 'user', entityId: input.id });
    return { ok: true as const };
  });
}

/** Demo accounts still present (the server warns at start while any exist). */
export function countDemoUsers(db: Db): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.isDemo, true), eq(users.active, true))).get()?.n ?? 0;
}
