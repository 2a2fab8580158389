// Restore a backup over the server's database. Stop the server first.
// Usage: npm run db:restore -- <backup.db>   (target: DATABASE_PATH, default ./data/ethics.db)
import { DEFAULT_DATABASE_PATH } from './client';
import { restoreDb } from './restore';

const backup = process.argv[2];
if (!backup) {
  console.error('usage: npm run db:restore -- <backup.db>   (stop the server first; the target is DATABASE_PATH)');
  process.exit(2);
}
const target = process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
try {
  const { sessionsRevoked, safetyCopy } = await restoreDb(backup, target);
  console.log(`restore: ${backup} → ${target}; ${sessionsRevoked} session(s) revoked, everyone signs in again`);
  if (safetyCopy) console.log(`restore: the database as it was is kept at ${safetyCopy}`);
} catch (error) {
  console.error(`restore refused: ${(error as Error).message}`);
  process.exit(1);
}
