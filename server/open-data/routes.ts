// Open data over plain HTTP: the REST API (/api/v1, from the route table in api.ts), its OpenAPI
// document and interactive reference (/api/v1/openapi.json, /api/v1/docs), and the files (/data).
// Public and read-only; answers carry an ETag (a repeat with If-None-Match gets 304) and may be
// kept by caches as long as they revalidate.
import fastifyEtag from '@fastify/etag';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { OdIndicatorCodeParams, OdLangQuery } from '../../shared/schemas/open-data';
import { z } from '../../shared/schemas/zod';
import { AppError, toApiError } from '../lib/errors';
import { parseQuery, sendError } from '../lib/http-errors';
import { API_ROUTES } from './api';
import { buildCatalog } from './catalog';
import { allZip, indicatorCsv } from './files';
import { buildOpenApiDocument } from './openapi';
import { odIndicator } from './service';

const CACHE = 'public, no-cache';

/** The site's origin for absolute links: PUBLIC_URL where set (behind a proxy), else the request's. */
export const publicOrigin = (req: FastifyRequest) => (process.env.PUBLIC_URL ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');

/** Runs a service; a coded error goes out in the error contract with its status, anything else as 500. */
function answer(req: FastifyRequest, reply: FastifyReply, run: () => unknown) {
  try {
    return run();
  } catch (error) {
    if (error instanceof AppError) return sendError(reply, getHTTPStatusCodeFromError(error), error.detail);
    req.log.error({ err: error }, 'open data request failed');
    return sendError(reply, 500, toApiError(error));
  }
}

const IndicatorFileParams = z.object({ file: z.string().regex(/^[A-Za-z0-9._-]+\.(csv|json)$/, { error: 'invalid_format' }) });

const openDataRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  // Weak ETags from the body: cheap for answers this size and exact (issue 13 may key them by data version).
  await app.register(fastifyEtag, { weak: true });

  const document = buildOpenApiDocument();
  await app.register(fastifySwagger, { mode: 'static', specification: { document: document as never } });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  app.get('/api/v1/openapi.json', async (_req, reply) => reply.header('cache-control', CACHE).send(document));

  for (const route of API_ROUTES) {
    const url = route.path.replace(/\{(\w+)\}/g, ':$1');
    app.get(url, async (req, reply) => {
      const params = route.params ? parseQuery(route.params, req.params, reply) : {};
      if (params === null) return reply;
      const query = parseQuery(route.query, req.query, reply);
      if (query === null) return reply;
      const result = answer(req, reply, () => route.response.parse(route.answer(db, { params, query })));
      if (result === reply || reply.sent) return reply;
      return reply.header('cache-control', CACHE).send(result);
    });
  }

  app.get('/data/indicators/:file', async (req, reply) => {
    const p = parseQuery(IndicatorFileParams, req.params, reply);
    if (!p) return reply;
    const code = p.file.replace(/\.(csv|json)$/, '');
    const codeOk = parseQuery(OdIndicatorCodeParams, { code }, reply);
    if (!codeOk) return reply;
    const detail = answer(req, reply, () => odIndicator(db, codeOk.code, 'th'));
    if (reply.sent) return reply;
    const d = detail as ReturnType<typeof odIndicator>;
    reply.header('cache-control', CACHE);
    return p.file.endsWith('.csv')
      ? reply.type('text/csv; charset=utf-8').header('content-disposition', `inline; filename="${d.code}.csv"`).send(indicatorCsv(d))
      : reply.type('application/json; charset=utf-8').send(d);
  });

  app.get('/data/all.zip', async (req, reply) => {
    const zip = answer(req, reply, () => allZip(db));
    if (reply.sent) return reply;
    return reply
      .type('application/zip')
      .header('content-disposition', 'attachment; filename="ethics-strategy-open-data.zip"')
      .header('cache-control', CACHE)
      .send(Buffer.from(zip as Uint8Array));
  });

  app.get('/data/catalog.json', async (req, reply) => {
    const q = parseQuery(OdLangQuery, req.query, reply);
    if (!q) return reply;
    return reply.type('application/ld+json; charset=utf-8').header('cache-control', CACHE).send(buildCatalog(db, publicOrigin(req)));
  });
};

export default openDataRoutes;
