import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, sessions, users } from '../../db/schema';
import type { SessionUser } from '../lib/session-user';
import type { DbOrTx } from '../lib/transaction';

export const SESSION_COOKIE = 'sid';
/** Idle expiry: a session unused this long ends. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Absolute expiry: no session lives longer than this. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/** Only the hash is stored, so a leaked database does not leak live sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function createSession(db: DbOrTx, userId: number, now = new Date()): { token: string; maxAgeSeconds: number } {
  const token = randomBytes(32).toString('base64url');
  const iso = now.toISOString();
  db.insert(sessions)
    .values({
      idHash: hashToken(token),
      userId,
      createdAt: iso,
      lastSeenAt: iso,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    })
    .run();
  return { token, maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000 };
}

/** The signed-in user for a cookie token, or null when unknown, expired or idle too long. */
export function resolveSession(db: Db, token: string, now = new Date()): SessionUser | null {
  const idHash = hashToken(token);
  const row = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      agencyId: users.agencyId,
      active: users.active,
      agencyActive: agencies.active,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now.toISOString())))
    .get();
  // A reporter whose agency was deactivated no longer acts for it.
  if (!row || !row.active || row.agencyActive === false) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > SESSION_IDLE_MS) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    return null;
  }
  // Touch at most once a minute to keep reads cheap.
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash)).run();
  }
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role, agencyId: row.agencyId };
}

export function deleteSession(db: DbOrTx, token: string): void {
  db.delete(sessions).where(eq(sessions.idHash, hashToken(token))).run();
}
