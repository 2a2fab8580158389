import type { Db } from '../../db/client';

/** An open write transaction (or the database itself, for single statements). */
export type DbOrTx = Pick<Db, 'insert' | 'select' | 'update' | 'delete' | 'selectDistinct' | 'run' | 'get' | 'all'>;

/**
 * Runs `fn` in a write transaction that begins IMMEDIATE: it takes the write lock before its
 * first read, so a second server process on the same file waits (busy_timeout) instead of
 * failing with SQLITE_BUSY_SNAPSHOT when a read-then-write transaction tries to upgrade.
 * Every service write goes through here (docs/decisions/0008-one-way-for-each-thing.md).
 */
export function writeTransaction<T>(db: Db, fn: (tx: DbOrTx) => T): T {
  return db.transaction((tx) => fn(tx), { behavior: 'immediate' });
}
