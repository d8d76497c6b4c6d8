// The OpenAPI 3.1 document, generated from the route definitions (routes/*.ts), which validate
// requests with the same zod schemas: the document cannot drift from the code.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env';
import { ReadoutPatch } from '../http/readout-patch';
import { COMMON_ERRORS } from './responses';

type Operation = { responses?: Record<string, unknown> };

/** Builds the document of `api` (the REST routes, mounted at /api/v1). */
export function openApiDocument(api: OpenAPIHono<AppEnv>): Record<string, unknown> {
  const registry = api.openAPIRegistry;
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A device token from `readouts token add`.',
  });
  // PATCH reads its body itself (see routes/readouts.ts); the document names the same schema.
  registry.register('ReadoutPatch', ReadoutPatch);
  const document = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'readouts API',
      version: '1.0.0',
      description:
        'Query and edit your collection of MOFA meeting readouts, its people, counts, citations and dyads.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
  });
  // Every operation needs a token and is rate limited: the middleware answers these, not the routes.
  const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  for (const methods of Object.values(document.paths ?? {}))
    for (const operation of Object.values(methods as Record<string, Operation>)) {
      for (const [status, description] of Object.entries(COMMON_ERRORS))
        operation.responses = { ...operation.responses, [status]: { description, content: error } };
    }
  return JSON.parse(JSON.stringify(document));
}
