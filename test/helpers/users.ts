import type { Db } from '../../db/client';
import { agencies, users } from '../../db/schema';
import type { SessionUser } from '../../server/lib/session-user';
import type { Role } from '../../shared/domain';
import { eq } from 'drizzle-orm';

/**
 * Inserts a user row (audit rows reference real users) and returns the session user a
 * caller acts as. The hash is a placeholder: these users never sign in through the form.
 */
export function insertUser(db: Db, role: Role, agencyCode?: string, username = `${role}-${agencyCode ?? 'x'}-${Math.random().toString(36).slice(2, 8)}`): SessionUser {
  const agencyId = agencyCode ? (db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, agencyCode)).get()?.id ?? null) : null;
  if (agencyCode && agencyId === null) throw new Error(`no agency ${agencyCode} in the test database`);
  const row = db
    .insert(users)
    .values({ username, displayName: username, passwordHash: 'not-a-login', role, agencyId })
    .returning({ id: users.id })
    .get();
  return { id: row.id, username, displayName: username, role, agencyId };
}
