// GET /api/v1/openapi.json and the API reference (Swagger UI) under /api/v1/docs; no token needed.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import {
  docsCss,
  docsHtml,
  docsJs,
  SWAGGER_ASSETS,
  type SwaggerAsset,
  swaggerAsset,
} from '../../openapi/docs-page';
import { openApiDocument } from '../../openapi/document';
import type { AppEnv } from '../env';

/** Documentation routes of `api`, mounted at /api/v1. */
export function docsRoutes(api: OpenAPIHono<AppEnv>): Hono {
  let document: Record<string, unknown> | undefined;
  // Built on first request, once every route of `api` is defined.
  const documentOf = () => {
    document ??= openApiDocument(api);
    return document;
  };
  const routes = new Hono()
    .get('/openapi.json', (c) => c.json(documentOf()))
    .get('/docs', (c) => c.html(docsHtml))
    .get('/docs/app.js', (c) => c.body(docsJs, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/docs/style.css', (c) => c.body(docsCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  for (const [name, type] of Object.entries(SWAGGER_ASSETS))
    routes.get(`/docs/${name}`, (c) =>
      c.body(swaggerAsset(name as SwaggerAsset), 200, { 'Content-Type': type }),
    );
  return routes;
}
