// Nothing stalled by one request, over real HTTP (Fastify inject, or a listening server where a
// socket matters): batch size, the JSON-only rule whatever the path's encoding, `no-store` on
// signed-in answers, sign-in limits keyed by address, per-address rate limits, request timeouts,
// a 400 that names the field for an impossible date, and no production start with demo accounts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { hashPassword } from '../../server/accounts/passwords';
import { createSession } from '../../server/accounts/session';
import { buildApp, type AppOptions } from '../../server/app';
import { freshDbPerTest } from '../helpers/db';
import { insertUser } from '../helpers/users';

const PASSWORD = 'owner password 2569';
const fresh = freshDbPerTest(async (db) => {
  const owner = insertUser(db, 'admin', undefined, 'owner');
  db.update(users).set({ passwordHash: await hashPassword(PASSWORD) }).where(eq(users.id, owner.id)).run();
  return { owner };
});

async function withApp<T>(db: Db, fn: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<T>, limits?: AppOptions['limits']): Promise<T> {
  const app = await buildApp({ db, serveClient: false, logger: false, ...(limits ? { limits } : {}) });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

const json = { 'content-type': 'application/json' };
const login = (remoteAddress: string, password: string) => ({
  method: 'POST' as const,
  url: '/trpc/auth.login',
  headers: json,
  remoteAddress,
  payload: JSON.stringify({ username: 'owner', password }),
});
const errorOf = (body: string) => {
  const parsed = JSON.parse(body) as { error?: { code: string; field?: string; params?: object; data?: { error: { code: string; field?: string; params?: object } } } };
  const e = parsed.error;
  return e?.data?.error ?? e;
};

describe('batches', () => {
  it('refuses a batch over the limit with 400 before running any procedure, in under 50 ms', async () => {
    await withApp(fresh.db, async (app) => {
      const names = Array(330).fill('ita.indicators').join(',');
      await app.inject({ method: 'GET', url: '/healthz' });
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const res = await app.inject({ method: 'GET', url: `/trpc/${names}?batch=1&input=${encodeURIComponent('{}')}` });
        times.push(performance.now() - started);
        expect(res.statusCode).toBe(400);
        expect(errorOf(res.body)).toEqual({ code: 'batch_too_large', params: { max: 20 } });
      }
      // The median, on a shared 2-core machine: no procedure ran (one ita.indicators alone takes longer).
      expect(times.sort((a, b) => a - b)[2]).toBeLessThan(50);
      // Encoded commas or path are no way around it.
      const encoded = await app.inject({ method: 'GET', url: `/%74rpc/${names.replaceAll(',', '%2C')}?batch=1` });
      expect(encoded.statusCode).toBe(400);
      // At the limit, the batch runs.
      const ok = await app.inject({ method: 'GET', url: `/trpc/${Array(20).fill('ita.years').join(',')}?batch=1&input=${encodeURIComponent('{}')}` });
      expect(ok.statusCode).toBe(200);
    });
  });
});

describe('state-changing requests', () => {
  it.each(['/trpc/auth.logout', '/%74rpc/auth.logout', '/%74%72%70%63/auth.logout', '/trpc/%61uth.logout', '//trpc/auth.logout'])(
    'refuse a form body at %s',
    async (url) => {
      await withApp(fresh.db, async (app) => {
        const res = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' });
        expect(res.statusCode).toBe(415);
        expect(errorOf(res.body)).toEqual({ code: 'unsupported_media_type' });
      });
    },
  );
});

describe('caching', () => {
  it('answers a request that carries a session with Cache-Control: no-store', async () => {
    const { token } = createSession(fresh.db, fresh.world.owner.id);
    await withApp(fresh.db, async (app) => {
      const signedIn = await app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { cookie: `sid=${token}` } });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.headers['cache-control']).toBe('no-store');
      const download = await app.inject({ method: 'GET', url: '/download/indicators.csv', headers: { cookie: `sid=${token}` } });
      expect(download.headers['cache-control']).toBe('no-store');
      const anonymous = await app.inject({ method: 'GET', url: '/trpc/plan.overview' });
      expect(anonymous.headers['cache-control'] ?? '').not.toContain('no-store');
    });
  });
});

describe('sign-in over HTTP', () => {
  it('five wrong passwords from one address do not stop the owner signing in from another', async () => {
    await withApp(fresh.db, async (app) => {
      for (let i = 0; i < 5; i++) expect((await app.inject(login('203.0.113.7', `wrong ${i}`))).statusCode).toBe(401);
      const sixth = await app.inject(login('203.0.113.7', PASSWORD));
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      expect(errorOf(sixth.body)).toMatchObject({ code: 'too_many_requests' });
      const owner = await app.inject(login('198.51.100.20', PASSWORD));
      expect(owner.statusCode).toBe(200);
      expect(owner.headers['set-cookie']).toBeDefined();
    });
  });

  it('limits sign-in calls per address by the configured rate, apart from reads', async () => {
    await withApp(
      fresh.db,
      async (app) => {
        for (let i = 0; i < 3; i++) expect((await app.inject(login('192.0.2.1', PASSWORD))).statusCode).toBe(200);
        const over = await app.inject(login('192.0.2.1', PASSWORD));
        expect(over.statusCode).toBe(429);
        expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
        expect(errorOf(over.body)).toMatchObject({ code: 'too_many_requests', params: { retryAfter: expect.any(Number) } });
        // Reads from the same address have their own, larger budget; another address its own.
        expect((await app.inject({ method: 'GET', url: '/trpc/plan.overview', remoteAddress: '192.0.2.1' })).statusCode).toBe(200);
        expect((await app.inject(login('192.0.2.2', PASSWORD))).statusCode).toBe(200);
        for (let i = 0; i < 4; i++) await app.inject({ method: 'GET', url: '/trpc/ita.years', remoteAddress: '192.0.2.3' });
        expect((await app.inject({ method: 'GET', url: '/trpc/ita.years', remoteAddress: '192.0.2.3' })).statusCode).toBe(429);
        // The health check is never limited.
        expect((await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '192.0.2.3' })).statusCode).toBe(200);
      },
      { authRateLimitPerMinute: 3, rateLimitPerMinute: 4 },
    );
  });
});

describe('impossible input', () => {
  it('audit.list with an impossible date answers 400 naming the field', async () => {
    const { token } = createSession(fresh.db, fresh.world.owner.id);
    await withApp(fresh.db, async (app) => {
      for (const to of ['2026-13-45', '2026-02-30', 'yesterday']) {
        const res = await app.inject({ method: 'GET', url: `/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ to }))}`, headers: { cookie: `sid=${token}` } });
        expect(res.statusCode, to).toBe(400);
        expect(errorOf(res.body)).toMatchObject({ code: 'invalid_input', field: 'to' });
      }
    });
  });
});

describe('a stalled or oversized request', () => {
  it('does not hold other requests, and is dropped after the request timeout', async () => {
    const app = await buildApp({ db: fresh.db, serveClient: false, logger: false, limits: { requestTimeoutMs: 3000 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = app.server.address() as { port: number };
      // A client that announces a large JSON body and then sends almost nothing.
      const stalled = connect(port, '127.0.0.1');
      let answer = '';
      stalled.on('data', (d: Buffer) => (answer += d.toString()));
      const closed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
      stalled.write(`POST /trpc/auth.logout HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"a":`);
      await new Promise((r) => setTimeout(r, 50));

      const started = performance.now();
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      // Well inside the stalled request's 3 s: it is not waiting behind it.
      expect(performance.now() - started).toBeLessThan(1000);

      // Oversized: refused at once from the announced length, without reading the body.
      const big = connect(port, '127.0.0.1');
      const bigAnswer = new Promise<string>((resolve) => big.once('data', (d: Buffer) => resolve(d.toString())));
      big.write(`POST /trpc/auth.logout HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${16 * 1024 * 1024}\r\n\r\n{`);
      expect(await bigAnswer).toMatch(/^HTTP\/1\.1 413/);
      big.destroy();

      // The quiet socket is closed after the timeout (408 or a plain close).
      await closed;
      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
      expect(app.server.requestTimeout).toBe(3000);
    } finally {
      await app.close();
    }
  }, 20_000);
});

describe('production start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prod-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start with NODE_ENV=production while a demo account is active, and says how to fix it', async () => {
    insertUser(fresh.db, 'admin', undefined, 'demo-admin');
    fresh.db.update(users).set({ isDemo: true }).where(eq(users.username, 'demo-admin')).run();
    const dbPath = join(dir, 'prod.db');
    writeFileSync(dbPath, fresh.db.$client.serialize());
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: dbPath, SEED_ON_EMPTY: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code, output).toBe(1);
    expect(output).toContain('demo account(s) with published passwords are active');
    expect(output).toContain('npm run user:create');
  }, 60_000);
});
