// `npm run demo:ita`: adds the demo ITA agencies and results 2565–2568 (deterministic) to the
// database at DATABASE_PATH, seeding reference data first if the database is new.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DATABASE_PATH, openDb } from '../client';
import { migrateDb } from '../migrate';
import { isEmpty, seedAll } from './index';
import { seedItaDemo } from './ita-demo';

const path = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
mkdirSync(dirname(path), { recursive: true });
const db = openDb(path);
migrateDb(db);
if (isEmpty(db)) seedAll(db);
seedItaDemo(db, { log: console.log });
db.$client.close();
