// The local side of sync: reads the outbox, folds acknowledged mutations into the merged record
// states, and merges pulled states into the collection without losing unpushed local edits.
import type { Mutation, RecordState } from '@readouts/schema';
import {
  applyMutation,
  createClock,
  DEFAULT_MAX_DRIFT_MS,
  emptyState,
  latestHlc,
  mergeStates,
  parseHlc,
} from '@readouts/sync';
import { type IDBPObjectStore, type IDBPTransaction, unwrap } from 'idb';
import { announceChange } from '../db/changes';
import type { ReadoutsDatabase } from '../db/open';
import { CLOCK_KEY, type ClockState, queueMutations } from '../db/outbox';
import { abandon, commitWrite, isQuotaError, StorageFullError } from '../db/quota';
import { type ReadoutsDB, toRow } from '../db/schema';
import { shownReadout } from '../db/shown';
import type { SyncDatabase, SyncDB } from './db';
import { MAX_REJECTED, REJECTED_KEY, type RejectedMutation } from './rejected';

/** Consecutive outbox entries of one client, oldest first. */
export interface PendingBatch {
  clientId: string;
  entries: Array<{ seq: number; mutation: Mutation }>;
}

/** The local database as the sync engine sees it. */
export interface Replica {
  /** Up to `limit` oldest queued mutations of one client, or null when the outbox is empty. */
  pending(limit: number): Promise<PendingBatch | null>;
  /** Drops the batch's mutations the server has applied (id <= `lastMutationId`); returns how many. */
  acknowledge(batch: PendingBatch, lastMutationId: number): Promise<number>;
  /**
   * After a MUTATION_GAP: drops what the server has, renumbers the rest from `expected` on. When the
   * server expects an id this device had already pushed (it was restored from an older backup),
   * every merged record state is queued after them as a merge mutation of this device, so nothing
   * it forgot is lost.
   * Returns how many merges were queued.
   */
  renumber(clientId: string, expected: number): Promise<number>;
  /**
   * After CLIENT_ID_TAKEN: moves every queued mutation of client `from` to client `to`, numbered
   * 1, 2, 3... in their order, and, when this device's clock counts `from`, makes it count `to`
   * on from there, so later edits continue the new numbering. One transaction.
   */
  rekey(from: string, to: string): Promise<void>;
  /**
   * Moves a mutation the server refused for good out of the outbox into the `rejected` list of the
   * sync database, and numbers the client's later queued mutations down by one, so the outbox goes
   * on. Listed first: a crash in between lists it twice at worst, never loses it.
   */
  setAside(clientId: string, entry: PendingBatch['entries'][number], reason: string): Promise<void>;
  /**
   * Merges pulled states and shows the result, with queued local mutations still applied. Returns
   * how many records were last changed by another device (the rest echo this device's pushes).
   * Rejects (a StorageFullError when the browser refuses the writes for space) unless both databases
   * committed the whole page: its cursor must not be saved then. The outbox is only read.
   */
  applyPulled(changes: RecordState[]): Promise<number>;
  /**
   * After a full pull the server asked for (`resetRequired`: it collected tombstones this device
   * may not have seen): removes every local record not in `present` (the ids that pull brought),
   * except those with mutations still in the outbox, which are this device's unpushed edits.
   * Returns how many were removed.
   */
  removeAbsent(present: ReadonlySet<string>): Promise<number>;
  /** How many mutations wait in the outbox. */
  pendingCount(): Promise<number>;
}

/** A pulled record whose latest stamp this device's clock refused to take in. */
export interface RefusedStamp {
  readoutId: string;
  hlc: string;
  reason: string;
}

export interface ReplicaOptions {
  /**
   * Called for each pulled record whose latest hlc is malformed or more than a day ahead of this
   * device's clock (a device with a wrong clock stamped it). The record is still merged; only the
   * clock ignores that stamp, so this device's next edits are not stamped years ahead and refused.
   */
  onRefusedStamp?(refused: RefusedStamp): void;
}

/** A replica over the collection database and the sync database of this browser. */
export function createReplica(
  collection: ReadoutsDatabase,
  sync: SyncDatabase,
  initialDeviceId: string,
  options: ReplicaOptions = {},
): Replica {
  // Changes when the server refuses this device's client id and the outbox is rekeyed.
  let deviceId = initialDeviceId;
  const fold = async (mutations: Mutation[]) => {
    const tx = sync.transaction('records', 'readwrite');
    const byId = new Map<string, Mutation[]>();
    for (const m of mutations) byId.set(m.readoutId, [...(byId.get(m.readoutId) ?? []), m]);
    await commitWrite(tx, async () => {
      for (const [id, group] of byId) {
        const state = (await tx.store.get(id)) ?? emptyState(id);
        await tx.store.put(group.reduce(applyMutation, state));
      }
    });
  };

  return {
    async pending(limit) {
      const rows = await collection.getAll('outbox', null, limit);
      const first = rows[0];
      if (!first) return null;
      const entries = [];
      for (const row of rows) {
        if (row.clientId !== first.clientId) break;
        entries.push({ seq: row.seq!, mutation: row.mutation });
      }
      return { clientId: first.clientId, entries };
    },

    async acknowledge(batch, lastMutationId) {
      const done = batch.entries.filter((e) => e.mutation.id <= lastMutationId);
      if (done.length === 0) return 0;
      // Folded before they leave the outbox, so a crash in between only folds them twice (a no-op).
      await fold(done.map((e) => e.mutation));
      const tx = collection.transaction('outbox', 'readwrite');
      await commitWrite(tx, async () => {
        for (const entry of done) await tx.store.delete(entry.seq);
      });
      return done.length;
    },

    async renumber(clientId, expected) {
      const rows = (await collection.getAll('outbox')).filter((r) => r.clientId === clientId);
      const applied = rows.filter((r) => r.mutation.id < expected);
      await fold(applied.map((r) => r.mutation));
      const queued = rows.filter((r) => r.mutation.id >= expected);
      // Ids from `expected` up to the first still queued were acknowledged, then forgotten.
      const forgotten = expected < (queued[0]?.mutation.id ?? Number.POSITIVE_INFINITY);
      const states = forgotten ? await sync.getAll('records') : [];
      // One transaction: the outbox is renumbered whole or, if a write is refused, not at all.
      const tx = collection.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
      await commitWrite(tx, async () => {
        const outbox = tx.objectStore('outbox');
        for (const row of applied) await outbox.delete(row.seq!);
        let next = expected;
        for (const row of queued) await outbox.put({ ...row, mutation: { ...row.mutation, id: next++ } });
        const clock = (await tx.objectStore('meta').get(CLOCK_KEY))?.value as ClockState | undefined;
        if (clock?.clientId === clientId) {
          await tx.objectStore('meta').put({ key: CLOCK_KEY, value: { ...clock, lastMutationId: next - 1 } });
        }
        // Queued as this device's own changes, after everything above (whichever client had the gap).
        const merges = states.map((state) => ({ type: 'merge' as const, readoutId: state.id, state }));
        await queueMutations(tx, merges, deviceId, Date.now);
      });
      return states.length;
    },

    async rekey(from, to) {
      const tx = collection.transaction(['outbox', 'meta'], 'readwrite');
      await commitWrite(tx, async () => {
        const outbox = tx.objectStore('outbox');
        const rows = (await outbox.getAll()).filter((r) => r.clientId === from);
        let next = 1;
        for (const row of rows) {
          await outbox.put({ ...row, clientId: to, mutation: { ...row.mutation, id: next++ } });
        }
        const meta = tx.objectStore('meta');
        const clock = (await meta.get(CLOCK_KEY))?.value as ClockState | undefined;
        if (clock?.clientId === from) {
          await meta.put({ key: CLOCK_KEY, value: { ...clock, clientId: to, lastMutationId: next - 1 } });
        }
      });
      if (deviceId === from) deviceId = to;
    },

    async setAside(clientId, entry, reason) {
      const listed = ((await sync.get('kv', REJECTED_KEY)) as RejectedMutation[] | undefined) ?? [];
      const record: RejectedMutation = {
        clientId,
        mutation: entry.mutation,
        reason,
        at: new Date().toISOString(),
      };
      await sync.put('kv', [...listed, record].slice(-MAX_REJECTED), REJECTED_KEY);
      const tx = collection.transaction(['outbox', 'meta'], 'readwrite');
      await commitWrite(tx, async () => {
        const outbox = tx.objectStore('outbox');
        await outbox.delete(entry.seq);
        const later = (await outbox.getAll()).filter(
          (r) => r.clientId === clientId && r.mutation.id > entry.mutation.id,
        );
        for (const row of later)
          await outbox.put({ ...row, mutation: { ...row.mutation, id: row.mutation.id - 1 } });
        const meta = tx.objectStore('meta');
        const clock = (await meta.get(CLOCK_KEY))?.value as ClockState | undefined;
        if (clock?.clientId === clientId && clock.lastMutationId >= entry.mutation.id) {
          await meta.put({ key: CLOCK_KEY, value: { ...clock, lastMutationId: clock.lastMutationId - 1 } });
        }
      });
    },

    async applyPulled(changes) {
      if (changes.length === 0) return 0;
      const records = sync.transaction('records', 'readwrite');
      records.done.catch(() => {}); // awaited below, or abandoned on failure
      let tx: CollectionWrite | undefined;
      let fromOthers = 0;
      try {
        const locals = await storedStates(records.store, changes);
        // One transaction with the outbox, so an edit made meanwhile is either seen here or made after.
        // Its reads go out before the puts below, so their answers do not wait behind those.
        tx = collection.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
        tx.done.catch(() => {}); // awaited below, or abandoned on failure
        const outbox = tx.objectStore('outbox');
        const meta = tx.objectStore('meta');
        const reads = Promise.all([outbox.count(), meta.get(CLOCK_KEY)]);

        const merged = changes.map((change, i) => mergeStates(locals[i] ?? emptyState(change.id), change));
        // Puts carry no promise each: a failed put (storage full) aborts its transaction, and `done`
        // says so.
        const recordStore = unwrap(records.store);
        for (const state of merged) recordStore.put(state);

        const [queuedCount, clockRow] = await reads;
        const queued =
          queuedCount === 0
            ? merged.map(() => [])
            : await Promise.all(merged.map((state) => outbox.index('by-readout').getAll(state.id)));
        const readouts = unwrap(tx.objectStore('readouts'));
        const clock = pulledClock(clockRow?.value as ClockState | undefined, deviceId);
        let received: string | null = null;
        merged.forEach((state, i) => {
          const latest = latestHlc(state);
          if (latest) {
            if (parseHlc(latest).nodeId !== deviceId) fromOthers += 1;
            received = clock.receive(latest, state.id, options.onRefusedStamp);
          }
          const shown = shownReadout(
            state,
            queued[i]!.map((e) => e.mutation),
          );
          if (shown) readouts.put(toRow(shown));
          else readouts.delete(state.id);
        });
        if (received) unwrap(meta).put({ key: CLOCK_KEY, value: { ...clock.state, lastHlc: received } });
        // The two databases commit side by side. The caller saves the cursor once both have, so a
        // crash in between pulls the page again, and merging it twice changes nothing.
        await Promise.all([tx.done, records.done]);
      } catch (error) {
        // A refused write (storage full) or any other failure: whichever transaction still runs is
        // aborted, the outbox was only read, and the caller saves no cursor for this page, so it comes
        // again and merges into whatever did commit (merging is idempotent).
        await Promise.all([abandon(records), abandon(tx)]);
        const full = isQuotaError(error, records) || (tx !== undefined && isQuotaError(error, tx));
        throw full ? new StorageFullError({ cause: error }) : error;
      }
      // An open collection page reloads what changed.
      announceChange(changes.map((change) => change.id));
      return fromOthers;
    },

    async removeAbsent(present) {
      const known = new Set([
        ...(await sync.getAllKeys('records')),
        ...(await collection.getAllKeys('readouts')),
      ]);
      const absent = [...known].filter((id) => !present.has(id));
      if (absent.length === 0) return 0;
      // The outbox is read in the transaction that removes the readouts, so an edit made meanwhile
      // either keeps its record or comes after the removal.
      const tx = collection.transaction(['readouts', 'outbox'], 'readwrite');
      const removed = await commitWrite(tx, async () => {
        const queued = tx.objectStore('outbox').index('by-readout');
        const gone: string[] = [];
        for (const id of absent) {
          if ((await queued.count(id)) > 0) continue;
          await tx.objectStore('readouts').delete(id);
          gone.push(id);
        }
        return gone;
      });
      const records = sync.transaction('records', 'readwrite');
      await commitWrite(records, async () => {
        for (const id of removed) await records.store.delete(id);
      });
      announceChange(removed);
      return removed.length;
    },

    pendingCount: () => collection.count('outbox'),
  };
}

/**
 * This device's clock, to move past pulled hlcs so later local edits sort after what was seen. A
 * stamp it refuses (malformed, over a day ahead) is reported and left out; the pull goes on.
 */
function pulledClock(stored: ClockState | undefined, deviceId: string) {
  const state: ClockState =
    stored?.clientId === deviceId ? stored : { clientId: deviceId, lastMutationId: 0, lastHlc: null };
  let refused: ((remote: string, reason: string) => void) | undefined;
  const clock = createClock(deviceId, Date.now, {
    ...(state.lastHlc ? { last: state.lastHlc } : {}),
    maxDriftMs: DEFAULT_MAX_DRIFT_MS,
    onRefused: (remote, reason) => refused?.(remote, reason),
  });
  return {
    state,
    receive(remote: string, readoutId: string, report?: (refused: RefusedStamp) => void): string {
      refused = (hlc, reason) => report?.({ readoutId, hlc, reason });
      return clock.receive(remote);
    },
  };
}

type RecordsStore = IDBPObjectStore<SyncDB, ['records'], 'records', 'readwrite'>;
type CollectionWrite = IDBPTransaction<ReadoutsDB, ('readouts' | 'outbox' | 'meta')[], 'readwrite'>;

/**
 * The stored states of the pulled records' ids, in the same order (undefined: none stored). A first
 * sync pulls mostly readouts this device has never seen, so one key-only request over the page's
 * id range first tells which ids have a state to read; when that range holds too many stored keys
 * to list cheaply, every id is read.
 */
async function storedStates(store: RecordsStore, changes: RecordState[]) {
  const ids = changes.map((change) => change.id);
  // Default sort compares UTF-16 code units, as IndexedDB compares string keys.
  const sorted = [...ids].sort();
  const limit = ids.length * 10;
  const keys = await store.getAllKeys(IDBKeyRange.bound(sorted[0], sorted.at(-1)), limit);
  const stored = keys.length < limit ? new Set(keys) : null;
  return Promise.all(ids.map((id) => (!stored || stored.has(id) ? store.get(id) : undefined)));
}
