// Mutations the server refused for good (a 4xx other than 401, a 409 gap or 429): moved out of the
// outbox so the rest can sync, and kept here, in the sync database, for the user to see, send
// again (Retry) or forget (Discard).
import type { Mutation } from '@readouts/schema';
import type { MutationDraft } from '@readouts/sync';
import type { ReadoutsDatabase } from '../db/open';
import { queueMutations } from '../db/outbox';
import { commitWrite } from '../db/quota';
import { getSyncDb, readValue } from './db';
import { updateStatus } from './status';

export interface RejectedMutation {
  clientId: string;
  /** As it was queued (its id is the one it had then). */
  mutation: Mutation;
  /** The server's words. */
  reason: string;
  /** ISO time it was set aside. */
  at: string;
}

export const REJECTED_KEY = 'rejected';
/** The most refused mutations kept; the oldest go first beyond it. */
export const MAX_REJECTED = 1000;

/** Every mutation set aside, oldest first. */
export function loadRejected(): Promise<RejectedMutation[]> {
  return readValue<RejectedMutation[]>(REJECTED_KEY, []);
}

/**
 * Names one set-aside mutation for Retry and Discard: its client, mutation id and the time it was
 * set aside (ids are renumbered after a refusal, so the id alone can repeat).
 */
export function rejectedKey(rejected: RejectedMutation): string {
  return `${rejected.clientId}/${rejected.mutation.id}/${rejected.at}`;
}

/**
 * Takes the mutations named by `keys` off the list, in one transaction of the sync database (the
 * background may be adding a refusal meanwhile), and keeps the status line's count current.
 * Returns the ones taken, oldest first.
 */
async function takeRejected(keys: ReadonlySet<string>): Promise<RejectedMutation[]> {
  const tx = (await getSyncDb()).transaction('kv', 'readwrite');
  const listed = ((await tx.store.get(REJECTED_KEY)) as RejectedMutation[] | undefined) ?? [];
  const taken = listed.filter((r) => keys.has(rejectedKey(r)));
  const kept = listed.filter((r) => !keys.has(rejectedKey(r)));
  if (taken.length > 0) await tx.store.put(kept, REJECTED_KEY);
  await tx.done;
  await updateStatus({ rejected: kept.length });
  return taken;
}

/** Forgets the set-aside mutations named by `keys`; returns how many were forgotten. */
export async function discardRejected(keys: Iterable<string>): Promise<number> {
  return (await takeRejected(new Set(keys))).length;
}

/** The change a set-aside mutation made, without the id and hlc it was stamped with. */
function draftOf(mutation: Mutation): MutationDraft {
  const { id: _id, hlc: _hlc, ...draft } = mutation;
  return draft as MutationDraft;
}

/**
 * Sends set-aside mutations again: each is queued anew, as this device's latest change (a fresh
 * mutation id and hlc, so a stamp the server refused as too far ahead is not sent again), then
 * taken off the list. Queued first: a crash in between leaves one queued and still listed, never
 * lost. The next sync pushes them; one refused again comes back to the list. Returns how many were
 * queued.
 */
export async function retryRejected(
  collection: ReadoutsDatabase,
  deviceId: string,
  keys: Iterable<string>,
  now: () => number = Date.now,
): Promise<number> {
  const wanted = new Set(keys);
  const chosen = (await loadRejected()).filter((r) => wanted.has(rejectedKey(r)));
  if (chosen.length === 0) return 0;
  const tx = collection.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
  await commitWrite(tx, () =>
    queueMutations(
      tx,
      chosen.map((r) => draftOf(r.mutation)),
      deviceId,
      now,
    ),
  );
  await takeRejected(new Set(chosen.map(rejectedKey)));
  return chosen.length;
}
