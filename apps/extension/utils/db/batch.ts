// Batch edits of the collection (tag, star, format, delete over many readouts) and their undo:
// each batch is one IndexedDB transaction with its outbox mutations, all or nothing.
import {
  CorrectableField,
  type CorrectMutation,
  emptyUserFields,
  type MeetingFormat,
  type Readout,
  tagKey,
  type UserFields,
} from '@readouts/schema';
import { type MutationDraft, userFieldDrafts } from '@readouts/sync';
import { announceChange } from './changes';
import { checkCorrections, correctionDraft } from './corrections';
import type { ReadoutsDatabase } from './open';
import { queueMutations } from './outbox';
import { commitWrite } from './quota';
import type { ChangeContext } from './readouts';
import { toRow } from './schema';
import { afterLocal, pageContent } from './shown';
import { normaliseTags } from './tags';

/** One edit applied to every picked readout. */
export type BatchEdit =
  | { kind: 'addTag'; tag: string }
  | { kind: 'removeTag'; tag: string }
  | { kind: 'star'; starred: boolean }
  | { kind: 'format'; format: MeetingFormat }
  | { kind: 'delete' };

export interface BatchResult {
  /** The readouts as they were before the batch, only those it changed: what undo puts back. */
  before: Readout[];
  /** The changed readouts as they are now (deleted ones left out). */
  after: Readout[];
  /** Ids of the readouts the batch deleted. */
  removed: string[];
}

const STORES = ['readouts', 'outbox', 'meta'] as const;

type FieldChange = NonNullable<CorrectMutation['fields'][CorrectableField]>;

/**
 * Applies `edit` to the readouts `ids` in one transaction; readouts it would not change (already
 * tagged, already starred, missing) are left alone and queue nothing. Throws a StorageFullError
 * when the browser refuses the write for space; then nothing of the batch is stored or queued.
 */
export async function applyBatch(
  db: ReadoutsDatabase,
  context: ChangeContext,
  ids: readonly string[],
  edit: BatchEdit,
): Promise<BatchResult> {
  const tx = db.transaction([...STORES], 'readwrite');
  const store = tx.objectStore('readouts');
  const result: BatchResult = { before: [], after: [], removed: [] };
  await commitWrite(tx, async () => {
    const rows = await Promise.all(ids.map((id) => store.get(id)));
    const drafts: MutationDraft[] = [];
    const writes: Promise<unknown>[] = [];
    const corrected: Readout[] = [];
    for (const row of rows) {
      if (!row) continue;
      const readout = row.readout;
      if (edit.kind === 'delete') {
        result.before.push(readout);
        result.removed.push(readout.id);
        writes.push(store.delete(readout.id));
        drafts.push({ type: 'delete', readoutId: readout.id });
        continue;
      }
      const change = edited(readout, edit);
      if (!change) continue;
      result.before.push(readout);
      drafts.push(...change.drafts);
      if (change.next) {
        result.after.push(change.next);
        writes.push(store.put(toRow(change.next)));
      } else corrected.push(readout);
    }
    const queued = await queueMutations(tx, drafts, context.deviceId, context.now ?? Date.now);
    const byReadout = new Map(queued.map((mutation) => [mutation.readoutId, [mutation]]));
    for (const readout of corrected) {
      const next = afterLocal(readout, readout.id, byReadout.get(readout.id) ?? []);
      result.after.push(next);
      writes.push(store.put(toRow(next)));
    }
    await Promise.all(writes);
  });
  announceChange(result.before.map((readout) => readout.id));
  return result;
}

/**
 * Undoes a batch: puts every readout of `before` back exactly as it was (user fields, corrections,
 * deleted readouts), queueing the mutations that take each from its current state there, in one
 * transaction. Meant for right after the batch (the toast's Undo): the stored readouts are replaced
 * by `before` whole. Returns the restored readouts.
 */
export async function undoBatch(
  db: ReadoutsDatabase,
  context: ChangeContext,
  before: readonly Readout[],
): Promise<Readout[]> {
  const tx = db.transaction([...STORES], 'readwrite');
  const store = tx.objectStore('readouts');
  await commitWrite(tx, async () => {
    const rows = await Promise.all(before.map((readout) => store.get(readout.id)));
    const drafts: MutationDraft[] = [];
    const writes: Promise<unknown>[] = [];
    before.forEach((previous, i) => {
      const current = rows[i]?.readout;
      if (!current) {
        // Deleted by the batch: captured again, later than the delete, with its user fields and
        // corrections, so every device brings it back as it was.
        drafts.push({ type: 'capture', readoutId: previous.id, readout: pageContent(previous) });
      }
      drafts.push(...userFieldDrafts(previous.id, current?.user ?? emptyUserFields(), previous.user));
      const fields = correctionsBetween(current, previous);
      if (Object.keys(fields).length > 0) drafts.push({ type: 'correct', readoutId: previous.id, fields });
      writes.push(store.put(toRow(previous)));
    });
    writes.push(queueMutations(tx, drafts, context.deviceId, context.now ?? Date.now));
    await Promise.all(writes);
  });
  announceChange(before.map((readout) => readout.id));
  return [...before];
}

/**
 * The readout after `edit` and the mutations that say so, or null when it changes nothing. A
 * correction's readout (`next: null`) is known once its mutation is stamped.
 */
function edited(
  readout: Readout,
  edit: Exclude<BatchEdit, { kind: 'delete' }>,
): { next: Readout | null; drafts: MutationDraft[] } | null {
  if (edit.kind === 'format') {
    // The repository's own rule: choosing the page's value again reverts the correction.
    const draft = correctionDraft(readout, checkCorrections({ format: { value: edit.format } }));
    return draft ? { next: null, drafts: [draft] } : null;
  }
  const user = nextUser(readout.user, edit);
  const drafts = userFieldDrafts(readout.id, readout.user, user);
  return drafts.length > 0 ? { next: { ...readout, user }, drafts } : null;
}

function nextUser(user: UserFields, edit: Exclude<BatchEdit, { kind: 'delete' | 'format' }>): UserFields {
  switch (edit.kind) {
    case 'addTag':
      return { ...user, tags: normaliseTags([...user.tags, edit.tag]) };
    case 'removeTag':
      return { ...user, tags: user.tags.filter((tag) => tagKey(tag) !== tagKey(edit.tag)) };
    case 'star':
      return { ...user, starred: edit.starred };
  }
}

/**
 * The field changes that take `current`'s corrections to `previous`'s: a correction back where
 * `previous` had one (with the page value it was made against), a revert where it had none.
 */
function correctionsBetween(current: Readout | undefined, previous: Readout): CorrectMutation['fields'] {
  const fields: Partial<Record<CorrectableField, FieldChange | null>> = {};
  for (const field of CorrectableField.options) {
    const was = previous.corrected.includes(field);
    const is = current?.corrected.includes(field) ?? false;
    if (was && (!is || JSON.stringify(current?.[field]) !== JSON.stringify(previous[field]))) {
      const base = field in previous.extracted ? previous.extracted[field] : previous[field];
      fields[field] = { value: previous[field], base } as FieldChange;
    } else if (!was && is) {
      fields[field] = null;
    }
  }
  return fields as CorrectMutation['fields'];
}
