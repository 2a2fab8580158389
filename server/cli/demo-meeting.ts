// npm run db:seed runs this after the database seed: the demo meeting is made through the
// meetings services (db/ imports nothing of the server). Idempotent.
import { DEFAULT_DATABASE_PATH, openDb } from '../../db/client';
import { seedDemoMeeting } from '../meetings/demo-meeting';

const db = openDb(process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
await seedDemoMeeting(db);
db.$client.close();
