// Read models (server/lib/read-model.ts): an aggregate computed once per version of the data it
// reads — recomputed after a write to those data, kept across writes to anything else, never
// kept from inside a transaction (a rollback would leave it answering for data that never was).
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { itaResults, targets } from '../../db/schema';
import { getItaNational } from '../../server/ita/analytics';
import { readModel } from '../../server/lib/read-model';
import { freshDbPerTest } from '../helpers/db';

const fresh = freshDbPerTest();

/** A read model whose computations are counted. */
function counted(reads: Parameters<typeof readModel>[1], key = 'count') {
  let computed = 0;
  const read = () =>
    readModel(fresh.db, reads, key, () => {
      computed++;
      return { rows: fresh.db.select({ n: sql<number>`count(*)` }).from(itaResults).get()!.n };
    });
  return { read, computed: () => computed };
}
const touchAgency = () => fresh.db.run(sql`update agency set updated_at = updated_at where id = (select min(id) from agency)`);
const touchIta = () => fresh.db.run(sql`update ita_result set total = total where id = (select min(id) from ita_result)`);

describe('readModel', () => {
  it.each([
    { write: 'none', reads: ['ita'] as const, recomputes: false },
    { write: 'registry', reads: ['ita'] as const, recomputes: false },
    { write: 'registry', reads: ['ita', 'registry'] as const, recomputes: true },
    { write: 'ita', reads: ['ita'] as const, recomputes: true },
  ])('a $write write, reading $reads: recomputed = $recomputes', ({ write, reads, recomputes }) => {
    const model = counted(reads);
    const first = model.read();
    expect(model.read()).toEqual(first);
    expect(model.computed()).toBe(1);
    if (write === 'registry') touchAgency();
    if (write === 'ita') touchIta();
    model.read();
    expect(model.computed()).toBe(recomputes ? 2 : 1);
  });

  it('computes afresh when given a transaction (a drizzle tx has no client of its own)', () => {
    const model = (db: typeof fresh.db) => readModel(db, ['ita'], 'tx', () => db.select({ n: sql<number>`count(*)` }).from(itaResults).get()!.n);
    const before = model(fresh.db);
    expect(() =>
      fresh.db.transaction((tx) => {
        tx.delete(itaResults).run();
        expect(model(tx as unknown as typeof fresh.db)).toBe(0);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(model(fresh.db)).toBe(before);
  });

  it('gives each caller its own copy (a caller changing it cannot change the next answer)', () => {
    const model = counted(['ita']);
    const mine = model.read();
    mine.rows = -1;
    expect(model.read().rows).toBeGreaterThan(0);
  });

  it('inside a transaction computes afresh and keeps nothing: a rollback gives the version back, and a later commit reaching it is not answered from the rolled-back data', () => {
    const sum = () => readModel(fresh.db, ['ita'], 'sum', () => fresh.db.select({ s: sql<number>`sum(total)` }).from(itaResults).get()!.s);
    const [a, b] = fresh.db
      .select({ id: itaResults.id, total: itaResults.total })
      .from(itaResults)
      .where(sql`${itaResults.total} > 0`)
      .orderBy(itaResults.total)
      .limit(2)
      .all();
    expect(a!.total).not.toBe(b!.total);
    const before = sum();
    expect(() =>
      fresh.db.transaction((tx) => {
        tx.update(itaResults).set({ total: 0 }).where(eq(itaResults.id, a!.id)).run();
        expect(sum()).toBeCloseTo(before - a!.total, 6);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    // One committed change: the same version number the rolled-back one had.
    fresh.db.update(itaResults).set({ total: 0 }).where(eq(itaResults.id, b!.id)).run();
    expect(sum()).toBeCloseTo(before - b!.total, 6);
  });

  it('the national ITA answer follows a target revision (it reads the plan as well as the ITA results)', () => {
    const national = getItaNational(fresh.db);
    const target = national.years.find((y) => y.target)!;
    fresh.db.run(sql`update ${targets} set value = 99 where year = ${target.year} and indicator_id = (select id from indicator where code = 'ITA-PASS')`);
    expect(getItaNational(fresh.db).years.find((y) => y.year === target.year)!.target!.value).toBe(99);
  });
});
