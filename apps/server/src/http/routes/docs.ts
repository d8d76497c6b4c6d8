// GET /api/v1/openapi.json and the offline documentation page under /api/v1/docs; no token needed.
import { Hono } from 'hono';
import { docsCss, docsHtml, docsJs } from '../../openapi/docs-page';
import { openApiDocument } from '../../openapi/document';

/** Documentation routes, mounted at /api/v1. */
export function docsRoutes(): Hono {
  const document = openApiDocument();
  return new Hono()
    .get('/openapi.json', (c) => c.json(document))
    .get('/docs', (c) => c.html(docsHtml))
    .get('/docs/app.js', (c) => c.body(docsJs, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/docs/style.css', (c) => c.body(docsCss, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
