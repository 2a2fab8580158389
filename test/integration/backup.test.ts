import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { backupDb } from '../../db/backup';
import { openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { seedAll } from '../../db/seed';
import { tableCounts } from '../helpers/db';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('backs up a live WAL database to a file that opens with the same rows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-'));
  dirs.push(dir);
  const db = openDb(join(dir, 'live.db'));
  migrateDb(db);
  seedAll(db);
  await backupDb(db, join(dir, 'copy.db'));
  const copy = openDb(join(dir, 'copy.db'));
  expect(tableCounts(copy)).toEqual(tableCounts(db));
  expect(tableCounts(copy).indicator_value).toBeGreaterThan(30);
  copy.$client.close();
  db.$client.close();
});

it('creates the database, its WAL and a backup readable by the owner only (0600), and tightens an existing file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'modes-'));
  dirs.push(dir);
  const mode = (p: string) => statSync(p).mode & 0o777;
  const path = join(dir, 'live.db');
  const db = openDb(path);
  migrateDb(db);
  expect(mode(path)).toBe(0o600);
  expect(mode(`${path}-wal`)).toBe(0o600);
  expect(mode(`${path}-shm`)).toBe(0o600);
  await backupDb(db, join(dir, 'copy.db'));
  expect(mode(join(dir, 'copy.db'))).toBe(0o600);
  db.$client.close();

  const old = join(dir, 'old.db');
  writeFileSync(old, '');
  chmodSync(old, 0o644);
  openDb(old).$client.close();
  expect(mode(old)).toBe(0o600);
});
