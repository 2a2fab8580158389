import { mkdtempSync, rmSync } from 'node:fs';
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
