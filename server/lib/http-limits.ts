// What keeps one request (or one address) from stalling or abusing everyone else
// (docs/decisions/0011-safe-imports.md): the batch size, the JSON-only rule for state-changing
// calls whatever the path's encoding, per-address rate limits and `no-store` on answers to a
// signed-in browser. Every limit is configurable by environment.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../accounts/session';
import { sendError } from './http-errors';

/** Calls per tRPC batch; the client's batch link uses the same number (shared with client/trpc.ts by value). */
export const MAX_BATCH_ITEMS = 20;

export type HttpLimits = {
  maxBatchItems: number;
  /** Requests per address per minute to the API and downloads (reads included). */
  rateLimitPerMinute: number;
  /** Requests per address per minute to sign-in, password change and password reset. */
  authRateLimitPerMinute: number;
  /** A request (headers and body) must arrive within this many ms. */
  requestTimeoutMs: number;
};

export const intFromEnv = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return n;
};

/** The limits from the environment (README "Configuration"), with defaults for a public site. */
export function httpLimitsFromEnv(): HttpLimits {
  return {
    maxBatchItems: intFromEnv('TRPC_MAX_BATCH', MAX_BATCH_ITEMS),
    rateLimitPerMinute: intFromEnv('RATE_LIMIT_PER_MINUTE', 600),
    authRateLimitPerMinute: intFromEnv('AUTH_RATE_LIMIT_PER_MINUTE', 20),
    requestTimeoutMs: intFromEnv('REQUEST_TIMEOUT_MS', 60_000),
  };
}

/** The request's path, percent-decoded, without the query; null when it does not decode. */
export function decodedPath(url: string): string | null {
  const path = url.split('?', 1)[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** The procedures a tRPC request names (`/trpc/a.b,c.d`), or null for other paths. */
export function trpcProcedures(url: string): string[] | null {
  const path = decodedPath(url);
  if (path === null || !/^\/+trpc(\/|$)/.test(path)) return null;
  const names = path.replace(/^\/+trpc\/?/, '');
  return names === '' ? [] : names.split(',');
}

/** Sign-in and password calls: the tight per-address limit. */
const AUTH_PROCEDURES = new Set([
  'auth.login',
  'auth.changePassword',
  'user.resetPassword',
  // The e-mailed account links and the request for one.
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'auth.invitation',
  'auth.acceptInvitation',
  'auth.confirmEmail',
]);
const isAuthCall = (req: FastifyRequest) => (trpcProcedures(req.url) ?? []).some((p) => AUTH_PROCEDURES.has(p));

/** The dynamic parts of the site (the rest is the built client and /healthz). */
const DYNAMIC_PREFIXES = ['/trpc', '/download', '/api/', '/data/'];
function isLimitedPath(url: string): boolean {
  const path = (decodedPath(url) ?? url).replace(/^\/+/, '/');
  return DYNAMIC_PREFIXES.some((prefix) => path.startsWith(prefix));
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one form post allowed: RFC 8058 one-click unsubscribe, which mail clients send as
 * `application/x-www-form-urlencoded`. Its signed token is its only permission and it can only
 * turn mail off, so a cross-site post gains nothing.
 */
const FORM_POST_PATHS = new Set(['/mail/unsubscribe']);
const isFormPostAllowed = (req: FastifyRequest) =>
  req.method === 'POST' &&
  (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') &&
  FORM_POST_PATHS.has((decodedPath(req.url) ?? req.url).split('?')[0]!);

export async function registerHttpLimits(app: FastifyInstance, limits: HttpLimits) {
  // State-changing requests must be JSON or carry the app's header: a cross-site form post can
  // set neither. Applied to every such request whatever its path or encoding (`/%74rpc/…`):
  // the router decodes paths, so a check on the raw URL could be walked around.
  app.addHook('onRequest', async (req, reply) => {
    if (!STATE_CHANGING.has(req.method) || isFormPostAllowed(req)) return;
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json') && req.headers['x-trpc-source'] === undefined) {
      return sendError(reply, 415, { code: 'unsupported_media_type' });
    }
  });

  // A batch over the limit is refused before any procedure runs or any body is read.
  app.addHook('onRequest', async (req, reply) => {
    const procedures = trpcProcedures(req.url);
    if (procedures && procedures.length > limits.maxBatchItems) {
      return sendError(reply, 400, { code: 'batch_too_large', params: { max: limits.maxBatchItems } });
    }
  });

  // Data answers to a browser that carries a session are never stored by a cache on the way
  // (the app's hashed static files are the same for everyone and keep their caching).
  // A callback hook, not async: it runs in the same tick, so `reply.sent` stays true right
  // after a route's send — routes rely on that.
  app.addHook('onSend', (req, reply, payload, done) => {
    if (req.cookies?.[SESSION_COOKIE] && isLimitedPath(req.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  // Per address: generous for reads, tight for sign-in and passwords (own buckets, so a
  // seminar room behind one address reading dashboards does not use up its sign-ins).
  await app.register(import('@fastify/rate-limit'), {
    global: true,
    max: (req) => (isAuthCall(req) ? limits.authRateLimitPerMinute : limits.rateLimitPerMinute),
    timeWindow: 60_000,
    keyGenerator: (req) => `${isAuthCall(req) ? 'auth' : 'all'}:${req.ip}`,
    // Static files of the app and the health check are not limited.
    allowList: (req) => !isLimitedPath(req.url),
    errorResponseBuilder: (_req, context) => {
      const error = new Error('too_many_requests') as Error & { statusCode: number; retryAfterSeconds: number };
      error.statusCode = 429;
      error.retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return error;
    },
  });
}
