// tRPC setup: the request context (storage, the caller's identity, limits), error shaping and the
// authenticated procedure every sync and query procedure builds on.
import { initTRPC, TRPCError } from '@trpc/server';
import type { ServerOptions } from './config/options';
import { errorIdOf, internalErrorMessage, isDatabaseUnavailable, unavailableMessage } from './errors';
import type { Identity, Storage } from './storage/types';

export interface Context {
  storage: Storage;
  identity: Identity | null;
  options: Pick<ServerOptions, 'maxBatch'>;
}

/** Carried as a TRPCError cause when pushed ids skip ahead; the client resends from `expected`. */
export class MutationGap extends Error {
  override name = 'MutationGap';
  constructor(readonly expected: number) {
    super(`mutation id gap: expected mutation ${expected} next`);
  }
}

/**
 * Carried as a TRPCError cause (CONFLICT) when a push's client id belongs to another device token:
 * two devices pushing as one client would skip each other's mutation ids and lose writes. The
 * client takes a new client id and pushes its queued mutations again under it.
 */
export class ClientIdTaken extends Error {
  override name = 'ClientIdTaken';
  constructor(readonly clientId: string) {
    super(
      `client id ${clientId} is in use by another device token; take a new client id and push again under it`,
    );
  }
}

/**
 * Carried as a TRPCError cause when a pushed mutation is refused for good (a stamp too far ahead,
 * a merged state over a cap): `path` names the field (`mutations.3.state.note.hlc`). The client
 * should set that mutation aside; resending it can never succeed.
 */
export class MutationRefused extends Error {
  override name = 'MutationRefused';
  readonly issues: Array<{ path: string[]; message: string }>;
  constructor(
    readonly id: number,
    readonly path: string,
    reason: string,
  ) {
    super(`mutation ${id} refused: ${reason} (${path})`);
    this.issues = [{ path: path.split('.'), message: reason }];
  }
}

/**
 * Carried as a TRPCError cause when a pull cursor is past the user's latest change: the database
 * was restored from an older backup, so the client must pull again from the start.
 */
export class CursorAhead extends Error {
  override name = 'CursorAhead';
  constructor(
    readonly cursor: number,
    readonly head: number,
  ) {
    super(
      `cursor ${cursor} is ahead of this collection (its latest change is ${head}): the server was restored from an older backup; pull again from the start`,
    );
  }
}

const t = initTRPC.context<Context>().create({
  // Never send stack traces to clients.
  isDev: false,
  errorFormatter({ shape, error }) {
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
    // id, and the server's log has the real error under it (see onError in http/app.ts).
    const errorId =
      error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE'
        ? errorIdOf(error)
        : undefined;
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? internalErrorMessage(errorId!)
        : error.code === 'SERVICE_UNAVAILABLE'
          ? unavailableMessage(errorId!)
          : shape.message;
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
const procedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (
    !result.ok &&
    result.error.code === 'INTERNAL_SERVER_ERROR' &&
    isDatabaseUnavailable(result.error.cause)
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
