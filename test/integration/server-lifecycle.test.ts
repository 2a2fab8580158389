// The real start-up path: a fresh database is migrated and seeded, the app answers, and
// SIGTERM closes the server and the database cleanly (exit code 0).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDb } from '../../db/client';

const dir = mkdtempSync(join(tmpdir(), 'lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

it('starts on an empty database, serves, and shuts down cleanly on SIGTERM', async () => {
  const port = await freePort();
  const dbPath = join(dir, 'ethics.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: dbPath, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let health: Response | null = null;
  for (let i = 0; i < 240 && !health; i++) {
    try {
      health = await fetch(`http://127.0.0.1:${port}/healthz`);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  expect(health?.status, output).toBe(200);
  const overview = await fetch(`http://127.0.0.1:${port}/trpc/plan.overview`);
  expect(overview.status).toBe(200);
  expect(JSON.stringify(await overview.json())).toContain('เจ้าหน้าที่ของรัฐเป็นที่เชื่อถือและไว้วางใจได้');
  // Demo accounts exist, so the server says so at start.
  expect(output).toMatch(/demo/i);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  // Closed cleanly: the WAL was checkpointed into the main file and the database opens as usual.
  expect(existsSync(`${dbPath}-wal`)).toBe(false);
  const db = openDb(dbPath);
  expect((db.$client.prepare('select count(*) as n from strategy').get() as { n: number }).n).toBe(5);
  db.$client.close();
}, 90_000);
