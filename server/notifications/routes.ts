// RFC 8058 one-click unsubscribe: a mail client POSTs "List-Unsubscribe=One-Click" to the signed
// link of the List-Unsubscribe header. Opened in a browser (GET), the link goes to the page that asks first.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client';
import { UnsubscribeInput } from '../../shared/schemas/notifications';
import { AppError, toApiError } from '../lib/errors';
import { sendError } from '../lib/http-errors';
import { unsubscribe } from './service';

const mailRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  // Only this plugin reads form posts (the body is ignored: the signed token is in the URL).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.post('/mail/unsubscribe', async (req, reply) => {
    const parsed = UnsubscribeInput.safeParse({ token: (req.query as Record<string, unknown>).t });
    if (!parsed.success) return sendError(reply, 400, { code: 'invalid_link', field: 'token' });
    try {
      return reply.header('cache-control', 'no-store').send({ ok: true, kind: unsubscribe(db, parsed.data).kind });
    } catch (error) {
      if (error instanceof AppError) return sendError(reply, 400, toApiError(error));
      throw error;
    }
  });

  app.get('/mail/unsubscribe', async (req, reply) => {
    const t = (req.query as Record<string, unknown>).t;
    return reply.redirect(`/unsubscribe${typeof t === 'string' ? `?t=${encodeURIComponent(t)}` : ''}`, 303);
  });
};

export default mailRoutes;
