// The Hono application: middleware order (log, CORS, body limit, identity, rate limit), public
// routes, the REST API under /api/v1 and tRPC under /trpc.
import { trpcServer } from '@hono/trpc-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerOptions } from '../config/options';
import { appRouter } from '../root';
import type { Storage } from '../storage/types';
import type { Context } from '../trpc';
import { type AppEnv, errorBody } from './env';
import { createLogger, type Logger } from './logger';
import { identify, requireIdentity } from './middleware/auth';
import { extensionCors } from './middleware/cors';
import { rateLimit } from './middleware/rate-limit';
import { requestLog } from './middleware/request-log';
import { docsRoutes } from './routes/docs';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { fastPull } from './routes/pull';
import { readoutRoutes } from './routes/readouts';
import { statsRoutes } from './routes/stats';

export type AppOptions = Pick<
  ServerOptions,
  'corsOrigins' | 'bodyLimitBytes' | 'maxBatch' | 'rateLimitPerMinute'
>;

/** Builds the HTTP application over `storage`. */
export function createApp(
  storage: Storage,
  options: AppOptions,
  logger: Logger = createLogger(false),
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(logger));
  app.use('*', extensionCors(options.corsOrigins));
  app.use(
    '*',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: (c) =>
        c.json(errorBody('PAYLOAD_TOO_LARGE', `request body over ${options.bodyLimitBytes} bytes`), 413),
    }),
  );
  app.route('/healthz', healthRoutes(storage.kind));
  app.route('/api/v1', docsRoutes());

  for (const path of ['/api/v1/*', '/trpc/*'])
    app.use(path, identify(storage), rateLimit(options.rateLimitPerMinute));
  app.use('/api/v1/*', requireIdentity);
  app.route('/api/v1/readouts', readoutRoutes(storage));
  app.route('/api/v1/stats', statsRoutes(storage));
  app.route('/api/v1/export', exportRoutes(storage));
  app.use('/trpc/sync.pull', fastPull(storage));
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      createContext: (_opts, c): Context & Record<string, unknown> => ({
        storage,
        identity: c.get('identity') ?? null,
        options: { maxBatch: options.maxBatch },
      }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          logger.error('trpc error', { path, error: error.message });
      },
    }),
  );

  app.notFound((c) => c.json(errorBody('NOT_FOUND', 'no such route'), 404));
  app.onError((error, c) => {
    logger.error('unhandled error', { path: c.req.path, error: error.message });
    return c.json(errorBody('INTERNAL_SERVER_ERROR', 'internal error'), 500);
  });
  return app;
}
