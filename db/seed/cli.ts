import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DATABASE_PATH, openDb } from '../client';
import { migrateDb } from '../migrate';
import { seedDemo } from './demo';

const path = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
mkdirSync(dirname(path), { recursive: true });
const db = openDb(path);
migrateDb(db);
await seedDemo(db);
db.$client.close();
console.log(`seeded ${path}`);
