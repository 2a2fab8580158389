import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DATABASE_PATH, openDb } from '../db/client';
import { migrateDb } from '../db/migrate';
import { seedActivities } from '../db/seed/activities';
import { isEmpty, seedDemo } from '../db/seed/demo';
import { eq } from 'drizzle-orm';
import { itaResults } from '../db/schema';
import { buildApp } from './app';
import { countDemoUsers } from './accounts/users';
import { mailSettingsFromEnv } from './notifications/config';
import { startMailJobs } from './notifications/scheduler';
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
} else {
  // The OCSC project and the question sets are reference data added after some databases were
  // made (migration 0010 replaced the old seminar tables): added when missing, never overwritten.
  seedActivities(db, { demo: Boolean(db.select({ id: itaResults.id }).from(itaResults).where(eq(itaResults.isDemo, true)).limit(1).get()) });
}
const demoUsers = countDemoUsers(db);
if (demoUsers > 0 && process.env.NODE_ENV === 'production') {
  // Published passwords on a real install: refuse to serve rather than warn.
  app.log.error(
    `${demoUsers} demo account(s) with published passwords are active, so the server will not start with NODE_ENV=production. ` +
      'Create a real admin (npm run user:create -- --username NAME --role admin), sign in as it, deactivate the demo accounts at /admin/users ' +
      '(or start once without NODE_ENV=production to do so), then start again.',
  );
  await app.close();
  db.$client.close();
  process.exit(1);
}
if (demoUsers > 0) {
  app.log.warn(`${demoUsers} demo account(s) with published passwords are active: deactivate them before real use (/admin/users)`);
}

// MAIL_JOBS=0: no sender and no scheduled notices in this process (e.g. a second server on the same file).
const mailJobs = process.env.MAIL_JOBS === '0' ? null : startMailJobs(db, mailSettingsFromEnv(), app.log);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  mailJobs?.stop();
  await app.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port, host });
