import { openDb, type Db } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { seedAll } from '../../db/seed';

/** A fresh, migrated in-memory database; seeded with reference data and examples unless told not to. */
export function createTestDb({ seed = true }: { seed?: boolean } = {}): Db {
  const db = openDb(':memory:');
  migrateDb(db);
  if (seed) seedAll(db);
  return db;
}

/** Row counts of every table: assert "nothing was written" by comparing before and after. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
    .all() as Array<{ name: string }>;
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]),
  );
}
