// Renames and merges a tag across the collection in one IndexedDB transaction, as ordinary tag
// mutations (the old tag removed, the new one added) so every device follows; undone with the
// batch edits' undo, which puts each touched readout back as it was.
import type { Readout } from '@readouts/schema';
import { type MutationDraft, userFieldDrafts } from '@readouts/sync';
import { announceChange } from '../db/changes';
import type { ReadoutsDatabase } from '../db/open';
import { queueMutations } from '../db/outbox';
import { commitWrite } from '../db/quota';
import type { ChangeContext } from '../db/readouts';
import { toRow } from '../db/schema';
import { retag, type TagMerge } from './tag-plan';

export interface TagEditResult {
  /** The changed readouts as they were: what undo puts back. */
  before: Readout[];
  /** The same readouts as they are now. */
  after: Readout[];
}

/**
 * Applies a rename or merge to every stored readout carrying a source tag, reading the tags as
 * stored at that moment (a sync may have changed them since the preview). All or nothing: a
 * refused write (storage full) stores and queues none of it.
 */
export async function applyTagMerge(
  db: ReadoutsDatabase,
  context: ChangeContext,
  merge: TagMerge,
): Promise<TagEditResult> {
  const tx = db.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
  const store = tx.objectStore('readouts');
  const result: TagEditResult = { before: [], after: [] };
  await commitWrite(tx, async () => {
    const rows = await store.getAll();
    const drafts: MutationDraft[] = [];
    const writes: Promise<unknown>[] = [];
    for (const { readout } of rows) {
      const tags = retag(readout.user.tags, merge);
      if (!tags) continue;
      const next: Readout = { ...readout, user: { ...readout.user, tags } };
      result.before.push(readout);
      result.after.push(next);
      drafts.push(...userFieldDrafts(readout.id, readout.user, next.user));
      writes.push(store.put(toRow(next)));
    }
    writes.push(queueMutations(tx, drafts, context.deviceId, context.now ?? Date.now));
    await Promise.all(writes);
  });
  announceChange(result.before.map((readout) => readout.id));
  return result;
}
