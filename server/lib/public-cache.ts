// Public answers a cache can keep, at the speed of a static file (issue 13, decision 0014).
//
// An anonymous GET of tRPC queries that all declare the data they read (meta `reads`) gets an
// ETag made of those domains' versions (db/data-versions.ts), today's date in Bangkok (overdue
// and delayed states move with it) and the build. A matching If-None-Match is answered 304
// before tRPC runs; otherwise the answer's bytes, compressed once per encoding, are kept in
// memory under the same key and sent again until a write changes a version it depends on. Any
// process on the same database file computes the same ETag. Requests with a session cookie are
// never cached here (they get `no-store`).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client';
import { readDataVersions, type DataDomain } from '../../db/data-versions';
import { SESSION_COOKIE } from '../accounts/session';
import type { AnyRouter } from '@trpc/server';
import { trpcProcedures } from './http-limits';
import { todayInThailand } from './time';

export const PUBLIC_CACHE_CONTROL = 'public, no-cache';
/** Answers smaller than this go out uncompressed (as @fastify/compress's threshold). */
const COMPRESS_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip' | 'identity';
type Entry = { contentType: string; body: Record<Encoding, Buffer | undefined> };

/** The domains each cacheable query reads, from the router's meta; null when a call is not cacheable. */
export function readsOf(router: AnyRouter, procedures: string[]): DataDomain[] | null {
  if (procedures.length === 0) return null;
  const defs = router._def.procedures as Record<string, { _def: { type: string; meta?: { reads?: readonly DataDomain[] } } }>;
  const domains = new Set<DataDomain>();
  for (const path of procedures) {
    const def = defs[path]?._def;
    if (!def || def.type !== 'query' || !def.meta?.reads) return null;
    for (const d of def.meta.reads) domains.add(d);
  }
  return [...domains].sort();
}

/** Identifies the code that makes the answers: a new build or changed server code gives new ETags. */
export function computeBuildId(): string {
  if (process.env.BUILD_ID) return process.env.BUILD_ID;
  const hash = createHash('sha256');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const index = join(root, 'dist/client/index.html');
  if (existsSync(index)) hash.update(readFileSync(index));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else hash.update(`${path}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const dir of ['server', 'shared', 'db']) if (existsSync(join(root, dir))) walk(join(root, dir));
  return hash.digest('base64url').slice(0, 12);
}

/** The ETag of an answer: weak, because the same answer goes out in several encodings. */
export function publicEtag(parts: { buildId: string; date: string; url: string; versions: [DataDomain, number][] }): string {
  const key = [parts.buildId, parts.date, parts.versions.map(([d, v]) => `${d}=${v}`).join('&'), parts.url].join('\n');
  return `W/"${createHash('sha1').update(key).digest('base64url')}"`;
}

/** The best encoding the client accepts, brotli first. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

/** Does an If-None-Match header (a list, or `*`) name this ETag? */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === '*');

function encoded(entry: Entry, encoding: Encoding): Buffer {
  const identity = entry.body.identity!;
  if (encoding === 'identity' || identity.length < COMPRESS_THRESHOLD) return identity;
  let body = entry.body[encoding];
  if (!body) {
    // Once per answer and encoding; quality 5 costs a few ms on the largest answers.
    body = encoding === 'br' ? brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(identity);
    entry.body[encoding] = body;
  }
  return body;
}

type Pending = { key: string; etag: string; settle: (entry: Entry | null) => void };
const pendingKey = Symbol('publicCache');
type CacheRequest = FastifyRequest & { [pendingKey]?: Pending };

export type PublicCache = {
  clear(): void;
  readonly size: number;
  /**
   * Answers a kept public answer (200, or 304 when the client has it) straight from Node's
   * request event, before Fastify; false when Fastify must answer. See `serveKept` below.
   */
  serveKept(req: IncomingMessage, res: ServerResponse): boolean;
  /** Answers sent by serveKept since start (tests check the path is taken). */
  readonly keptServed: number;
};

/** Sets the security headers on a raw response (server/app.ts: the set for API answers). */
export type RawHeaders = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Registers the 304 / in-memory answer path for the tRPC route (a hook that computes and keeps
 * answers, and `serveKept` that sends kept ones before Fastify). Call after the rate limiter (a
 * miss, which computes, is counted) and before @fastify/compress (this hook sends bytes it
 * compressed itself, which compress then leaves alone).
 */
export function registerPublicCache(
  app: FastifyInstance,
  {
    db,
    router,
    securityHeaders,
    trpcPrefix = '/trpc',
    maxBytes = 64 * 1024 * 1024,
  }: { db: Db; router: AnyRouter; securityHeaders: RawHeaders; trpcPrefix?: string; maxBytes?: number },
): PublicCache {
  const buildId = computeBuildId();
  const cache = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // Counted at insertion with room for the compressed copies made later.
    sizeCalculation: (entry) => Math.max(1, Math.ceil(entry.body.identity!.length * 1.5)),
  });

  // Misses being computed, by key: a crowd arriving just after a write waits for the one request
  // computing the answer instead of each computing it again (on deadline day, 200 viewers would
  // otherwise recompute the same aggregate after every approval).
  const inflight = new Map<string, Promise<Entry | null>>();

  const send = (req: FastifyRequest, reply: FastifyReply, entry: Entry, etag: string, state: 'hit' | 'miss') => {
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = encoded(entry, encoding);
    reply
      .code(200)
      .header('content-type', entry.contentType)
      .header('cache-control', PUBLIC_CACHE_CONTROL)
      .header('etag', etag)
      .header('vary', 'accept-encoding')
      .header('x-answer-cache', state);
    if (body !== entry.body.identity) reply.header('content-encoding', encoding);
    return body;
  };

  /** The ETag and cache key of a GET of `url`; null when it is not a cacheable public call. */
  const keyOf = (url: string): { etag: string; key: string } | null => {
    const procedures = trpcProcedures(url);
    const reads = procedures && readsOf(router, procedures);
    if (!reads) return null;
    const all = readDataVersions(db);
    const etag = publicEtag({ buildId, date: todayInThailand(), url, versions: reads.map((d) => [d, all[d]]) });
    return { etag, key: `${url}\n${etag}` };
  };

  const onRequest: onRequestHookHandler = async (req, reply) => {
    if (req.method !== 'GET' || req.cookies?.[SESSION_COOKIE]) return;
    const found = keyOf(req.url);
    if (!found) return;
    const { etag, key } = found;
    if (etagMatches(req.headers['if-none-match'], etag)) {
      return reply
        .code(304)
        .header('etag', etag)
        .header('cache-control', PUBLIC_CACHE_CONTROL)
        .header('vary', 'accept-encoding')
        .send();
    }
    // Looked up before any await: a request that yielded first would find nothing in flight yet.
    const computing = inflight.get(key);
    const entry = cache.get(key) ?? (computing ? await computing : undefined);
    if (entry) return reply.send(send(req, reply, entry, etag, 'hit'));
    let settle!: (entry: Entry | null) => void;
    const mine = new Promise<Entry | null>((resolve) => (settle = resolve));
    inflight.set(key, mine);
    // Settled once: with the entry when the answer is kept, with null when it is not (an error,
    // an abort); either way the key stops being in flight.
    (req as CacheRequest)[pendingKey] = {
      key,
      etag,
      settle: (result) => {
        if (inflight.get(key) === mine) inflight.delete(key);
        settle(result);
      },
    };
  };

  // The hook joins the tRPC route's own hooks, after the rate limiter's.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(`${trpcPrefix}/`)) return;
    const existing = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [...existing, onRequest];
  });

  // A miss: keep the answer tRPC made (a fetch Response) and send it as a hit would be sent.
  // A callback hook that passes other answers on in the same tick: routes rely on `reply.sent`
  // being true right after their send (see http-limits.ts).
  app.addHook('onSend', (req, reply, payload, done) => {
    const pending = (req as CacheRequest)[pendingKey];
    if (!pending) return done(null, payload);
    if (!(payload instanceof Response) || payload.status !== 200) {
      pending.settle(null);
      return done(null, payload);
    }
    payload.arrayBuffer().then(
      (bytes) => {
        const entry: Entry = { contentType: payload.headers.get('content-type') ?? 'application/json', body: { identity: Buffer.from(bytes), br: undefined, gzip: undefined } };
        cache.set(pending.key, entry);
        pending.settle(entry);
        done(null, send(req, reply, entry, pending.etag, 'miss'));
      },
      (error: Error) => {
        pending.settle(null);
        done(error);
      },
    );
  });
  // A miss that ended without reaching onSend (aborted, failed before an answer) releases its waiters.
  app.addHook('onResponse', (req, _reply, done) => {
    (req as CacheRequest)[pendingKey]?.settle(null);
    done();
  });
  app.addHook('onRequestAbort', (req, done) => {
    (req as CacheRequest)[pendingKey]?.settle(null);
    done();
  });

  // A kept answer costs what a static file costs, but Fastify's path to it — routing, the
  // hooks above, reply — took as long again as the static server's whole answer (decision
  // 0014). Node's request event hands such a request here first. Only an answer already kept
  // for this address and these data versions is sent, to a GET without a session cookie (any
  // cookie header naming it anywhere goes to Fastify, which parses it exactly); with the same headers as
  // Fastify's path, security headers included. Like the built client's static files, these
  // answers are not counted by the rate limiter (nothing is computed for them) and not logged.
  let keptServed = 0;
  const serveKept = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url;
    if (req.method !== 'GET' || !url?.startsWith(`${trpcPrefix}/`) || req.headers.cookie?.includes(SESSION_COOKIE)) return false;
    let found: { etag: string; key: string } | null;
    let entry: Entry | undefined;
    try {
      found = keyOf(url);
      entry = found ? cache.get(found.key) : undefined;
    } catch {
      // Reading the data versions failed (the file busy past its timeout): Fastify answers,
      // with the error contract, instead of an exception in the server's request event.
      return false;
    }
    if (!found || !entry) return false;
    keptServed++;
    securityHeaders(req, res);
    res.setHeader('cache-control', PUBLIC_CACHE_CONTROL);
    res.setHeader('etag', found.etag);
    res.setHeader('vary', 'accept-encoding');
    if (etagMatches(req.headers['if-none-match'], found.etag)) {
      res.writeHead(304).end();
      return true;
    }
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    const body = encoded(entry, encoding);
    res.setHeader('content-type', entry.contentType);
    res.setHeader('x-answer-cache', 'hit');
    if (body !== entry.body.identity) res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.writeHead(200).end(body);
    return true;
  };

  return {
    clear: () => cache.clear(),
    get size() {
      return cache.size;
    },
    serveKept,
    get keptServed() {
      return keptServed;
    },
  };
}
