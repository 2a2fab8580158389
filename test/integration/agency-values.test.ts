import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { agencies, indicators, indicatorValues, valueSubmissions } from '../../db/schema';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { expectTrpcError } from '../helpers/errors';
import { insertUser } from '../helpers/users';

// Published values for S3-EX-01 in 2567–2568, and a submitted (unapproved) one that must never show.
function publishValues(db: Db) {
  const ind = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'S3-EX-01')).get()!;
  const id = (code: string) => db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)).get()!.id;
  const rows: Array<[string, number, number]> = [
    ['P41', 2568, 120],
    ['P50', 2568, 300],
    ['P10', 2568, 40],
    ['OCSC', 2568, 300],
    ['P41', 2567, 80],
  ];
  for (const [code, year, value] of rows) db.insert(indicatorValues).values({ indicatorId: ind.id, year, agencyId: id(code), value }).run();
  const reporter = insertUser(db, 'reporter', 'P90');
  db.insert(valueSubmissions).values({ indicatorId: ind.id, year: 2568, agencyId: id('P90'), value: 999, status: 'submitted', createdBy: reporter.id }).run();
}
const fresh = freshDbPerTest(publishValues);

describe('indicator.agencyValues (published per-agency values)', () => {
  it('defaults to the latest year, sorts by value then code, and pages on the server', async () => {
    const r = await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', limit: 2 });
    expect(r).toMatchObject({ scope: 'agency', years: [2568, 2567], year: 2568, total: 4 });
    expect(r.rows.map((x) => [x.agencyCode, x.value])).toEqual([
      ['OCSC', 300],
      ['P50', 300],
    ]);
    const next = await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', limit: 2, offset: 2 });
    expect(next.rows.map((x) => x.agencyCode)).toEqual(['P41', 'P10']);
  });

  it('never lists submissions that are not approved', async () => {
    const r = await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', limit: 200 });
    expect(r.rows.map((x) => x.value)).not.toContain(999);
  });

  it('filters by a chosen year and by a search on code or name (wildcards taken literally)', async () => {
    expect((await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', year: 2567 })).rows.map((x) => x.agencyCode)).toEqual(['P41']);
    expect((await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', q: 'อุดรธานี' })).rows.map((x) => x.agencyCode)).toEqual(['P41']);
    expect((await callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', q: '%' })).total).toBe(0);
  });

  it('answers a national indicator with no rows, an unknown code with NOT_FOUND and bad paging with BAD_REQUEST', async () => {
    expect(await callerFor(fresh.db).indicator.agencyValues({ code: 'CPI-SCORE' })).toMatchObject({ scope: 'national', total: 0, rows: [] });
    await expectTrpcError(callerFor(fresh.db).indicator.agencyValues({ code: 'NOPE' }), 'not_found', 'code');
    await expectTrpcError(callerFor(fresh.db).indicator.agencyValues({ code: 'S3-EX-01', limit: 5000 }), 'too_big', 'limit');
  });
});
