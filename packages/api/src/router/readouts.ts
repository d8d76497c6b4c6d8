// readouts.list / get / history / stats: the query API for the extension, same semantics as REST /api/v1.

import { text } from '@readouts/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { InvalidCursorError, ReadoutQuery } from '../query';
import { authedProcedure, router } from '../trpc';

/** The most history entries one request answers: as many as the server keeps per record. */
export const MAX_HISTORY = 200;

export const readoutsRouter = router({
  list: authedProcedure.input(ReadoutQuery).query(async ({ ctx, input }) => {
    try {
      return await ctx.storage.listReadouts(ctx.identity.userId, input);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
      throw error;
    }
  }),
  get: authedProcedure.input(z.object({ id: text().min(1).max(200) })).query(async ({ ctx, input }) => {
    const record = await ctx.storage.getRecord(ctx.identity.userId, input.id);
    if (!record?.readout) throw new TRPCError({ code: 'NOT_FOUND', message: `no readout ${input.id}` });
    return record.readout;
  }),
  /** The record's applied mutations, newest first, each naming its device (see describeMutation). */
  history: authedProcedure
    .input(
      z.object({ id: text().min(1).max(200), limit: z.number().int().min(1).max(MAX_HISTORY).default(100) }),
    )
    .query(async ({ ctx, input }) => {
      const record = await ctx.storage.getRecord(ctx.identity.userId, input.id);
      if (!record) throw new TRPCError({ code: 'NOT_FOUND', message: `no readout ${input.id}` });
      return ctx.storage.history(ctx.identity.userId, input.id, input.limit);
    }),
  stats: authedProcedure.query(({ ctx }) => ctx.storage.stats(ctx.identity.userId)),
});
