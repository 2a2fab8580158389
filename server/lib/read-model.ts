// Read models (issue 13, decision 0014): an aggregate computed once per version of the data it
// reads and kept in memory until a write changes one of those versions. The public answer cache
// (public-cache.ts) keeps whole HTTP answers keyed by every domain a batch reads, so any write
// to any of them recomputes the batch; beneath it, an aggregate that reads less — the ITA trend
// over 33,000 results reads only the ITA domain — survives writes to the rest (a registry edit,
// a target revision) and the batch recomputes only what changed.
//
// Keyed by the SQLite data versions, so every process on the database file agrees. Never used
// inside a transaction: a value computed from uncommitted rows would be kept under version
// numbers that a rollback gives back, and a later commit would reach again with other data.
import { LRUCache } from 'lru-cache';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { readDataVersions, type DataDomain } from '../../db/data-versions';

type Entry = { versions: string; value: unknown };

const models = new WeakMap<Database.Database, LRUCache<string, Entry>>();

/** Entries per database: one per aggregate and input (a few hundred at most in practice). */
const MAX_ENTRIES = 500;

/**
 * `compute()`'s value for the current versions of `reads`, from memory when nothing it reads has
 * changed since. `reads` must name every domain whose tables compute() reads (a missing one
 * serves a stale answer); `key` names the aggregate and its input. Callers get their own copy.
 */
export function readModel<T>(db: Db, reads: readonly DataDomain[], key: string, compute: () => T): T {
  // A drizzle transaction passed as `db` has no client of its own: it is inside a transaction.
  const sqlite = db.$client as Database.Database | undefined;
  if (!sqlite || sqlite.inTransaction) return compute();
  let cache = models.get(sqlite);
  if (!cache) {
    cache = new LRUCache<string, Entry>({ max: MAX_ENTRIES });
    models.set(sqlite, cache);
  }
  const current = readDataVersions(db);
  const versions = reads.map((d) => current[d]).join(',');
  const hit = cache.get(key);
  if (hit && hit.versions === versions) return structuredClone(hit.value) as T;
  const value = compute();
  cache.set(key, { versions, value });
  return structuredClone(value);
}
