import type { Db } from './client';

/** Online backup through SQLite's backup API: consistent even while the server writes. */
export async function backupDb(db: Db, targetPath: string): Promise<void> {
  await db.$client.backup(targetPath);
}
