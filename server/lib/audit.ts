// The audit row, defined once: who did what to which record, a readable label for it, and the
// changed fields as before → after. Written in the same transaction as the change it records;
// the table is append-only (docs/decisions/0008-one-way-for-each-thing.md).
import { auditLog } from '../../db/schema';
import type { Entity } from '../../shared/domain';
import type { DbOrTx } from './transaction';

export type AuditChange = { field: string; before: unknown; after: unknown };

export type AuditEntry = {
  /** The signed-in user, or null for the system (seed, scheduled jobs) and anonymous sign-in attempts. */
  actorId: number | null;
  /** A verb: create, update, delete, submit, approve, return, publish, import, sign_in … */
  action: string;
  entity: Entity;
  entityId: string | number;
  /** How a person names the record: "P41 จังหวัดอุดรธานี", "CPI-SCORE 2568". */
  label: string;
  changes?: AuditChange[];
  /** Why, where the action asks for a reason (target revision, restore, publish below threshold). */
  reason?: string | null;
};

/** Fields never written to the audit trail: bookkeeping, and secrets above all. */
const NOT_AUDITED = new Set(['id', 'version', 'createdAt', 'updatedAt', 'passwordHash', 'tokenHash']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between two states of a record (null for "did not exist"), in the
 * order of `fields` when given, else of the record's own keys.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields?: readonly string[],
): AuditChange[] {
  const keys = fields ?? [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .filter((field) => !NOT_AUDITED.has(field))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((c) => !same(c.before, c.after));
}

/** Append one audit row. Call inside the same transaction as the change it records. */
export function writeAudit(tx: DbOrTx, entry: AuditEntry, now = new Date()): void {
  tx.insert(auditLog)
    .values({
      at: now.toISOString(),
      userId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      entityLabel: entry.label,
      changes: entry.changes ?? [],
      reason: entry.reason ?? null,
    })
    .run();
}
