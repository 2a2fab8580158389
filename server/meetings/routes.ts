// The pack as a document: /meetings/:id/pack.pdf (the PDF stored at freezing) and
// /meetings/:id/pack.html (the same document rendered from the snapshot, for the in-app view).
// ?v= names an issue (default: the latest); the frozen pack's access rule applies (pack.ts).
// /meetings/:id/preview.html is the live draft for insiders; /report/preview.html the live draft
// of the next meeting's pack (what /report shows).
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client';
import { SESSION_COOKIE, resolveSession } from '../accounts/session';
import { AppError, toApiError } from '../lib/errors';
import { sendError } from '../lib/http-errors';
import { getFrozenPack, getPackPdf } from './pack';
import { previewNextPack, previewPack, type StoredPack } from './snapshot';
import { packHtml } from './pack-pdf';
import { z } from '../../shared/schemas/zod';

// The pack document: inline styles and fonts only, and framed by the app's own pages.
const PACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'";

const Params = z.object({ id: z.coerce.number().int().positive() });
const Query = z.object({ v: z.coerce.number().int().positive().optional(), lang: z.enum(['th', 'en']).default('th'), cal: z.enum(['be', 'ce']).default('be') });

const meetingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  type Req = { params: unknown; query: unknown; cookies: Record<string, string | undefined> };
  const parseQuery = (req: Req) => {
    const query = Query.safeParse(req.query);
    if (!query.success) return null;
    const token = req.cookies[SESSION_COOKIE];
    return { ...query.data, user: token ? resolveSession(db, token) : null };
  };
  const parse = (req: Req) => {
    const params = Params.safeParse(req.params);
    const query = parseQuery(req);
    return params.success && query ? { id: params.data.id, ...query } : null;
  };
  const fail = (reply: Parameters<typeof sendError>[0], error: unknown) => {
    if (error instanceof AppError) return sendError(reply, error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 400, toApiError(error));
    throw error;
  };

  app.get('/meetings/:id/pack.pdf', async (req, reply) => {
    const q = parse(req);
    if (!q) return sendError(reply, 400, { code: 'bad_request' });
    try {
      const { pdf, snapshot, packVersion } = getPackPdf(db, q.user, { meetingId: q.id, packVersion: q.v });
      if (!pdf) return sendError(reply, 404, { code: 'not_found', params: { entity: 'meeting_pack', key: `${q.id}/${packVersion}.pdf` } });
      const name = `pack-${snapshot.meeting.numberEn || q.id}-v${packVersion}`.replace(/[^\w.-]+/g, '-');
      return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).header('cache-control', 'private, max-age=3600').send(pdf);
    } catch (error) {
      return fail(reply, error);
    }
  });

  app.get('/meetings/:id/pack.html', async (req, reply) => {
    const q = parse(req);
    if (!q) return sendError(reply, 400, { code: 'bad_request' });
    try {
      const pack = getFrozenPack(db, q.user, { meetingId: q.id, packVersion: q.v });
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PACK_CSP).header('cache-control', 'private, no-cache').send(packHtml(pack.snapshot, q.lang, q.cal));
    } catch (error) {
      return fail(reply, error);
    }
  });

  /** A live draft: insiders only, never cached. */
  const sendPreview = (q: ReturnType<typeof parseQuery>, reply: Parameters<typeof sendError>[0], build: () => StoredPack) => {
    if (!q) return sendError(reply, 400, { code: 'bad_request' });
    if (!q.user) return sendError(reply, 401, { code: 'unauthenticated' });
    if (q.user.role === 'reporter') return sendError(reply, 403, { code: 'forbidden_role', params: { roles: ['admin', 'committee', 'analyst'] } });
    try {
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PACK_CSP).header('cache-control', 'private, no-store').send(packHtml(build(), q.lang, q.cal));
    } catch (error) {
      return fail(reply, error);
    }
  };

  app.get('/meetings/:id/preview.html', async (req, reply) => {
    const q = parse(req);
    return sendPreview(q, reply, () => previewPack(db, q!.id));
  });
  app.get('/report/preview.html', async (req, reply) => sendPreview(parseQuery(req), reply, () => previewNextPack(db)));
};

export default meetingRoutes;
