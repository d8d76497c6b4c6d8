// The outbox: every local change queues sync mutations (@readouts/schema `Mutation`) in the same
// transaction as the change, each stamped with the client's next mutation id and a fresh hlc.
import type { Hlc, Mutation } from '@readouts/schema';
import { createClock, type MutationDraft, stampMutation } from '@readouts/sync';
import type { IDBPTransaction } from 'idb';
import type { ReadoutsDB } from './schema';

/** One queued mutation, kept until the sync client has pushed it. */
export interface OutboxEntry {
  /** Assigned by IndexedDB (auto-increment): the order changes were made in. */
  seq?: number;
  /** The client that made the mutation; ids count 1, 2, 3... per client. */
  clientId: string;
  mutation: Mutation;
}

/** The client's mutation counter and clock, kept in the `meta` store under `CLOCK_KEY`. */
export interface ClockState {
  clientId: string;
  lastMutationId: number;
  lastHlc: Hlc | null;
}

export const CLOCK_KEY = 'clock';

type WriteTx = IDBPTransaction<ReadoutsDB, ('readouts' | 'outbox' | 'meta')[], 'readwrite'>;

/**
 * Stamps drafts with the next mutation ids and hlcs of `clientId` and queues them, inside `tx`.
 * A new client id (storage cleared, profile copied) starts its own count at 1.
 */
export async function queueMutations(
  tx: WriteTx,
  drafts: MutationDraft[],
  clientId: string,
  now: () => number,
): Promise<Mutation[]> {
  if (drafts.length === 0) return [];
  const meta = tx.objectStore('meta');
  const stored = (await meta.get(CLOCK_KEY))?.value as ClockState | undefined;
  const state: ClockState =
    stored?.clientId === clientId ? stored : { clientId, lastMutationId: 0, lastHlc: null };
  const clock = createClock(clientId, now, state.lastHlc ? { last: state.lastHlc } : {});
  const mutations = drafts.map((draft, i) =>
    stampMutation(draft, state.lastMutationId + i + 1, clock.tick()),
  );
  const outbox = tx.objectStore('outbox');
  const last = mutations.at(-1)!;
  const next: ClockState = { clientId, lastMutationId: last.id, lastHlc: last.hlc };
  // Issued together; IndexedDB keeps their order, so `seq` follows the mutation ids.
  await Promise.all([
    ...mutations.map((mutation) => outbox.add({ clientId, mutation })),
    meta.put({ key: CLOCK_KEY, value: next }),
  ]);
  return mutations;
}
