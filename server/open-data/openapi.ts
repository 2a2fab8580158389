// The OpenAPI 3.1 document of the public API, generated from the route table (api.ts) and its
// zod schemas (zod's own JSON Schema output: OpenAPI 3.1 uses JSON Schema 2020-12 as it is).
import { z } from 'zod';
import { OdErrorBody } from '../../shared/schemas/open-data';
import { API_ROUTES, type ApiRoute } from './api';
import { DATA_LICENCE } from './licence';

type JsonSchema = Record<string, unknown>;

const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parameters(route: ApiRoute) {
  const list: JsonSchema[] = [];
  for (const [where, object] of [['path', route.params], ['query', route.query]] as const) {
    if (!object) continue;
    const json = schemaOf(object, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const { description, ...rest } = schema as { description?: string };
      list.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return list;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function buildOpenApiDocument() {
  const paths: Record<string, unknown> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = {
      get: {
        tags: [route.tag],
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        operationId: route.path.replace('/api/v1/', '').replace(/[{}]/g, '').replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
        parameters: parameters(route),
        responses: {
          200: {
            description: 'OK',
            headers: { ETag: { description: 'Changes when the answer changes; send it back in If-None-Match for a 304.', schema: { type: 'string' } } },
            content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
          },
          304: { description: 'Not modified (If-None-Match matched the ETag).' },
          400: errorResponse('A parameter is malformed: `error.field` names it.'),
          404: errorResponse('No such item.'),
          429: errorResponse('Too many requests: wait `error.params.retryAfter` seconds.'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ethics strategy tracker — open data API',
      version: '1.0.0',
      description:
        'Read-only figures of Thailand’s public-sector ethics strategy B.E. 2565–2570: the plan, indicators with their sources, ' +
        'international indices, ITA national results, the agency registry and the public frozen committee packs. Every value carries its source; example and demo ' +
        'rows are flagged (`isExample`, `isDemo`, `demoRows`). Years are given in both calendars (`be`, `ce`).',
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'plan', description: 'The strategy and its Quick Wins' },
      { name: 'indicators', description: 'Indicators, values, targets' },
      { name: 'indices', description: 'CPI, WGI, WJP' },
      { name: 'ita', description: 'Integrity and Transparency Assessment' },
      { name: 'registry', description: 'Provinces and agencies' },
      { name: 'meetings', description: 'Frozen committee packs made public' },
    ],
    paths,
    components: { schemas: { Error: schemaOf(OdErrorBody, 'output') } },
  };
}
