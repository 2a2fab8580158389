// The demo seed the start command runs on an empty database: reference data, flagged
// examples and demo data added by later features (accounts, ITA results).
import type { Db } from '../client';
import { seedDemoAccounts } from './demo-accounts';
import { isEmpty, seedAll } from './index';
import { seedItaDemo } from './ita-demo';

export { isEmpty };

export type Log = (message: string) => void;

export async function seedDemo(db: Db, log: Log = console.log): Promise<void> {
  seedAll(db);
  log('seeded plan, reference indicators, provinces and examples');
  seedItaDemo(db, { log });
  await seedDemoAccounts(db, log);
}
