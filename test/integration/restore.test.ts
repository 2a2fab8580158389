// npm run db:restore: a backup comes back exactly, with every session of it revoked, the restore
// in its audit trail, the database it replaced kept aside, and a file that is not a backup refused.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDb } from '../../db/backup';
import { openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { restoreDb } from '../../db/restore';
import { auditLog, sessions, users } from '../../db/schema';
import { tableCounts } from '../helpers/db';
import { insertUser } from '../helpers/users';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'restore-'));
  dirs.push(dir);
  return dir;
};
const session = (userId: number, id: string) => ({ idHash: id, userId, createdAt: '2026-01-01T00:00:00Z', lastSeenAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z' });

describe('db:restore', () => {
  it('brings the backup back exactly, revokes every session in it, and keeps the replaced database aside', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    const db = openDb(live);
    migrateDb(db);
    const owner = insertUser(db, 'admin', undefined, 'owner');
    db.insert(sessions).values([session(owner.id, 'a'), session(owner.id, 'b')]).run();
    const backup = join(dir, 'backup.db');
    await backupDb(db, backup);
    const atBackup = tableCounts(db);
    // Life goes on: a new user and the sessions ended.
    insertUser(db, 'committee', undefined, 'later');
    db.delete(sessions).run();
    db.$client.close();

    const result = await restoreDb(backup, live, new Date('2026-12-02T10:00:00Z'));
    expect(result.sessionsRevoked).toBe(2);
    expect(result.safetyCopy).not.toBeNull();
    const restored = openDb(live);
    const counts = tableCounts(restored);
    // Everything as at the backup, except the sessions (revoked) and one audit row (the restore).
    expect({ ...counts, session: atBackup.session, audit_log: atBackup.audit_log }).toEqual(atBackup);
    expect(counts.session).toBe(0);
    expect(restored.select().from(users).where(eq(users.username, 'later')).get()).toBeUndefined();
    const audit = restored.select().from(auditLog).where(eq(auditLog.action, 'restore_backup')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityLabel: 'backup.db', changes: [{ field: 'sessions', before: 2, after: 0 }] });
    restored.$client.close();
    expect(statSync(live).mode & 0o777).toBe(0o600);
    // The database it replaced is kept, with the later user.
    const aside = openDb(result.safetyCopy!);
    expect(aside.select().from(users).where(eq(users.username, 'later')).get()).toBeDefined();
    aside.$client.close();
    expect(statSync(result.safetyCopy!).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not a backup and leaves the database alone', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    const db = openDb(live);
    migrateDb(db);
    insertUser(db, 'admin', undefined, 'owner');
    const before = tableCounts(db);
    db.$client.close();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database');
    await expect(restoreDb(junk, live)).rejects.toThrow();
    await expect(restoreDb(join(dir, 'missing.db'), live)).rejects.toThrow(/no backup/);
    const other = openDb(join(dir, 'other.db'));
    other.$client.exec('create table t (x)');
    other.$client.close();
    await expect(restoreDb(join(dir, 'other.db'), live)).rejects.toThrow(/not a backup/);
    const after = openDb(live);
    expect(tableCounts(after)).toEqual(before);
    after.$client.close();
    expect(existsSync(`${live}.restoring`)).toBe(false);
  });
});
