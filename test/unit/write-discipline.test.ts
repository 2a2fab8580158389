// The one versioned write and the one write transaction (docs/decisions/0008): no service
// updates or deletes a versioned table except through server/lib/versioned-write.ts, and no
// service opens a transaction except through server/lib/transaction.ts (BEGIN IMMEDIATE).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const serverFiles = sourceFiles(join(root, 'server')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** Exported table names (as services import them) whose table has a version column. */
const versionedTables = Object.entries(schema)
  .filter(([, value]) => is(value, SQLiteTable) && 'version' in getTableColumns(value as SQLiteTable))
  .map(([name, value]) => ({ name, sql: getTableName(value as SQLiteTable) }));

describe('write discipline', () => {
  it('knows the versioned tables (the rule below is not vacuous)', () => {
    expect(versionedTables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['indicators', 'targets', 'valueSubmissions', 'indicatorValues', 'agencies', 'users', 'assignments', 'reportingPeriods']),
    );
    expect(serverFiles.length).toBeGreaterThan(30);
  });

  it('no service updates or deletes a versioned table directly', () => {
    const offenders: string[] = [];
    for (const file of serverFiles) {
      if (file.path === join('server', 'lib', 'versioned-write.ts')) continue;
      for (const table of versionedTables) {
        const direct = new RegExp(`\\.(update|delete)\\(\\s*${table.name}\\s*\\)`);
        if (direct.test(file.text)) offenders.push(`${file.path}: ${table.name}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every transaction in the server is a writeTransaction (BEGIN IMMEDIATE)', () => {
    const offenders = serverFiles
      .filter((f) => f.path !== join('server', 'lib', 'transaction.ts') && /\.transaction\(/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('the checks would catch an offender', () => {
    const sample = "tx.update(indicators).set({ nameTh: 'x' })";
    expect(versionedTables.some((t) => new RegExp(`\\.(update|delete)\\(\\s*${t.name}\\s*\\)`).test(sample))).toBe(true);
  });
});
