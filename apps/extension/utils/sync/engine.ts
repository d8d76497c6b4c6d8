// One sync round: push the outbox in batches, then pull every page since the saved cursor.
// Pure of I/O itself: the server and the local database come in as interfaces.
import { MAX_PUSH_BATCH } from '@readouts/schema';
import { SyncError } from './errors';
import type { Replica } from './replica';
import type { SyncTransport } from './transport';

export interface SyncRound {
  replica: Replica;
  transport: SyncTransport;
  /** This device's client id, sent on pull to learn the server's view of its mutations. */
  clientId: string;
  cursor: { load(): Promise<string | null>; save(cursor: string): Promise<void> };
  /** Records per pull page (the server allows up to 1000). */
  pageSize?: number;
  /** Called after each merged pull page with the number of records pulled so far. */
  onPulled?(pulled: number): void | Promise<void>;
  /**
   * A new client id for the outbox entries of `taken`, which the server says another device token
   * owns (CLIENT_ID_TAKEN). Without it such a refusal fails the round.
   */
  renewClientId?(taken: string): Promise<string>;
}

export interface SyncReport {
  pushed: number;
  /** Mutations the server refused for good, moved to the rejected list. */
  rejected: number;
  pulled: number;
  /** Pulled records whose latest change came from another device. */
  fromOthers: number;
  /** Local records removed after a full pull the server asked for (deleted elsewhere long ago). */
  removed?: number;
}

/**
 * A refusal for good of a push: a 4xx other than 401 (the token), 409 (a gap, a taken client id)
 * and 429 (busy). Sending the same mutations again would be refused again.
 */
function isRefusal(error: unknown): error is SyncError {
  const status = error instanceof SyncError && error.kind === 'rejected' ? error.details.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && ![401, 409, 429].includes(status);
}

/** How often one round may renumber after MUTATION_GAP before it gives up. */
const MAX_GAP_RECOVERIES = 3;

/**
 * Pushes every queued mutation (at most MAX_PUSH_BATCH per request), recovering from a
 * MUTATION_GAP by resending from the expected id, then pulls pages until the server has no more,
 * saving the cursor after each merged page so an interrupted pull resumes where it stopped (or
 * from the start when the server no longer knows that cursor). Each
 * page is requested, and starts merging, while the one before is still merging.
 * Throws a SyncError on failure (a StorageFullError when a pulled page or a pushed mutation's
 * merged state finds no room locally); everything done before the failure stays done.
 */
export async function syncRound(round: SyncRound): Promise<SyncReport> {
  const report: SyncReport = { pushed: 0, rejected: 0, pulled: 0, fromOthers: 0 };
  // Halved while the server refuses a batch without saying which mutation: the refusal is then
  // narrowed down to one mutation, which is set aside.
  let limit = MAX_PUSH_BATCH;
  let recoveries = 0;
  let clientId = round.clientId;
  for (;;) {
    const batch = await round.replica.pending(limit);
    if (!batch) break;
    try {
      const mutations = batch.entries.map((e) => e.mutation);
      const { lastMutationId } = await round.transport.push({ clientId: batch.clientId, mutations });
      const acknowledged = await round.replica.acknowledge(batch, lastMutationId);
      if (acknowledged === 0) {
        throw new SyncError('rejected', `the server applied none of mutations ${mutations[0]!.id}...`);
      }
      report.pushed += acknowledged;
      limit = MAX_PUSH_BATCH;
    } catch (error) {
      if (isRefusal(error)) {
        const { refusedId } = error.details;
        const entry =
          refusedId !== undefined
            ? batch.entries.find((e) => e.mutation.id === refusedId)
            : batch.entries.length === 1
              ? batch.entries[0]
              : undefined;
        if (entry) {
          await round.replica.setAside(batch.clientId, entry, error.details.reason ?? error.message);
          report.rejected += 1;
          limit = MAX_PUSH_BATCH;
          continue;
        }
        if (batch.entries.length > 1) {
          limit = Math.ceil(batch.entries.length / 2);
          continue;
        }
      }
      // Another device pushes as this client id: this one takes a new id, numbered from 1.
      if (error instanceof SyncError && error.kind === 'clientTaken' && round.renewClientId) {
        if (++recoveries > MAX_GAP_RECOVERIES) throw error;
        const fresh = await round.renewClientId(batch.clientId);
        await round.replica.rekey(batch.clientId, fresh);
        if (clientId === batch.clientId) clientId = fresh;
        continue;
      }
      const expected =
        error instanceof SyncError && error.kind === 'gap' ? error.details.expected : undefined;
      if (expected === undefined || ++recoveries > MAX_GAP_RECOVERIES) throw error;
      await round.replica.renumber(batch.clientId, expected);
    }
  }

  // A saved cursor the server has never reached means it lost changes (restored from a backup):
  // everything is pulled again, which merging makes harmless, so nothing it holds now is missed.
  // One from before tombstones the server collected (`resetRequired`) means this device may have
  // missed deletes: everything is pulled again, then what the server no longer has is removed.
  let from = await round.cursor.load();
  let present: Set<string> | null = null;
  for (let resets = 0; ; resets++) {
    const end = await pullPages(round, clientId, from, report, present);
    if (end.kind === 'done') break;
    if (resets >= MAX_RESETS)
      throw new SyncError('rejected', 'the server asked for a full pull again and again');
    from = null;
    present = new Set();
  }
  return report;
}

/** Full pulls one round starts over when the server collects tombstones meanwhile. */
const MAX_RESETS = 2;

/**
 * Pulls pages from `start` until the server has no more, merging each. Normally each page's cursor
 * is saved once it and every page before it are merged, so an interrupted pull resumes where it
 * stopped. In a full pull after a reset (`present` set), the ids pulled are collected instead and
 * the cursor is saved only at the end, after the records the server no longer has are removed: an
 * interrupted reset starts over, and is never left half done. Ends early with `reset` when the
 * server answers `resetRequired`.
 */
async function pullPages(
  round: SyncRound,
  clientId: string,
  start: string | null,
  report: SyncReport,
  present: Set<string> | null,
): Promise<{ kind: 'done' } | { kind: 'reset' }> {
  const pull = (cursor: string | null) => {
    const page = round.transport.pull({ clientId, cursor, limit: round.pageSize ?? 500 });
    page.catch(() => {}); // awaited in the loop, unless the round fails before it gets there
    return page;
  };
  let next = pull(start).catch((error: unknown) => {
    if (start !== null && error instanceof SyncError && error.kind === 'reset') return pull(null);
    throw error;
  });
  // The page before this one: merged, then its cursor saved and its progress reported.
  let previous: Promise<void> = Promise.resolve();
  let last: string | null = null;
  try {
    for (;;) {
      const page = await next;
      if (page.resetRequired) {
        await previous;
        return { kind: 'reset' };
      }
      // The next page travels while this one is merged.
      if (page.hasMore) next = pull(page.cursor);
      if (present) for (const change of page.changes) present.add(change.id);
      // Merging starts while the page before may still be committing: IndexedDB runs transactions
      // over the same stores in the order they were made, so this one builds on that page's.
      const merging = round.replica.applyPulled(page.changes);
      const before = previous;
      previous = (async () => {
        const fromOthers = await merging;
        // A cursor is saved only once its page and every page before it are merged.
        await before;
        report.fromOthers += fromOthers;
        if (present) last = page.cursor;
        else await round.cursor.save(page.cursor);
        report.pulled += page.changes.length;
        await round.onPulled?.(report.pulled);
      })();
      previous.catch(() => {}); // awaited by the next page, or once the loop ends
      // At most two pages at once.
      await before;
      if (!page.hasMore) break;
    }
  } finally {
    // A failed round still saves the cursor of every page merged before the failure.
    await previous.catch(() => {});
  }
  await previous;
  if (present) {
    report.removed = (report.removed ?? 0) + (await round.replica.removeAbsent(present));
    if (last !== null) await round.cursor.save(last);
  }
  return { kind: 'done' };
}
