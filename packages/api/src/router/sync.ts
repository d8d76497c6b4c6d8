// sync.push and sync.pull: the extension's replication protocol (wire schemas in @readouts/schema).
import { PullRequest, type PullResponse, PushResponse } from '@readouts/schema';
import { checkMutationBounds } from '@readouts/sync';
import { TRPCError } from '@trpc/server';
import { ClientIdTaken, MutationGap, MutationRefused } from '../errors';
import { describeMutation } from '../history';
import { parseStates, pullPage } from '../pull';
import { PushInput } from '../push-input';
import { applyToRecord } from '../reducer';
import { authedProcedure, router } from '../trpc';

export const syncRouter = router({
  /**
   * Applies a client's batch in one transaction. Retried mutations are skipped; when ids skip
   * ahead the mutations before the gap are applied and a CONFLICT error names the expected id.
   * A batch with a timestamp (or a capturedAt) far in the future anywhere in a mutation (a wrong
   * device clock), or a merged state over the tag caps, is refused whole with BAD_REQUEST and
   * `data.refused = { code: 'MUTATION_REFUSED', id, path }`: its edits would otherwise win every
   * conflict until the clock caught up.
   */
  push: authedProcedure
    .input(PushInput)
    .output(PushResponse)
    .mutation(async ({ ctx, input }) => {
      if (input.mutations.length > ctx.options.maxBatch) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `a push may carry at most ${ctx.options.maxBatch} mutations (got ${input.mutations.length})`,
        });
      }
      // One check for every mutation type: its own hlc, every stamp and capturedAt inside it, and
      // a merged state's tag caps (see checkMutationBounds).
      const now = Date.now();
      input.mutations.forEach((mutation, index) => {
        const problem = checkMutationBounds(mutation, now);
        if (problem) {
          const refused = new MutationRefused(
            mutation.id,
            `mutations.${index}.${problem.path}`,
            problem.message,
          );
          throw new TRPCError({ code: 'BAD_REQUEST', message: refused.message, cause: refused });
        }
      });
      const outcome = await ctx.storage.push(
        ctx.identity.userId,
        input.clientId,
        input.mutations,
        applyToRecord,
        ctx.identity.tokenId,
        describeMutation,
      );
      // The state after a mutation is over a tag cap (setTags or merge onto what is stored).
      if (outcome.refused) {
        const { id, index, path, message } = outcome.refused;
        const refused = new MutationRefused(id, `mutations.${index}.${path}`, message);
        throw new TRPCError({ code: 'BAD_REQUEST', message: refused.message, cause: refused });
      }
      if (outcome.clientTaken) {
        const taken = new ClientIdTaken(input.clientId);
        throw new TRPCError({ code: 'CONFLICT', message: taken.message, cause: taken });
      }
      if (outcome.gapExpected !== null) {
        const gap = new MutationGap(outcome.gapExpected);
        throw new TRPCError({ code: 'CONFLICT', message: gap.message, cause: gap });
      }
      return { lastMutationId: outcome.lastMutationId };
    }),
  /**
   * Records changed since `cursor`, oldest first, deleted ones as tombstone states. A cursor past
   * the user's latest change (a restored backup) is a CONFLICT with `data.cursorAhead`; one from
   * before collected tombstones answers `resetRequired: true` and no changes.
   *
   * No output validator: the states are the server's own, each written by the reducer from a
   * validated push, and zod re-checking every one of them was most of a full pull's time. A test
   * parses real pull responses with `PullResponse` instead.
   */
  pull: authedProcedure.input(PullRequest).query(async ({ ctx, input }): Promise<PullResponse> => {
    const page = await pullPage(ctx.storage, ctx.identity, input);
    return {
      changes: parseStates(page),
      cursor: page.cursor,
      hasMore: page.hasMore,
      ...(page.lastMutationId !== undefined ? { lastMutationId: page.lastMutationId } : {}),
      ...(page.resetRequired ? { resetRequired: true } : {}),
    };
  }),
});
