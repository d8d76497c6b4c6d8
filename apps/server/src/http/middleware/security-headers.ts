// Security headers on every response (hono/secure-headers), and no caching of what a token reads.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Paths anyone may read without a token; every other response may hold a user's data. */
const PUBLIC = /^\/(healthz|api\/v1\/(openapi\.json|docs(\/.*)?))$/;

/**
 * nosniff, no framing (CSP frame-ancestors and X-Frame-Options), no referrer, and a CSP under which
 * the docs page (Swagger UI) still works: it loads only this server's scripts and style sheets,
 * data: images, and `fetch`es this server.
 * Responses to anything but the public routes get `Cache-Control: no-store`.
 */
export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      connectSrc: ["'self'"],
      // Swagger UI's style sheet draws its icons as data: SVGs.
      imgSrc: ["'self'", 'data:'],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // The API is read cross-origin by the extension; CORS decides who may.
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
  });
  return async (c, next) => {
    await headers(c, async () => {
      await next();
      if (!PUBLIC.test(c.req.path)) c.res.headers.set('Cache-Control', 'no-store');
    });
  };
}
