// The national-scale database both benchmarks use: reference data, the demo ITA results for
// ~8,300 agencies over four years, the demo accounts and an open period, and every agency
// assigned one per-agency indicator (as many agency × indicator pairs as a real year has).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { migrateDb } from '../db/migrate';
import { assignments, indicators } from '../db/schema';
import { seedAll } from '../db/seed';
import { seedDemoAccounts } from '../db/seed/demo-accounts';
import { seedItaDemo } from '../db/seed/ita-demo';

export async function buildNationalDb(db: Db) {
  migrateDb(db);
  seedAll(db);
  const demo = seedItaDemo(db);
  await seedDemoAccounts(db, () => {});
  const perAgency = db.select({ id: indicators.id }).from(indicators).where(eq(indicators.code, 'S1-EX-02')).get()!;
  for (const agencyLevel of ['central', 'regional', 'local'] as const) {
    db.insert(assignments).values({ indicatorId: perAgency.id, agencyLevel }).run();
  }
  return demo;
}
