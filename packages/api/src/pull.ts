// One page of sync.pull, shared by the tRPC procedure and the HTTP fast path that serves a plain
// pull (`GET /trpc/sync.pull`) without parsing and re-serialising every stored state.
import type { PullRequest, RecordState } from '@readouts/schema';
import { TRPCError } from '@trpc/server';
import type { ApiStorage } from './context';
import { CursorAhead } from './errors';

/** A pull page whose states are still the JSON storage keeps (each a `RecordState`). */
export interface PullPage {
  /** Each the UTF-8 `JSON.stringify` text of a `RecordState` the reducer wrote. */
  stateJson: Uint8Array[];
  cursor: string;
  hasMore: boolean;
  lastMutationId?: number;
  /** Tombstones after the cursor were collected: pull everything again, drop what is gone. */
  resetRequired?: boolean;
}

/**
 * A cursor is a change sequence, then, once the user's tombstones were ever collected, `-` and the
 * latest collected sequence when it was issued (`"120"`, `"120-87"`), which tells the server
 * whether tombstones after it were collected since.
 */
const parseCursor = (cursor: string | null): { seq: number; seenCollected: number } => {
  if (cursor === null) return { seq: 0, seenCollected: 0 };
  const parts = /^(\d{1,15})(?:-(\d{1,15}))?$/.exec(cursor);
  if (!parts) throw new TRPCError({ code: 'BAD_REQUEST', message: 'cursor is not valid' });
  return { seq: Number(parts[1]), seenCollected: Number(parts[2] ?? 0) };
};

const formatCursor = (seq: number, collectedSeq = 0): string =>
  collectedSeq > 0 ? `${seq}-${collectedSeq}` : String(seq);

/**
 * Records changed since `input.cursor`, oldest first, for the caller. Throws BAD_REQUEST for a
 * cursor the server never issues, and CONFLICT with a CursorAhead cause for one past the user's
 * latest change (a database restored from an older backup).
 */
export async function pullPage(
  storage: Pick<ApiStorage, 'pull' | 'changeHead' | 'lastMutationId'>,
  { userId, tokenId }: { userId: number; tokenId: string },
  input: PullRequest,
): Promise<PullPage> {
  const { seq: cursor, seenCollected } = parseCursor(input.cursor);
  const page = await storage.pull(userId, cursor, input.limit, seenCollected);
  if (page.changes.length === 0 && cursor > 0 && !page.resetRequired) {
    // Only a database restored from an older backup has a cursor it issued past its head.
    const head = await storage.changeHead(userId);
    if (cursor > head) {
      const ahead = new CursorAhead(cursor, head);
      throw new TRPCError({ code: 'CONFLICT', message: ahead.message, cause: ahead });
    }
  }
  // A client id bound to another device token is that device's: its progress is not told to this
  // caller (whose own push as that id is refused with CLIENT_ID_TAKEN anyway).
  const known = input.clientId ? await storage.lastMutationId(userId, input.clientId, tokenId) : null;
  const lastMutationId = known ?? undefined;
  return {
    stateJson: page.changes.map((c) => c.stateJson),
    cursor: page.resetRequired ? '0' : formatCursor(page.cursor, page.collectedSeq),
    hasMore: page.hasMore,
    ...(lastMutationId !== undefined ? { lastMutationId } : {}),
    ...(page.resetRequired ? { resetRequired: true } : {}),
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The page's states, parsed (what the tRPC procedure answers). */
export const parseStates = (page: PullPage): RecordState[] =>
  page.stateJson.map((json) => JSON.parse(utf8.decode(json)) as RecordState);

/**
 * The UTF-8 JSON of `{ changes, cursor, hasMore, lastMutationId?, resetRequired? }` (a `PullResponse`, keys in
 * that order, as `JSON.stringify` writes it) wrapped as tRPC wraps a query's result
 * (`{"result":{"data":...}}`), with the stored states spliced in as they are.
 */
export function pullResponseBytes(page: PullPage): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [Buffer.from('{"result":{"data":{"changes":[')];
  const comma = Buffer.from(',');
  page.stateJson.forEach((json, i) => {
    if (i > 0) parts.push(comma);
    parts.push(json);
  });
  const last =
    page.lastMutationId !== undefined ? `,"lastMutationId":${JSON.stringify(page.lastMutationId)}` : '';
  const reset = page.resetRequired ? ',"resetRequired":true' : '';
  parts.push(
    Buffer.from(`],"cursor":${JSON.stringify(page.cursor)},"hasMore":${page.hasMore}${last}${reset}}}}`),
  );
  // A fresh buffer of its own (never shared memory), as Hono's body types want.
  return Buffer.concat(parts) as Uint8Array<ArrayBuffer>;
}
