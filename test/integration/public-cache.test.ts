// Public answers a cache can keep (issue 13): an anonymous query answer carries an ETag made of
// the data versions it reads; a repeat with If-None-Match is a 304 before tRPC runs; the bytes
// are served from memory until a write changes one of those versions — and only those.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataVersions, unclassifiedTables } from '../../db/data-versions';
import { createSession, SESSION_COOKIE } from '../../server/accounts/session';
import { buildApp } from '../../server/app';
import { callerFor } from '../helpers/caller';
import { freshDbPerTest } from '../helpers/db';
import { setupReporting } from '../helpers/reporting';
import { insertUser } from '../helpers/users';

const fresh = freshDbPerTest();
let app: FastifyInstance;
beforeEach(async () => {
  app = await buildApp({ db: fresh.db, serveClient: false, logger: false, limits: { rateLimitPerMinute: 100_000 } });
});
afterEach(async () => {
  await app.close();
});

const ITA = '/trpc/ita.national?batch=1&input=%7B%7D';
const OVERVIEW = `/trpc/plan.overview?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: {} }))}`;
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const etagOf = async (url: string) => (await get(url)).headers.etag as string;

describe('ETags and 304s for anonymous public queries', () => {
  it('answers a repeated GET with If-None-Match by 304, with no body', async () => {
    const first = await get(ITA);
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get(ITA, { 'if-none-match': first.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(first.headers.etag);
    // A stale tag gets the full answer.
    expect((await get(ITA, { 'if-none-match': 'W/"old"' })).statusCode).toBe(200);
  });

  it('serves the second full answer from memory, byte for byte, compressed as asked', async () => {
    const miss = await get(ITA, { 'accept-encoding': 'br' });
    const hit = await get(ITA, { 'accept-encoding': 'br' });
    expect(miss.headers['x-answer-cache']).toBe('miss');
    expect(hit.headers['x-answer-cache']).toBe('hit');
    expect(hit.headers['content-encoding']).toBe('br');
    expect(hit.rawPayload.equals(miss.rawPayload)).toBe(true);
    const plain = await get(ITA);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(brotliDecompressSync(hit.rawPayload).toString('utf8'))).toEqual(JSON.parse(plain.body));
  });

  it('never caches for a request with a session: no ETag, no-store, no 304', async () => {
    const admin = insertUser(fresh.db, 'admin');
    const cookie = `${SESSION_COOKIE}=${createSession(fresh.db, admin.id).token}`;
    const etag = await etagOf(ITA);
    const res = await get(ITA, { cookie, 'if-none-match': etag });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-answer-cache']).toBeUndefined();
  });

  it('leaves out batches with a query that does not declare what it reads, and error answers', async () => {
    const mixed = await get(`/trpc/ita.national,auth.me?batch=1&input=%7B%7D`);
    expect(mixed.statusCode).toBe(200);
    expect(mixed.headers.etag).toBeUndefined();
    const bad = await get(`/trpc/ita.histogram?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { year: 'x' } }))}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers.etag).toBeUndefined();
    expect((await get(`/trpc/ita.histogram?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { year: 'x' } }))}`)).headers['x-answer-cache']).toBeUndefined();
  });
});

describe('kept answers sent before Fastify, over a real socket', () => {
  type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
  let base: string;
  beforeEach(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  const raw = (url: string, headers: Record<string, string> = {}) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request(base + url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  /** Headers that differ between any two answers, or that only Fastify's path adds (the rate limiter's). */
  const comparable = (h: Raw['headers']) =>
    Object.fromEntries(Object.entries(h).filter(([k]) => !['date', 'x-answer-cache', 'keep-alive', 'connection'].includes(k) && !k.startsWith('x-ratelimit')));

  it('sends a kept answer with the same status, headers and bytes as Fastify did; a 304 too', async () => {
    const miss = await raw(ITA, { 'accept-encoding': 'br' });
    expect(miss.headers['x-answer-cache']).toBe('miss');
    const before = app.publicCache.keptServed;
    const hit = await raw(ITA, { 'accept-encoding': 'br' });
    expect(app.publicCache.keptServed).toBe(before + 1);
    expect(hit.status).toBe(200);
    expect(hit.headers['x-answer-cache']).toBe('hit');
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
    expect(hit.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    // Not counted by the rate limiter, like the built client's files.
    expect(hit.headers['x-ratelimit-remaining']).toBeUndefined();

    const notModified = await raw(ITA, { 'if-none-match': hit.headers.etag as string });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(app.publicCache.keptServed).toBe(before + 2);
  });

  it('a failure to read the data versions is answered by Fastify with the error contract, not an exception in the request event', async () => {
    await raw(ITA);
    fresh.db.$client.exec('alter table data_version rename to data_version_away');
    try {
      const failed = await raw(ITA);
      expect(failed.status).toBe(500);
      expect(JSON.parse(failed.body.toString())).toEqual({ error: { code: 'internal' } });
    } finally {
      fresh.db.$client.exec('alter table data_version_away rename to data_version');
    }
    expect((await raw(ITA)).status).toBe(200);
  });

  it('leaves to Fastify a request with a session cookie, a new data version, and anything not kept', async () => {
    await raw(ITA);
    const before = app.publicCache.keptServed;
    const admin = insertUser(fresh.db, 'admin');
    const withSession = await raw(ITA, { cookie: `theme=dark; ${SESSION_COOKIE}=${createSession(fresh.db, admin.id).token}` });
    expect(withSession.headers['cache-control']).toBe('no-store');
    // A write to what the answer reads (the plan: the ITA targets): computed afresh by tRPC, not the kept bytes.
    fresh.db.$client.prepare('update plan set updated_at = updated_at where id = (select min(id) from plan)').run();
    const afterWrite = await raw(ITA);
    expect(afterWrite.headers['x-answer-cache']).toBe('miss');
    expect((await raw('/trpc/auth.me?batch=1&input=%7B%7D')).headers['x-answer-cache']).toBeUndefined();
    expect(app.publicCache.keptServed).toBe(before);
  });
});

describe('a crowd asking for an answer not yet computed', () => {
  it('waits for the one request computing it: one miss, the rest served its bytes', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => get(OVERVIEW, { 'accept-encoding': 'br' })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(200));
    expect(answers.filter((a) => a.headers['x-answer-cache'] === 'miss')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.rawPayload.toString('base64'))).size).toBe(1);
  });

  it('lets the waiters compute for themselves when the first answer is an error, and keeps nothing', async () => {
    const bad = `/trpc/ita.histogram?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { year: 'x' } }))}`;
    const answers = await Promise.all(Array.from({ length: 4 }, () => get(bad)));
    expect(answers.map((a) => a.statusCode)).toEqual([400, 400, 400, 400]);
    // Nothing in flight is left behind: the next good request computes and is kept.
    expect((await get(ITA)).headers['x-answer-cache']).toBe('miss');
    expect((await get(ITA)).headers['x-answer-cache']).toBe('hit');
  });
});

describe('a write changes the ETags of what it affects, and only those', () => {
  it('a meeting write changes neither the ITA nor the overview answer', async () => {
    const [ita, overview] = [await etagOf(ITA), await etagOf(OVERVIEW)];
    fresh.db.$client.prepare(`insert into meeting (plan_id, number_th, meeting_date) values ((select min(id) from plan), 'ครั้งที่ 9/2569', '2026-12-20')`).run();
    expect(await etagOf(ITA)).toBe(ita);
    expect(await etagOf(OVERVIEW)).toBe(overview);
  });

  it('a reporting write changes the overview but not the ITA answer', async () => {
    const [ita, overview] = [await etagOf(ITA), await etagOf(OVERVIEW)];
    fresh.db.$client.prepare(`insert into reporting_period (year, opens_on, deadline) values (2599, '2056-10-01', '2056-12-31')`).run();
    expect(await etagOf(OVERVIEW)).not.toBe(overview);
    expect(await etagOf(ITA)).toBe(ita);
  });

  it('deactivating an agency (a real mutation) changes both, and the new answer is computed, not the cached one', async () => {
    const [ita, overview] = [await etagOf(ITA), await etagOf(OVERVIEW)];
    await get(ITA); // cached now
    const admin = insertUser(fresh.db, 'admin');
    const agency = fresh.db.$client.prepare(`select id, version from agency where active = 1 limit 1`).get() as { id: number; version: number };
    await callerFor(fresh.db, admin).agency.setActive({ id: agency.id, version: agency.version, active: false });
    const after = await get(ITA);
    expect(after.headers.etag).not.toBe(ita);
    expect(after.headers['x-answer-cache']).toBe('miss');
    expect(await etagOf(OVERVIEW)).not.toBe(overview);
  });

  it("a reporter's draft and submission change no public answer; the approval that publishes the value does", async () => {
    const world = setupReporting(fresh.db);
    const [ita, overview] = [await etagOf(ITA), await etagOf(OVERVIEW)];
    const before = readDataVersions(fresh.db);
    const reporter = callerFor(fresh.db, world.ids.reporterA);
    const draft = await reporter.reporting.save({ indicatorId: world.ind['S1-EX-01']!, year: world.year, value: 91.5, version: null, intent: 'draft' });
    const submitted = await reporter.reporting.save({ indicatorId: world.ind['S1-EX-01']!, year: world.year, value: 91.5, version: draft.version, intent: 'submit' });
    expect(readDataVersions(fresh.db)).toEqual({ ...before, submissions: before.submissions + 2 });
    expect(await etagOf(OVERVIEW)).toBe(overview);
    expect(await etagOf(ITA)).toBe(ita);
    await callerFor(fresh.db, world.ids.admin).review.approve({ id: submitted.id, version: submitted.version });
    expect(await etagOf(OVERVIEW)).not.toBe(overview);
  });

  it("approving an agency's value changes the overview but leaves the ITA answers cached", async () => {
    const world = setupReporting(fresh.db);
    const reporter = callerFor(fresh.db, world.ids.reporterA);
    const submitted = await reporter.reporting.save({ indicatorId: world.ind['S3-EX-01']!, year: world.year, value: 120, version: null, intent: 'submit' });
    const [ita, overview] = [await etagOf(ITA), await etagOf(OVERVIEW)];
    const before = readDataVersions(fresh.db);
    await callerFor(fresh.db, world.ids.admin).review.approve({ id: submitted.id, version: submitted.version });
    // An agency's value is `progress`, which the ITA answers (plan targets, national value) do not read.
    // (and `submissions`, where the submission is marked approved)
    const after = readDataVersions(fresh.db);
    expect(after).toEqual({ ...before, progress: before.progress + 1, submissions: after.submissions });
    expect(after.submissions).toBeGreaterThan(before.submissions);
    expect(await etagOf(OVERVIEW)).not.toBe(overview);
    expect(await etagOf(ITA)).toBe(ita);
  });

  it("a reporter's Quick Win update waiting for review changes no public answer; its approval does", async () => {
    const world = setupReporting(fresh.db);
    const reporter = callerFor(fresh.db, world.ids.reporterA);
    const qw = (await reporter.quickWinUpdate.mine())[0]!;
    const overview = await etagOf(OVERVIEW);
    const before = readDataVersions(fresh.db);
    await reporter.quickWinUpdate.add({ quickWinId: qw.id, version: qw.version, status: 'in_progress', progress: 65, note: 'อบรมแล้ว 4 รุ่น' });
    expect(readDataVersions(fresh.db)).toEqual({ ...before, submissions: before.submissions + 1 });
    expect(await etagOf(OVERVIEW)).toBe(overview);
    const admin = callerFor(fresh.db, world.ids.admin);
    const item = (await admin.review.quickWins({ state: 'submitted', limit: 50, offset: 0 })).rows[0]!;
    await admin.review.approveQuickWin({ id: item.id, version: item.version });
    expect(readDataVersions(fresh.db).progress).toBeGreaterThan(before.progress);
    expect(await etagOf(OVERVIEW)).not.toBe(overview);
  });

  // indicator_value belongs to `plan` (national, agency_id null) or `progress` (an agency's), by row.
  it.each([
    ['a national value changed', `update indicator_value set value = value where id = (select min(id) from indicator_value where agency_id is null)`, { plan: 1, progress: 0 }],
    ["an agency's value changed", `update indicator_value set value = value where id = (select min(id) from indicator_value where agency_id is not null)`, { plan: 0, progress: 1 }],
    ["an agency's value deleted", `delete from indicator_value where id = (select min(id) from indicator_value where agency_id is not null)`, { plan: 0, progress: 1 }],
    ['a national value made an agency value', `update indicator_value set agency_id = (select min(id) from agency) where id = (select min(id) from indicator_value where agency_id is null)`, { plan: 1, progress: 1 }],
  ])('%s: bumps the domains of the old and the new row', (_name, statement, bumped) => {
    const world = setupReporting(fresh.db);
    fresh.db.$client
      .prepare(`insert into indicator_value (indicator_id, year, agency_id, value) values (?, ?, ?, 1)`)
      .run(world.ind['S1-EX-01']!, world.year, world.agencyIds.OCSC);
    const before = readDataVersions(fresh.db);
    expect(fresh.db.$client.prepare(statement).run().changes).toBe(1);
    const after = readDataVersions(fresh.db);
    expect({ plan: after.plan - before.plan, progress: after.progress - before.progress }).toEqual(bumped);
    expect(after.ita).toBe(before.ita);
  });

  it('a rolled-back write leaves the versions as they were', () => {
    const before = readDataVersions(fresh.db);
    expect(() =>
      fresh.db.$client.transaction(() => {
        fresh.db.$client.prepare(`update agency set updated_at = updated_at`).run();
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(readDataVersions(fresh.db)).toEqual(before);
  });

  it('every table is either in a data domain or declared as read by no public answer', () => {
    expect(unclassifiedTables(fresh.db.$client)).toEqual([]);
  });
});
