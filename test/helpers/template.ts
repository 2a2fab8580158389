// The template database and its copies; no vitest here, so the global setup can use it too.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDb, type Db } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import * as schema from '../../db/schema';
import { seedAll } from '../../db/seed';

/** Migrates and seeds an in-memory database and returns its bytes. */
export function buildTemplate(): Buffer {
  const db = openDb(':memory:');
  migrateDb(db);
  seedAll(db);
  const bytes = db.$client.serialize();
  db.$client.close();
  return bytes;
}

/** An in-memory database holding a copy of `bytes`, with the pragmas of db/client.ts openDb. */
export function openCopy(bytes: Buffer): Db {
  const sqlite = new Database(bytes);
  // journal_mode = WAL stays "memory" in memory; the rest is what openDb sets.
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -65536');
  return drizzle({ client: sqlite, schema });
}
