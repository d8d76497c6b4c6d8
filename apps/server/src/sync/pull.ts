// One page of sync.pull, shared by the tRPC procedure and the HTTP fast path that serves a plain
// pull (`GET /trpc/sync.pull`) without parsing and re-serialising every stored state.
import type { PullRequest } from '@readouts/schema';
import { TRPCError } from '@trpc/server';
import type { Storage } from '../storage/types';
import { CursorAhead } from '../trpc';

/** A pull page whose states are still the JSON text storage keeps (each a `RecordState`). */
export interface PullPage {
  /** Each the `JSON.stringify` text of a `RecordState` the reducer wrote. */
  stateJson: string[];
  cursor: string;
  hasMore: boolean;
  lastMutationId?: number;
}

const parseCursor = (cursor: string | null): number => {
  if (cursor === null) return 0;
  if (!/^\d{1,15}$/.test(cursor))
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'cursor is not valid' });
  return Number(cursor);
};

/**
 * Records changed since `input.cursor`, oldest first. Throws BAD_REQUEST for a cursor the server
 * never issues, and CONFLICT with a CursorAhead cause for one past the user's latest change (a
 * database restored from an older backup).
 */
export async function pullPage(storage: Storage, userId: number, input: PullRequest): Promise<PullPage> {
  const cursor = parseCursor(input.cursor);
  const page = await storage.pull(userId, cursor, input.limit);
  if (page.changes.length === 0 && cursor > 0) {
    // Only a database restored from an older backup has a cursor it issued past its head.
    const head = await storage.changeHead(userId);
    if (cursor > head) {
      const ahead = new CursorAhead(cursor, head);
      throw new TRPCError({ code: 'CONFLICT', message: ahead.message, cause: ahead });
    }
  }
  const lastMutationId = input.clientId ? await storage.lastMutationId(userId, input.clientId) : undefined;
  return {
    stateJson: page.changes.map((c) => c.stateJson),
    cursor: String(page.cursor),
    hasMore: page.hasMore,
    ...(lastMutationId !== undefined ? { lastMutationId } : {}),
  };
}

/**
 * The JSON text of `{ changes, cursor, hasMore, lastMutationId? }` (a `PullResponse`, keys in
 * that order) with the stored states spliced in as they are.
 */
export function pullResponseJson(page: PullPage): string {
  const last =
    page.lastMutationId !== undefined ? `,"lastMutationId":${JSON.stringify(page.lastMutationId)}` : '';
  return `{"changes":[${page.stateJson.join(',')}],"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}${last}}`;
}
