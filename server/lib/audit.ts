import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

/** A database or an open transaction: audit rows are written in the caller's transaction. */
export type DbOrTx = Pick<Db, 'insert' | 'select' | 'update' | 'delete'>;

export type AuditEntry = {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Append one audit row. Call inside the same transaction as the change it records. */
export function writeAudit(tx: DbOrTx, entry: AuditEntry, now = new Date()): void {
  tx.insert(auditLog)
    .values({
      at: now.toISOString(),
      userId: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}
