// tRPC setup: the request context (storage, the caller's identity, limits), error shaping and the
// authenticated procedure every sync and query procedure builds on.
import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context';
import { ClientIdTaken, CursorAhead, MutationGap, MutationRefused } from './errors';

const t = initTRPC.context<Context>().create({
  // Never send stack traces to clients.
  isDev: false,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    const issues =
      error.code === 'BAD_REQUEST' && cause && 'issues' in cause && Array.isArray(cause.issues)
        ? (cause.issues as Array<{ path: PropertyKey[]; message: string }>).map((i) => ({
            path: i.path.map(String).join('.'),
            message: i.message,
          }))
        : undefined;
    const gap =
      cause instanceof MutationGap ? { code: 'MUTATION_GAP' as const, expected: cause.expected } : undefined;
    const cursorAhead =
      cause instanceof CursorAhead ? { code: 'CURSOR_AHEAD' as const, head: cause.head } : undefined;
    const refused =
      cause instanceof MutationRefused
        ? { code: 'MUTATION_REFUSED' as const, id: cause.id, path: cause.path }
        : undefined;
    const clientTaken =
      cause instanceof ClientIdTaken
        ? { code: 'CLIENT_ID_TAKEN' as const, clientId: cause.clientId }
        : undefined;
    // An unexpected failure (a database error, a bug) never shows its own text: the client gets an
    // id, and the server's log has the real error under it (the server's tRPC onError logs it).
    // Without a context (it failed to build) there is no server naming: the message says nothing.
    const failures = ctx?.failures;
    const hidden = error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE';
    const errorId = hidden && failures ? failures.errorId(error) : undefined;
    const message = !hidden
      ? shape.message
      : !failures || errorId === undefined
        ? 'internal error'
        : error.code === 'SERVICE_UNAVAILABLE'
          ? failures.unavailableMessage(errorId)
          : failures.internalMessage(errorId);
    return {
      ...shape,
      message,
      data: { ...shape.data, issues, gap, cursorAhead, refused, clientTaken, errorId },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure: a database outage becomes SERVICE_UNAVAILABLE (503 + Retry-After), not a 500. */
const procedure = t.procedure.use(async ({ ctx, next }) => {
  const result = await next();
  if (
    !result.ok &&
    result.error.code === 'INTERNAL_SERVER_ERROR' &&
    ctx.failures.isUnavailable(result.error.cause)
  )
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'database unavailable',
      cause: result.error.cause,
    });
  return result;
});

/** A procedure that requires a valid bearer token and exposes the caller as `ctx.identity`. */
export const authedProcedure = procedure.use(({ ctx, next }) => {
  if (!ctx.identity)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a valid bearer token is required' });
  return next({ ctx: { ...ctx, identity: ctx.identity } });
});
