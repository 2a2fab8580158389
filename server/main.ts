import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DATABASE_PATH, openDb } from '../db/client';
import { migrateDb } from '../db/migrate';
import { isEmpty, seedDemo } from '../db/seed/demo';
import { buildApp } from './app';
import { countDemoUsers } from './accounts/users';
import { seedDemoMeeting } from './meetings/demo-meeting';

const databasePath = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

mkdirSync(dirname(databasePath), { recursive: true });
const db = openDb(databasePath);
migrateDb(db);
const app = await buildApp({ db, secureCookies: process.env.COOKIE_SECURE === '1' });

if (isEmpty(db) && process.env.SEED_ON_EMPTY !== '0') {
  app.log.info('empty database: seeding reference data and the demo');
  await seedDemo(db, (msg) => app.log.info(msg));
  await seedDemoMeeting(db, (msg) => app.log.info(msg));
}
const demoUsers = countDemoUsers(db);
if (demoUsers > 0) {
  app.log.warn(`${demoUsers} demo account(s) with published passwords are active: deactivate them before real use (/admin/users)`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
