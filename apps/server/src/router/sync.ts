// sync.push and sync.pull: the extension's replication protocol (wire schemas in @readouts/schema).
import { PullRequest, type PullResponse, PushRequest, PushResponse } from '@readouts/schema';
import { DEFAULT_MAX_DRIFT_MS, isTooFarAhead } from '@readouts/sync';
import { TRPCError } from '@trpc/server';
import { applyToRecord } from '../sync/reducer';
import { authedProcedure, CursorAhead, MutationGap, router } from '../trpc';

const parseCursor = (cursor: string | null): number => {
  if (cursor === null) return 0;
  if (!/^\d{1,15}$/.test(cursor))
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'cursor is not valid' });
  return Number(cursor);
};

export const syncRouter = router({
  /**
   * Applies a client's batch in one transaction. Retried mutations are skipped; when ids skip
   * ahead the mutations before the gap are applied and a CONFLICT error names the expected id.
   * A batch with a timestamp far in the future (a wrong device clock) is refused whole: its edits
   * would otherwise win every conflict until the clock caught up.
   */
  push: authedProcedure
    .input(PushRequest)
    .output(PushResponse)
    .mutation(async ({ ctx, input }) => {
      if (input.mutations.length > ctx.options.maxBatch) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `a push may carry at most ${ctx.options.maxBatch} mutations (got ${input.mutations.length})`,
        });
      }
      const now = Date.now();
      const ahead = input.mutations.find((m) => isTooFarAhead(m.hlc, now));
      if (ahead) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `mutation ${ahead.id} is stamped more than ${DEFAULT_MAX_DRIFT_MS / 3_600_000} h ahead of the server clock; fix the device clock`,
        });
      }
      const outcome = await ctx.storage.push(
        ctx.identity.userId,
        input.clientId,
        input.mutations,
        applyToRecord,
      );
      if (outcome.gapExpected !== null) {
        const gap = new MutationGap(outcome.gapExpected);
        throw new TRPCError({ code: 'CONFLICT', message: gap.message, cause: gap });
      }
      return { lastMutationId: outcome.lastMutationId };
    }),
  /**
   * Records changed since `cursor`, oldest first, deleted ones as tombstone states. A cursor past
   * the user's latest change (a restored backup) is a CONFLICT with `data.cursorAhead`.
   *
   * No output validator: the states are the server's own, each written by the reducer from a
   * validated push, and zod re-checking every one of them was most of a full pull's time. A test
   * parses real pull responses with `PullResponse` instead.
   */
  pull: authedProcedure.input(PullRequest).query(async ({ ctx, input }): Promise<PullResponse> => {
    const userId = ctx.identity.userId;
    const cursor = parseCursor(input.cursor);
    const page = await ctx.storage.pull(userId, cursor, input.limit);
    if (page.changes.length === 0 && cursor > 0) {
      // Only a database restored from an older backup has a cursor it issued past its head.
      const head = await ctx.storage.changeHead(userId);
      if (cursor > head) {
        const ahead = new CursorAhead(cursor, head);
        throw new TRPCError({ code: 'CONFLICT', message: ahead.message, cause: ahead });
      }
    }
    const lastMutationId = input.clientId
      ? await ctx.storage.lastMutationId(userId, input.clientId)
      : undefined;
    return {
      changes: page.changes.map((c) => c.state) as PullResponse['changes'],
      cursor: String(page.cursor),
      hasMore: page.hasMore,
      ...(lastMutationId !== undefined ? { lastMutationId } : {}),
    };
  }),
});
