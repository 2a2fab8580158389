// The test databases themselves: a copy behaves like the real thing and starts clean.
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { users } from '../../db/schema';
import { freshDbPerTest, tableCounts } from '../helpers/db';
import { buildTemplate, openCopy } from '../helpers/template';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest((db) => ({ owner: insertUser(db, 'admin', undefined, 'world-owner') }));
const userCount = () => fresh.db.select({ n: count() }).from(users).get()!.n;

describe('a test database', () => {
  it('holds exactly what migrating and seeding a new database gives', () => {
    const built = openCopy(buildTemplate());
    const { user, ...seeded } = tableCounts(fresh.db);
    expect(user).toBe(1);
    expect({ ...seeded, user: 0 }).toEqual(tableCounts(built));
    built.$client.close();
  });

  it('has the pragmas openDb sets (journal mode aside: a copy lives in memory)', () => {
    const real = openDb(':memory:');
    for (const pragma of ['foreign_keys', 'busy_timeout', 'synchronous', 'cache_size']) {
      expect(fresh.db.$client.pragma(pragma, { simple: true }), pragma).toBe(real.$client.pragma(pragma, { simple: true }));
    }
    real.$client.close();
  });

  // Whatever order these run in, each starts from the file's world alone.
  it.each([1, 2, 3])('copy %i starts from the file’s world, not from another test’s writes', (n) => {
    expect(userCount()).toBe(1);
    expect(fresh.db.select().from(users).where(eq(users.id, fresh.world.owner.id)).get()?.username).toBe('world-owner');
    for (let i = 0; i < n; i++) insertUser(fresh.db, 'analyst');
    expect(userCount()).toBe(1 + n);
  });
});
