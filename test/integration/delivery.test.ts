// Delivery of dynamic answers: compressed above 1 kB for clients that accept it, without losing
// the status, Set-Cookie or Cache-Control on the way; a signed-in answer is never stored.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../server/accounts/session';
import { buildApp } from '../../server/app';
import { freshDbPerTest } from '../helpers/db';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest();
let app: FastifyInstance;
beforeEach(async () => {
  app = await buildApp({ db: fresh.db, serveClient: false, logger: false });
});
afterEach(async () => {
  await app.close();
});

const decode = (encoding: string | undefined, body: Buffer) =>
  encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

/** A signed-in admin's cookie (the session made as sign-in makes it). */
async function signIn() {
  const admin = insertUser(fresh.db, 'admin');
  return `${SESSION_COOKIE}=${createSession(fresh.db, admin.id).token}`;
}

describe('compressed delivery', () => {
  it.each(['br', 'gzip'])('compresses a large public answer with %s, which decodes to the same JSON', async (encoding) => {
    const plain = await app.inject({ method: 'GET', url: '/trpc/ita.targeting?input=%7B%7D' });
    const packed = await app.inject({ method: 'GET', url: '/trpc/ita.targeting?input=%7B%7D', headers: { 'accept-encoding': encoding } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(packed.statusCode).toBe(200);
    expect(packed.headers['content-encoding']).toBe(encoding);
    expect(packed.headers['cache-control']).toBe('public, no-cache');
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(decode(encoding, packed.rawPayload).toString('utf8'))).toEqual(JSON.parse(plain.body));
  });

  it('leaves a small answer as it is', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('keeps the status, the Set-Cookie and no-store on a compressed error answer', async () => {
    const cookie = await signIn();
    // One batch: sign out (clears the cookie), then enough failing sign-ins to pass 1 kB.
    const calls = ['auth.logout', ...Array.from({ length: 12 }, () => 'auth.login')];
    const input = Object.fromEntries(calls.map((c, i) => [i, c === 'auth.logout' ? {} : { username: 'admin', password: `wrong-${i}-xxxxxxxx` }]));
    const res = await app.inject({
      method: 'POST',
      url: `/trpc/${calls.join(',')}?batch=1`,
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br', cookie },
      payload: input,
    });
    expect(res.statusCode).toBe(207);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-store');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/sid=;|Expires=Thu, 01 Jan 1970/);
    const body = JSON.parse(brotliDecompressSync(res.rawPayload).toString('utf8')) as Array<{ result?: unknown; error?: { data: { error: { code: string } } } }>;
    expect(body[0]!.result).toBeDefined();
    // Five wrong passwords, then the per-account limit refuses the rest.
    expect(new Set(body.slice(1).map((b) => b.error?.data.error.code))).toEqual(new Set(['wrong_credentials', 'too_many_requests']));
  });

  it('marks a signed-in answer no-store and an anonymous query public', async () => {
    const cookie = await signIn();
    const mine = await app.inject({ method: 'GET', url: '/trpc/plan.overview', headers: { cookie } });
    const theirs = await app.inject({ method: 'GET', url: '/trpc/plan.overview' });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(theirs.headers['cache-control']).toBe('public, no-cache');
  });
});
