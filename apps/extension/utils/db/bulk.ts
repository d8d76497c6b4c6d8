// The `bulk` store: the bulk-capture queue and the user's EN/JA pairing decisions, one row each, so a
// restarted service worker or browser resumes the queue and the pairs stay as the user left them
// (pairing decisions also sync: utils/sync/decisions.ts).
import {
  type PairDecision,
  PairDecisions,
  parseQueue,
  type QueueState,
  recordDecision,
} from '@readouts/bulk';
import type { ReadoutsDatabase } from './open';

/** One row of the `bulk` store. */
export type BulkRow = { key: 'queue'; value: QueueState } | { key: 'pair-decisions'; value: PairDecisions };

/**
 * The stored capture queue, or null when none was ever started. A row that no longer reads as a
 * queue (a newer release wrote it) is reported, not silently replaced: the caller decides.
 */
export async function loadQueue(db: ReadoutsDatabase): Promise<QueueState | null> {
  const row = await db.get('bulk', 'queue');
  // parseQueue re-queues a page whose fetch was cut short by a stopped worker.
  return row ? parseQueue(row.value) : null;
}

export async function saveQueue(db: ReadoutsDatabase, state: QueueState): Promise<void> {
  await db.put('bulk', { key: 'queue', value: state });
}

/** The user's pairing decisions (empty when none were made). */
export async function loadPairDecisions(db: ReadoutsDatabase): Promise<PairDecisions> {
  const row = await db.get('bulk', 'pair-decisions');
  if (!row) return {};
  const parsed = PairDecisions.safeParse(row.value);
  return parsed.success ? parsed.data : {};
}

/**
 * Merges decisions (this device's or another's, from sync) into the stored ones, the latest per id
 * pair winning, in one transaction, so a page and the background writing at once both keep
 * theirs. Answers the decisions stored after it.
 */
export async function mergePairDecisions(
  db: ReadoutsDatabase,
  incoming: readonly PairDecision[],
): Promise<PairDecisions> {
  const tx = db.transaction('bulk', 'readwrite');
  const row = await tx.store.get('pair-decisions');
  const parsed = row ? PairDecisions.safeParse(row.value) : null;
  const merged = incoming.reduce(recordDecision, parsed?.success ? parsed.data : {});
  await tx.store.put({ key: 'pair-decisions', value: PairDecisions.parse(merged) });
  await tx.done;
  return merged;
}
