// The API reference page: Swagger UI (swagger-ui-dist, a maintained release) served from this
// server's own assets, so it works offline and under a CSP that allows only this origin. The page
// is static HTML; the one script of ours points Swagger UI at /api/v1/openapi.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const BASE = '/api/v1/docs';

export const docsHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>readouts API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${BASE}/swagger-ui.css">
<link rel="stylesheet" href="${BASE}/style.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${BASE}/swagger-ui-bundle.js"></script>
<script src="${BASE}/app.js"></script>
</body>
</html>`;

/** Our script: Swagger UI over this server's document, without the online validator badge. */
export const docsJs = `window.ui = SwaggerUIBundle({
  url: '/api/v1/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: false,
  tryItOutEnabled: true,
});
`;

export const docsCss = `body { margin: 0; }
.swagger-ui .topbar { display: none; }
`;

/** Files of swagger-ui-dist served under /api/v1/docs/, with their media types. */
export const SWAGGER_ASSETS = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const;
export type SwaggerAsset = keyof typeof SWAGGER_ASSETS;

const distDir = () => path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const loaded = new Map<SwaggerAsset, string>();

/** One of Swagger UI's files, read from the installed package once. */
export function swaggerAsset(name: SwaggerAsset): string {
  let text = loaded.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(distDir(), name), 'utf8');
    loaded.set(name, text);
  }
  return text;
}
