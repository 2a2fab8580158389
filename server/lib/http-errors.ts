// The error contract on plain HTTP routes (downloads, health, static): the same body the tRPC
// formatter puts in `data.error`, under `error`, with the matching status.
import type { FastifyReply } from 'fastify';
import type { ZodType } from 'zod';
import type { ApiError } from '../../shared/errors';
import { toApiError } from './errors';

export function sendError(reply: FastifyReply, status: number, error: ApiError) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error });
}

/** Parses a route's query with its shared schema; on failure answers 400 naming the parameter. */
export function parseQuery<T>(schema: ZodType<T>, query: unknown, reply: FastifyReply): T | null {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  void sendError(reply, 400, toApiError(parsed.error));
  return null;
}
