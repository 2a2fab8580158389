// Restoring a backup (db/backup.ts) over the database the server uses. The server must be
// stopped: the file is replaced, not written through a live connection. Every session of the
// restored database is revoked, so a backup never brings back a sign-in that was ended since
// (a stolen cookie revoked last week would otherwise work again); everyone signs in afresh.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { count } from 'drizzle-orm';
import { backupDb } from './backup';
import { openDb, restrictDatabaseFiles } from './client';
import { migrateDb } from './migrate';
import { auditLog, sessions } from './schema';

export type RestoreResult = { sessionsRevoked: number; safetyCopy: string | null };

/** Refuses a file that is not an intact database of this app (a typo, a truncated copy). */
function checkBackup(path: string): void {
  if (!existsSync(path)) throw new Error(`no backup at ${path}`);
  const probe = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = probe.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${path} fails SQLite's integrity check: ${String(integrity)}`);
    const tables = probe.prepare("select name from sqlite_master where type = 'table' and name in ('audit_log', 'user', 'session')").all();
    if (tables.length !== 3) throw new Error(`${path} is not a backup of this app's database`);
  } finally {
    probe.close();
  }
}

/**
 * Replaces `targetPath` with the backup at `backupPath`: checks the backup, keeps the current
 * database as `<target>.before-restore-<time>` (when there is one), brings the copy's schema up
 * to date, revokes every session in it and records the restore in its audit trail; then swaps
 * the file in (rename, so a crash leaves either the old or the new database, never half of one).
 */
export async function restoreDb(backupPath: string, targetPath: string, now = new Date()): Promise<RestoreResult> {
  checkBackup(backupPath);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let safetyCopy: string | null = null;
  if (existsSync(targetPath)) {
    safetyCopy = `${targetPath}.before-restore-${stamp}`;
    const current = openDb(targetPath);
    await backupDb(current, safetyCopy);
    current.$client.close();
  }
  const staging = `${targetPath}.restoring-${stamp}`;
  restrictDatabaseFiles(staging);
  copyFileSync(backupPath, staging);
  restrictDatabaseFiles(staging);
  const db = openDb(staging);
  let sessionsRevoked = 0;
  try {
    migrateDb(db);
    db.transaction(
      (tx) => {
        sessionsRevoked = tx.select({ n: count() }).from(sessions).get()?.n ?? 0;
        tx.delete(sessions).run();
        tx.insert(auditLog)
          .values({
            at: now.toISOString(),
            userId: null,
            action: 'restore_backup',
            entity: 'session',
            entityId: 'all',
            entityLabel: basename(backupPath),
            changes: [{ field: 'sessions', before: sessionsRevoked, after: 0 }],
            reason: `db:restore ${basename(backupPath)}`,
          })
          .run();
      },
      { behavior: 'immediate' },
    );
    // Fold the WAL into the file so the rename moves one complete database.
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
  }
  for (const suffix of ['-wal', '-shm']) {
    rmSync(`${staging}${suffix}`, { force: true });
    rmSync(`${targetPath}${suffix}`, { force: true });
  }
  renameSync(staging, targetPath);
  restrictDatabaseFiles(targetPath);
  return { sessionsRevoked, safetyCopy };
}
