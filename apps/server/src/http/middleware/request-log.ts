// One structured log line per request: method, path, status, duration and the acting user.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import type { Logger } from '../logger';

/** Logs each finished request to `logger`. */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      user: c.get('identity')?.userName,
    });
  };
}
