import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { agencies, indicators, indicatorValues, plans } from '../../db/schema';
import { deriveNationalSeries } from '../../server/plan/aggregates';
import type { Db } from '../../db/client';
import { freshDbPerTest } from '../helpers/db';

const fresh = freshDbPerTest();

/** Three agencies report 2, 5 and 9 for a per-agency indicator with the given rule. */
function setup(db: Db, direction: 'higher' | 'lower', aggregation: 'mean' | 'sum' | 'share_at_least', threshold: number | null) {
  const plan = db.select({ id: plans.id }).from(plans).get()!;
  const ind = db
    .insert(indicators)
    .values({ planId: plan.id, code: 'AGG-T', nameTh: 'ทดสอบ', nameEn: 'test', unit: 'count', direction, scope: 'agency', aggregation, aggregationThreshold: threshold, sourceOrgTh: 'x', sourceOrgEn: 'x' })
    .returning({ id: indicators.id })
    .get();
  const ids = ['OCSC', 'NACC', 'PACC'].map((code) => db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, code)).get()!.id);
  [2, 5, 9].forEach((value, i) => db.insert(indicatorValues).values({ indicatorId: ind.id, year: 2568, agencyId: ids[i], value }).run());
  return deriveNationalSeries(db, [ind.id]).get(ind.id)![0]!;
}

describe('national figure derived from approved agency values', () => {
  it.each([
    ['higher', 'mean', null, 16 / 3],
    ['higher', 'sum', null, 16],
    ['higher', 'share_at_least', 5, (2 / 3) * 100],
    // Lower is better: the share counts agencies at or below the threshold.
    ['lower', 'share_at_least', 5, (2 / 3) * 100],
    ['lower', 'share_at_least', 2, (1 / 3) * 100],
    ['higher', 'share_at_least', 9, (1 / 3) * 100],
  ] as const)('%s / %s (threshold %s) → %f', (direction, aggregation, threshold, expected) => {
    const v = setup(fresh.db, direction, aggregation, threshold);
    expect(v.year).toBe(2568);
    // Derived figures are rounded to two decimals.
    expect(v.value).toBeCloseTo(expected, 1);
  });
});
