// Online backup: copies the live database (WAL included) while the server keeps running.
// Usage: npm run db:backup [-- target.db]   (default: ./data/backup-<timestamp>.db)
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupDb } from './backup';
import { DEFAULT_DATABASE_PATH, openDb } from './client';

const source = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = process.argv[2] ?? `./data/backup-${stamp}.db`;
mkdirSync(dirname(target), { recursive: true });

const db = openDb(source);
const started = Date.now();
await backupDb(db, target);
db.$client.close();
console.log(`backup: ${source} → ${target} in ${Date.now() - started} ms`);
