import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/ethics.db';

/** Opens (creating if needed) a SQLite database with the pragmas the app relies on. */
export function openDb(path: string = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH): Db {
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
