// Several server processes on one database file (docs/decisions/0008): concurrent versioned
// writes through two processes never answer 5xx; each is applied or refused with the conflict
// code, and the audit trail holds exactly the applied ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { migrateDb } from '../../db/migrate';
import { auditLog, reportingPeriods } from '../../db/schema';
import { seedAll } from '../../db/seed';
import { createSession } from '../../server/accounts/session';
import { createPeriod } from '../../server/reporting/periods';
import { insertUser } from '../helpers/users';
import { startServer, type ServerProcess } from '../helpers/server-process';

const CLIENTS = 24;
const WRITES_PER_CLIENT = 3;

const dir = mkdtempSync(join(tmpdir(), 'two-processes-'));
const dbPath = join(dir, 'ethics.db');
let servers: ServerProcess[] = [];
let cookie = '';
let periodId = 0;

beforeAll(async () => {
  const db = openDb(dbPath);
  migrateDb(db);
  seedAll(db);
  const admin = insertUser(db, 'admin');
  periodId = createPeriod(db, admin, { year: 2569, opensOn: '2026-10-01', deadline: '2026-12-31', locked: false }).id;
  cookie = `sid=${createSession(db, admin.id).token}`;
  db.$client.close();
  servers = await Promise.all([startServer(dbPath, { SEED_ON_EMPTY: '0' }), startServer(dbPath, { SEED_ON_EMPTY: '0' })]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

type Outcome = 'applied' | 'conflict' | 'other4xx' | 'server-error';

async function call(base: string, path: string, input?: unknown): Promise<{ status: number; body: { result?: { data: unknown }; error?: { data?: { error?: { code: string } } } } }> {
  const res = input === undefined
    ? await fetch(`${base}/trpc/${path}`, { headers: { cookie } })
    : await fetch(`${base}/trpc/${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: res.status, body: await res.json() };
}

it('answers every concurrent write from two processes with applied or conflict, never 5xx, audited exactly', async () => {
  expect(servers.every((s) => s.child.exitCode === null), servers.map((s) => s.output()).join('\n')).toBe(true);
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const base = servers[client % servers.length]!.url;
      for (let w = 0; w < WRITES_PER_CLIENT; w++) {
        // Load, then save with the version loaded: the optimistic-concurrency path every form takes.
        const list = await call(base, 'period.list');
        const period = (list.body.result!.data as Array<{ id: number; version: number; opensOn: string }>).find((p) => p.id === periodId)!;
        const res = await call(base, 'period.update', {
          id: periodId,
          version: period.version,
          opensOn: '2026-10-01',
          deadline: `2027-01-${String(1 + ((client * WRITES_PER_CLIENT + w) % 28)).padStart(2, '0')}`,
          locked: false,
        });
        if (res.status === 200) outcomes.push('applied');
        else if (res.status === 409 && res.body.error?.data?.error?.code === 'stale_version') outcomes.push('conflict');
        else if (res.status >= 500) outcomes.push('server-error');
        else outcomes.push('other4xx');
      }
    }),
  );
  const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
  const summary = { sent: outcomes.length, applied: count('applied'), conflict: count('conflict'), other4xx: count('other4xx'), serverErrors: count('server-error') };
  console.log(`two processes, one database: ${JSON.stringify(summary)}`);
  expect(summary.sent).toBe(CLIENTS * WRITES_PER_CLIENT);
  expect(summary.serverErrors).toBe(0);
  expect(summary.other4xx).toBe(0);
  expect(summary.applied).toBeGreaterThan(0);
  expect(summary.applied + summary.conflict).toBe(summary.sent);

  const db = openDb(dbPath);
  const period = db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId)).get()!;
  const audited = db.select().from(auditLog).where(and(eq(auditLog.entity, 'period'), eq(auditLog.entityId, String(periodId)), eq(auditLog.action, 'update'))).all();
  db.$client.close();
  // Every applied write bumped the version once and left one audit row; refused ones left nothing.
  expect(period.version).toBe(1 + summary.applied);
  expect(audited).toHaveLength(summary.applied);
}, 120_000);
