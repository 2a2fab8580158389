import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import type { Db } from '../db/client';
import { makeCreateContext } from './context';
import { appShell } from './lib/app-shell';
import { AppError } from './lib/errors';
import { sendError } from './lib/http-errors';
import { httpLimitsFromEnv, registerHttpLimits, type HttpLimits } from './lib/http-limits';
import { registerPublicCache, type PublicCache } from './lib/public-cache';
import { appRouter, type AppRouter } from './router';

declare module 'fastify' {
  interface FastifyInstance {
    publicCache: PublicCache;
  }
}

export const CLIENT_DIST = fileURLToPath(new URL('../dist/client', import.meta.url));

export type AppOptions = {
  db: Db;
  /** Serve the built client from dist/client (production). */
  serveClient?: boolean;
  logger?: boolean;
  /** Set the cookie's Secure flag (when served over HTTPS). */
  secureCookies?: boolean;
  /** Batch size, rate limits and timeouts; from the environment unless given. */
  limits?: Partial<HttpLimits>;
};

/**
 * Which proxies to believe for the client address (used by the per-address sign-in limit).
 * A hop count ("1") or proxy addresses/CIDRs ("10.0.0.1,10.0.0.0/8") — never "trust all",
 * which would let a client choose its own address with X-Forwarded-For.
 */
export function trustProxySetting(value: string | undefined): ((address: string, hop: number) => boolean) | string | false {
  if (!value) return false;
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  // Believe only the nearest `hops` proxies (what proxy-addr does for a number).
  return (_address, hop) => hop < hops;
}

export async function buildApp({ db, serveClient = true, logger = true, secureCookies = false, limits: given = {} }: AppOptions) {
  const limits = { ...httpLimitsFromEnv(), ...given };
  // Kept public answers are sent from Node's request event, before Fastify (lib/public-cache.ts).
  const kept: { serve?: PublicCache['serveKept'] } = {};
  const app = Fastify({
    serverFactory: (handler) => {
      const server = createServer((req, res) => {
        if (!kept.serve?.(req, res)) handler(req, res);
      });
      // What Fastify sets on a server it makes itself (fastify/lib/server.js), which it does not
      // for one made here: its default keep-alive, and — so that a request that trickles in
      // (slowloris) or a socket that goes quiet is dropped instead of holding a connection — our
      // request and connection timeouts. (Fastify also binds a second address for
      // HOST=localhost only for a server it makes: use an address, as the default 0.0.0.0.)
      server.keepAliveTimeout = 72_000;
      server.requestTimeout = limits.requestTimeoutMs;
      server.setTimeout(limits.requestTimeoutMs);
      return server;
    },
    logger: logger
      ? {
          level: process.env.LOG_LEVEL ?? 'info',
          // Cookies carry the session id: never log them.
          redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
        }
      : false,
    // tRPC batches several calls in one URL.
    routerOptions: { maxParamLength: 5000 },
    // An ITA results file for ~8,300 agencies arrives base64-encoded in one tRPC call.
    bodyLimit: 15 * 1024 * 1024,
    trustProxy: trustProxySetting(process.env.TRUST_PROXY),
  });

  // Errors outside tRPC (body too large, malformed JSON, rate limits, a failing route) in the
  // same contract. Set before any route: a route keeps the error handler it was registered under.
  app.setErrorHandler((error: { statusCode?: number; retryAfterSeconds?: number }, req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    if (status === 429) return sendError(reply, 429, { code: 'too_many_requests', params: { retryAfter: error.retryAfterSeconds ?? 60 } });
    const code = status === 408 ? 'bad_request' : status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status < 500 ? 'bad_request' : 'internal';
    return sendError(reply, status, { code });
  });

  // Security headers on every answer, from helmet's middleware built once: the Fastify plugin
  // (@fastify/helmet) built it again, CSP parsing included, on every request (~4% of a cached
  // answer's server time). Pages, files and everything a browser may render get the full set;
  // tRPC's JSON answers, never rendered as a page, the set OWASP gives for APIs — a policy that
  // allows nothing and no framing, nosniff, HSTS, same-origin resource policy, no referrer —
  // half the headers (~450 bytes less) on the answers the dashboards ask for most.
  const documentHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Recharts and React set inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  const apiHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  app.addHook('onRequest', (req, reply, done) =>
    (req.url.startsWith('/trpc/') ? apiHeaders : documentHeaders)(req.raw, reply.raw, (err?: unknown) => done(err as Error | undefined)),
  );
  // helmet's middleware calls `next` at once, having only set headers.
  const setApiHeaders = (req: IncomingMessage, res: ServerResponse) => apiHeaders(req, res, () => {});
  await app.register(fastifyCookie);
  await registerHttpLimits(app, limits);
  // Anonymous public queries: 304 or bytes from memory, keyed by data versions. After the rate
  // limiter (a miss, which computes, is counted; a kept answer goes out before Fastify, see
  // serverFactory above) and before compress (these bytes come compressed).
  const publicCache = registerPublicCache(app, { db, router: appRouter, securityHeaders: setApiHeaders });
  kept.serve = publicCache.serveKept;
  // While closing, every request goes to Fastify, which answers 503 with Connection: close so
  // keep-alive clients move on and the server can drain.
  app.addHook('preClose', (done) => {
    kept.serve = undefined;
    done();
  });
  app.decorate('publicCache', publicCache);
  // Answers above 1 kB (tRPC JSON, API, data files) compressed for clients that accept it; brotli
  // at a low quality, which costs about what gzip does and still beats it. Built assets come
  // precompressed from the build instead (see serveClient below).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: makeCreateContext(db, secureCookies),
      // A signed-in answer is that person's: never stored by a browser or a proxy. A public
      // query may be kept by caches, which must revalidate each time. A throttled sign-in says
      // when to try again, as the rate limit does.
      responseMeta({ ctx, type, errors }) {
        const isPublic = type === 'query' && errors.length === 0 && !ctx?.user && !ctx?.sessionToken;
        const retryAfter = errors.map((e) => (e instanceof AppError ? e.detail.params?.retryAfter : undefined)).find((r) => typeof r === 'number');
        return {
          headers: {
            'cache-control': isPublic ? 'public, no-cache' : 'no-store',
            ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }),
          },
        };
      },
      // Larger batches are refused by the onRequest hook; this is the adapter's own guard.
      maxBatchSize: limits.maxBatchItems,
      onError({ path, error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error }, 'tRPC error');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(import('./downloads/routes'), { db });
  await app.register(import('./ita/download-routes'), { db });
  await app.register(import('./open-data/routes'), { db });
  await app.register(import('./notifications/routes'), { db });
  await app.register(import('./activities/download-routes'), { db });
  await app.register(import('./meetings/routes'), { db });

  app.get('/healthz', async () => {
    db.$client.prepare('select 1').get();
    return { ok: true };
  });

  if (serveClient && existsSync(CLIENT_DIST)) {
    await app.register(fastifyStatic, {
      root: CLIENT_DIST,
      // The app's HTML (/ included) comes from the shell below, with its first view's preload.
      index: false,
      wildcard: false,
      // The build writes .br and .gz beside each text asset (vite.config.ts).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        // File names under assets/ carry a content hash: a changed file gets a new name.
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client routes (/, deep links such as /indicators/CPI-SCORE): answer with the app.
    const sendShell = appShell(CLIENT_DIST);
    app.get('/', sendShell);
    app.setNotFoundHandler((req, reply) => {
      const isApi = ['/trpc', '/download', '/api/', '/data/'].some((prefix) => req.url.startsWith(prefix));
      if (req.method === 'GET' && !isApi && (req.headers.accept ?? '').includes('text/html')) return sendShell(req, reply);
      return sendError(reply, 404, { code: 'not_found' });
    });
  }

  return app;
}
