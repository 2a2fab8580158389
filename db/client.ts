import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/ethics.db';

/** Database files hold password hashes and sessions: readable by the server's user only. */
export const DATABASE_FILE_MODE = 0o600;

/**
 * Creates the file owner-only before SQLite does (SQLite gives its -wal and -shm files the
 * database file's mode), and tightens the files of an existing database.
 */
export function restrictDatabaseFiles(path: string): void {
  if (path === '' || path === ':memory:' || path.startsWith('file:')) return;
  if (!existsSync(path)) closeSync(openSync(path, 'a', DATABASE_FILE_MODE));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, DATABASE_FILE_MODE);
}

/** Opens (creating if needed) a SQLite database with the pragmas the app relies on. */
export function openDb(path: string = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH): Db {
  restrictDatabaseFiles(path);
  const sqlite = new Database(path);
  // WAL lets readers run while a writer commits; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // 64 MiB page cache (default 2 MiB): the national-scale ITA tables stay in memory.
  sqlite.pragma('cache_size = -65536');
  return drizzle({ client: sqlite, schema });
}
