// The Hono application: middleware order (log, security headers, 405s, CORS, body limit, identity,
// rate limit), public routes, the REST API under /api/v1 and tRPC under /trpc.
import { trpcServer } from '@hono/trpc-server';
import { appRouter, type Context, type FailureNaming } from '@readouts/api';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { ServerOptions } from '../config/options';
import {
  errorIdOf,
  internalErrorMessage,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  unavailableMessage,
} from '../errors';
import type { Storage } from '../storage/types';
import { type AppEnv, errorBody } from './env';
import { createLogger, type Logger } from './logger';
import { identify, requireIdentity } from './middleware/auth';
import { extensionCors } from './middleware/cors';
import { MAX_TRPC_BATCH, rateLimit, trpcBatchLimit } from './middleware/rate-limit';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { restApi } from './rest-api';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { fastPull } from './routes/pull';

/** How tRPC names failures: the same error ids and messages as the REST routes. */
const failures: FailureNaming = {
  errorId: errorIdOf,
  isUnavailable: isDatabaseUnavailable,
  internalMessage: internalErrorMessage,
  unavailableMessage,
};

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
  app.use('*', securityHeaders());
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        c.json(
          errorBody('METHOD_NOT_ALLOWED', `${c.req.method} is not allowed here; use ${methods.join(', ')}`),
          405,
          {
            Allow: methods.join(', '),
          },
        ),
    }),
  );
  app.use('*', extensionCors(options.corsOrigins));
  app.use(
    '*',
    bodyLimit({
      maxSize: options.bodyLimitBytes,
      onError: (c) =>
        c.json(errorBody('PAYLOAD_TOO_LARGE', `request body over ${options.bodyLimitBytes} bytes`), 413),
    }),
  );
  const api = restApi(storage);
  app.route('/healthz', healthRoutes(storage.kind));
  app.route('/api/v1', docsRoutes(api));

  // A batch over the cap is refused before any work, its token not even looked up.
  app.use('/trpc/*', trpcBatchLimit(MAX_TRPC_BATCH));
  for (const path of ['/api/v1/*', '/trpc/*'])
    app.use(path, identify(storage), rateLimit(options.rateLimitPerMinute));
  app.use('/api/v1/*', requireIdentity);
  app.route('/api/v1', api);
  app.use('/trpc/sync.pull', fastPull(storage));
  app.use(
    '/trpc/*',
    trpcServer({
      router: appRouter,
      maxBatchSize: MAX_TRPC_BATCH,
      createContext: (_opts, c): Context & Record<string, unknown> => ({
        storage,
        identity: c.get('identity') ?? null,
        options: { maxBatch: options.maxBatch },
        failures,
      }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE') {
          // The client sees only this id (trpc.ts formats the error after this has run).
          logger.error(error.code === 'SERVICE_UNAVAILABLE' ? 'database unavailable' : 'trpc error', {
            path,
            errorId: errorIdOf(error),
            error: (error.cause ?? error).message,
          });
        }
      },
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
          ? { headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } }
          : {},
    }),
  );

  app.notFound((c) => c.json(errorBody('NOT_FOUND', 'no such route'), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException)
      return error.status < 500
        ? c.json(
            errorBody(error.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', error.message),
            error.status,
          )
        : error.getResponse();
    const errorId = errorIdOf(error);
    if (isDatabaseUnavailable(error)) {
      logger.error('database unavailable', { path: c.req.path, errorId, error: error.message });
      return c.json(
        { error: { code: 'SERVICE_UNAVAILABLE', message: unavailableMessage(errorId), errorId } },
        503,
        {
          'Retry-After': String(RETRY_AFTER_SECONDS),
        },
      );
    }
    // The database's own text (and any other internal detail) stays in the log.
    logger.error('unhandled error', { path: c.req.path, errorId, error: error.message });
    return c.json(
      { error: { code: 'INTERNAL_SERVER_ERROR', message: internalErrorMessage(errorId), errorId } },
      500,
    );
  });
  return app;
}
