// Starts the real server (built client, fresh seeded database) once for all browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChrome } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string | null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const chromePath = findChrome();
  if (!chromePath) {
    const why = 'no Chromium found (set CHROME_PATH or run: apt-get install -y chromium)';
    if (process.env.CI === 'true') throw new Error(`browser tests cannot run: ${why}`);
    console.log(`browser tests skipped: ${why}`);
    project.provide('chromePath', null);
    project.provide('baseUrl', '');
    return;
  }
  if (!existsSync('dist/client/index.html')) throw new Error('dist/client is missing: run `npm run build` first');

  const dir = mkdtempSync(join(tmpdir(), 'ethics-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: join(dir, 'e2e.db'),
      LOG_LEVEL: 'warn',
      // Every journey comes from one address and signs in again: limits for a test run, not the public.
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(baseUrl, child, 120_000);
  project.provide('baseUrl', baseUrl);
  project.provide('chromePath', chromePath);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
}
