// CORS for browser extensions only: origins matching the configured patterns get CORS headers.
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const toRegExp = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );

/** Allows exactly the origins matching `patterns` (`*` matches within one URL part, e.g. an extension id). */
export function extensionCors(patterns: string[]): MiddlewareHandler {
  const allowed = patterns.map(toRegExp);
  return cors({
    origin: (origin) => (allowed.some((re) => re.test(origin)) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type', 'trpc-accept', 'x-trpc-source'],
    allowMethods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });
}
