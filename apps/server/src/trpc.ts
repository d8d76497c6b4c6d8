// tRPC setup: the request context (storage, the caller's identity, limits), error shaping and the
// authenticated procedure every sync and query procedure builds on.
import { initTRPC, TRPCError } from '@trpc/server';
import type { ServerOptions } from './config/options';
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
    return { ...shape, data: { ...shape.data, issues, gap, cursorAhead } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** A procedure that requires a valid bearer token and exposes the caller as `ctx.identity`. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.identity)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'a valid bearer token is required' });
  return next({ ctx: { ...ctx, identity: ctx.identity } });
});
