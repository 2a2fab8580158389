import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import type { Db } from '../db/client';
import { makeCreateContext } from './context';
import { appRouter, type AppRouter } from './router';

export const CLIENT_DIST = fileURLToPath(new URL('../dist/client', import.meta.url));

export type AppOptions = {
  db: Db;
  /** Serve the built client from dist/client (production). */
  serveClient?: boolean;
  logger?: boolean;
  /** Set the cookie's Secure flag (when served over HTTPS). */
  secureCookies?: boolean;
};

export async function buildApp({ db, serveClient = true, logger = true, secureCookies = false }: AppOptions) {
  const app = Fastify({
    logger: logger
      ? {
          level: process.env.LOG_LEVEL ?? 'info',
          // Cookies carry the session id: never log them.
          redact: ['req.headers.cookie', 'res.headers["set-cookie"]'],
        }
      : false,
    // tRPC batches several calls in one URL.
    maxParamLength: 5000,
    // An ITA results file for ~8,300 agencies arrives base64-encoded in one tRPC call.
    bodyLimit: 15 * 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
  });

  await app.register(fastifyHelmet, {
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
  await app.register(fastifyCookie);

  // A cross-site form post cannot set these headers, so state-changing calls require one.
  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST' || !req.url.startsWith('/trpc')) return;
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json') && req.headers['x-trpc-source'] === undefined) {
      await reply.code(415).send({ error: 'state-changing requests must be application/json' });
    }
  });

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: makeCreateContext(db, secureCookies),
      onError({ path, error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error.cause ?? error }, 'tRPC error');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await app.register(import('./http/downloads'), { db });
  await app.register(import('./http/ita-downloads'), { db });

  app.get('/healthz', async () => {
    db.$client.prepare('select 1').get();
    return { ok: true };
  });

  if (serveClient && existsSync(CLIENT_DIST)) {
    await app.register(fastifyStatic, { root: CLIENT_DIST, index: ['index.html'], wildcard: false });
    // Deep links (e.g. /indicators/CPI-SCORE) are client routes: answer with the app.
    app.setNotFoundHandler((req, reply) => {
      const isApi = req.url.startsWith('/trpc') || req.url.startsWith('/download');
      if (req.method === 'GET' && !isApi && (req.headers.accept ?? '').includes('text/html')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.code(404).send({ error: 'not found' });
    });
  }

  return app;
}
