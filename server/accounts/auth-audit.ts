// Sign-in events in the audit trail (issue 11 §3), written through the one audit helper with
// `auth.*` actions. An account that exists is named by its username; a name that matches no account
// is stored only as a keyed hash — people type passwords into the username box, and the trail
// must never keep one. The same mistyped name gives the same hash, so repeated guesses still show.
import { createHmac } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { appSecrets } from '../../db/schema';
import { writeAudit, type AuditChange } from '../lib/audit';
import type { DbOrTx } from '../lib/transaction';

export const AUTH_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.throttled',
  'auth.sign_out',
  'auth.password_change',
  'auth.password_reset',
  'auth.password_reset_requested',
  'auth.sessions_revoked',
  'auth.invitation_sent',
  'auth.invitation_accepted',
  'auth.email_change_requested',
  'auth.email_confirmed',
] as const;
export type AuthAction = (typeof AUTH_ACTIONS)[number];

function auditKey(db: DbOrTx): string {
  db.run(sql`insert or ignore into app_secret (name, value) values ('audit-username', lower(hex(randomblob(32))))`);
  return db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, 'audit-username')).get()!.value;
}

/** "unknown #3fa2…": how an unknown typed name appears in the trail (never the text itself). */
export function hashedName(db: DbOrTx, typed: string): string {
  return `unknown #${createHmac('sha256', auditKey(db)).update(typed).digest('hex').slice(0, 16)}`;
}

export type AuthSubject = { id: number; username: string } | { typed: string };

/**
 * One auth event. `actorId` is who acted (null for an anonymous sign-in attempt or reset request);
 * the subject is the account concerned, or the name typed when no account has it.
 */
export function auditAuth(
  tx: DbOrTx,
  action: AuthAction,
  subject: AuthSubject,
  options: { actorId: number | null; changes?: AuditChange[]; reason?: string | null },
  now = new Date(),
): void {
  const known = 'id' in subject;
  writeAudit(
    tx,
    {
      actorId: options.actorId,
      action,
      entity: 'user',
      entityId: known ? subject.id : '',
      label: known ? subject.username : hashedName(tx, subject.typed),
      changes: options.changes ?? [],
      reason: options.reason ?? null,
    },
    now,
  );
}
