// Tests against the real database (docs/decisions/0008): the migrated, seeded template is built
// once per run, and every test works on its own in-memory copy, so tests pass in any order.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Db } from '../../db/client';
import { buildTemplate, openCopy } from './template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The template database file written by test/integration/global-setup.ts. */
    templateDbPath: string;
  }
}

let template: Buffer | undefined;
function seededTemplate(): Buffer {
  // Outside the integration project (no global setup), build it here, once per file.
  const path = inject('templateDbPath');
  return (template ??= path ? readFileSync(path) : buildTemplate());
}

/** A fresh copy of the migrated template, seeded with reference data and examples. */
export function createTestDb(): Db {
  return openCopy(seededTemplate());
}

/**
 * Gives each test of the file its own database: `prepare` (the file's "world": users, periods,
 * imported rows…) runs once, in beforeAll, on a copy of the template; that state is serialized and
 * every test gets a fresh copy of it in beforeEach. Read `db` and `world` inside tests and hooks.
 */
export function freshDbPerTest<World = undefined>(prepare?: (db: Db) => World | Promise<World>): { readonly db: Db; readonly world: World } {
  let bytes: Buffer | undefined;
  let world: World | undefined;
  let current: Db | undefined;
  beforeAll(async () => {
    if (!prepare) return;
    const db = createTestDb();
    world = await prepare(db);
    bytes = db.$client.serialize();
    db.$client.close();
  });
  beforeEach(() => {
    current = bytes ? openCopy(bytes) : createTestDb();
  });
  afterEach(() => {
    current?.$client.close();
    current = undefined;
  });
  return {
    get db() {
      if (!current) throw new Error('the test database exists only inside a test (or its beforeEach/afterEach)');
      return current;
    },
    get world() {
      return world as World;
    },
  };
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
