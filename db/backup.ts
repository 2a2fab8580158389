import { closeSync, existsSync, openSync } from 'node:fs';
import { restrictDatabaseFiles, type Db } from './client';

/** Online backup through SQLite's backup API: consistent even while the server writes. */
export async function backupDb(db: Db, targetPath: string): Promise<void> {
  // The copy holds the same secrets: owner-only from its first byte.
  if (!existsSync(targetPath)) closeSync(openSync(targetPath, 'a', 0o600));
  await db.$client.backup(targetPath);
  restrictDatabaseFiles(targetPath);
}
