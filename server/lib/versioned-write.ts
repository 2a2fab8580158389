// The one versioned write (docs/decisions/0008-one-way-for-each-thing.md). Every editable record
// has an integer `version`; an update or delete names the version it was loaded at, and is
// refused with the conflict error when someone else changed the record since — never silently
// merged. The audit row is written in the same transaction. Call these inside
// writeTransaction(); a test holds that no service updates or deletes a versioned table directly.
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Entity } from '../../shared/domain';
import { diffFields, writeAudit } from './audit';
import { conflict, notFound } from './errors';
import type { DbOrTx } from './transaction';

type IdColumn = SQLiteColumn<{
  name: string;
  tableName: string;
  dataType: 'number';
  columnType: 'SQLiteInteger';
  data: number;
  driverParam: number;
  notNull: true;
  hasDefault: true;
  isPrimaryKey: true;
  isAutoincrement: false;
  hasRuntimeDefault: false;
  enumValues: undefined;
  baseColumn: never;
  identity: undefined;
  generated: undefined;
}>;

/** A table with an integer primary key `id` and an integer `version`. */
export type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

type Row<T extends VersionedTable> = T['$inferSelect'] & { id: number; version: number };

export type AuditSpec<T extends VersionedTable> = {
  actorId: number | null;
  entity: Entity;
  /** How a person names the record (from the row as it is after the write, or before a delete). */
  label: (row: Row<T>) => string;
  /** Defaults to create / update / delete. */
  action?: string;
  /** The fields to record; defaults to every column except bookkeeping and secrets. */
  fields?: readonly string[];
  reason?: string | null;
  /** Related facts to record beside the row's own fields (e.g. a Quick Win's levels). */
  extra?: { before?: Record<string, unknown>; after?: Record<string, unknown> };
};

export type VersionKey = { id: number; version: number };

const hasUpdatedAt = (table: SQLiteTable) => 'updatedAt' in getTableColumns(table);

function load<T extends VersionedTable>(tx: DbOrTx, table: T, id: number): Row<T> | undefined {
  return tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id as IdColumn, id))
    .get() as Row<T> | undefined;
}

function audit<T extends VersionedTable>(
  tx: DbOrTx,
  spec: AuditSpec<T>,
  defaultAction: string,
  id: number,
  before: Row<T> | null,
  after: Row<T> | null,
) {
  const withExtra = (row: Row<T> | null, extra?: Record<string, unknown>) =>
    row === null && !extra ? null : { ...(row as Record<string, unknown> | null), ...extra };
  writeAudit(tx, {
    actorId: spec.actorId,
    action: spec.action ?? defaultAction,
    entity: spec.entity,
    entityId: id,
    label: spec.label((after ?? before)!),
    changes: diffFields(withExtra(before, spec.extra?.before), withExtra(after, spec.extra?.after), spec.fields),
    reason: spec.reason ?? null,
  });
}

/** Inserts a record (version 1) and its audit row; returns the stored row. */
export function insertAudited<T extends VersionedTable>(tx: DbOrTx, table: T, values: T['$inferInsert'], spec: AuditSpec<T>): Row<T> {
  const row = tx.insert(table).values(values).returning().get() as unknown as Row<T>;
  audit(tx, spec, 'create', row.id, null, row);
  return row;
}

/**
 * Updates the record `key.id` if it is still at `key.version`: bumps the version (and
 * updatedAt), writes the audit row with the changed fields, returns the new row. Throws
 * not_found when there is no such record and stale_version when it has moved on.
 */
export function updateVersioned<T extends VersionedTable>(
  tx: DbOrTx,
  table: T,
  key: VersionKey,
  set: Partial<T['$inferInsert']>,
  spec: AuditSpec<T>,
  now = new Date(),
): Row<T> {
  const before = load(tx, table, key.id);
  if (!before) throw notFound(spec.entity, key.id);
  if (before.version !== key.version) throw conflict(spec.entity, spec.label(before));
  const values = { ...set, version: key.version + 1, ...(hasUpdatedAt(table) ? { updatedAt: now.toISOString() } : {}) };
  const after = tx
    .update(table as SQLiteTable)
    .set(values as never)
    .where(and(eq(table.id as IdColumn, key.id), eq(table.version as IdColumn, key.version)))
    .returning()
    .get() as Row<T> | undefined;
  // Unreachable inside an IMMEDIATE transaction (nobody else can write between the read and
  // the update), kept so that a caller outside one still gets the conflict, not a lost write.
  if (!after) throw conflict(spec.entity, spec.label(before));
  audit(tx, spec, 'update', key.id, before, after);
  return after;
}

/** Deletes the record if it is still at `key.version`, with its audit row; returns what was deleted. */
export function deleteVersioned<T extends VersionedTable>(tx: DbOrTx, table: T, key: VersionKey, spec: AuditSpec<T>): Row<T> {
  const before = load(tx, table, key.id);
  if (!before) throw notFound(spec.entity, key.id);
  if (before.version !== key.version) throw conflict(spec.entity, spec.label(before));
  const deleted = tx
    .delete(table as SQLiteTable)
    .where(and(eq(table.id as IdColumn, key.id), eq(table.version as IdColumn, key.version)))
    .returning()
    .get();
  if (!deleted) throw conflict(spec.entity, spec.label(before));
  audit(tx, spec, 'delete', key.id, before, null);
  return before;
}

/**
 * Reads a record for an edit that must hold its version: the row if it exists and is still at
 * `version`, else not_found / stale_version. For services that check rules on the current row
 * before calling updateVersioned in the same transaction.
 */
export function loadAtVersion<T extends VersionedTable>(tx: DbOrTx, table: T, key: VersionKey, spec: Pick<AuditSpec<T>, 'entity' | 'label'>): Row<T> {
  const row = load(tx, table, key.id);
  if (!row) throw notFound(spec.entity, key.id);
  if (row.version !== key.version) throw conflict(spec.entity, spec.label(row));
  return row;
}
