// The collection's repository: reads and writes readouts, queueing each change's sync mutations.
import {
  emptyUserFields,
  type Readout,
  type ReadoutContent,
  type UserFields,
  uncorrected,
} from '@readouts/schema';
import { type MutationDraft, userFieldDrafts } from '@readouts/sync';
import { announceChange } from './changes';
import type { ReadoutsDatabase } from './open';
import { type OutboxEntry, queueMutations } from './outbox';
import { commitWrite } from './quota';
import { toRow } from './schema';
import { normaliseTags } from './tags';

export interface ChangeContext {
  /** This browser's client id in sync (a NodeId: letters, digits, `_` and `-`). */
  deviceId: string;
  now?: () => number;
}

export type CaptureOutcome = 'captured' | 'updated' | 'unchanged';

export interface ImportOutcome {
  added: number;
  replaced: number;
  unchanged: number;
}

const STORES = ['readouts', 'outbox', 'meta'] as const;

/** The content part of a readout, as a capture mutation carries it. */
function contentOf(readout: Readout): ReadoutContent {
  const { user: _user, ...content } = readout;
  return content;
}

/**
 * Reads and writes readouts; every write queues its outbox mutations in the same transaction, and
 * is all or nothing: a write that fails (storage full: a StorageFullError) stores and queues nothing.
 */
export class ReadoutRepository {
  constructor(
    private readonly db: ReadoutsDatabase,
    private readonly context: ChangeContext,
  ) {}

  async get(id: string): Promise<Readout | undefined> {
    return (await this.db.get('readouts', id))?.readout;
  }

  async all(): Promise<Readout[]> {
    return (await this.db.getAll('readouts')).map((row) => row.readout);
  }

  count(): Promise<number> {
    return this.db.count('readouts');
  }

  /** Ids of readouts that met a counterpart from `country` (ISO code), via the country index. */
  idsByCountry(country: string): Promise<string[]> {
    return this.db.getAllKeysFromIndex('readouts', 'by-country', country);
  }

  /**
   * Saves freshly extracted content. A page saved before keeps the user's tags, note and star;
   * identical content (same content hash) is left alone. Throws a StorageFullError when the
   * browser refuses the write for space; then nothing of it is stored or queued.
   */
  async saveCapture(content: ReadoutContent): Promise<{ readout: Readout; outcome: CaptureOutcome }> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    const saved = await commitWrite(tx, async () => {
      const existing = (await tx.objectStore('readouts').get(content.id))?.readout;
      if (existing && existing.capture.contentHash === content.capture.contentHash) {
        return { readout: existing, outcome: 'unchanged' as const };
      }
      const readout: Readout = { ...content, ...uncorrected(), user: existing?.user ?? emptyUserFields() };
      await tx.objectStore('readouts').put(toRow(readout));
      await this.queue(tx, [{ type: 'capture', readoutId: readout.id, readout: content }]);
      return { readout, outcome: existing ? ('updated' as const) : ('captured' as const) };
    });
    if (saved.outcome !== 'unchanged') announceChange([saved.readout.id]);
    return saved;
  }

  /** Changes the user's own fields (tags, note, star) of one readout. */
  async updateUser(id: string, fields: Partial<UserFields>): Promise<Readout> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    const { readout, changed } = await commitWrite(tx, async () => {
      const row = await tx.objectStore('readouts').get(id);
      // Thrown inside the write: the transaction is aborted, nothing is logged.
      if (!row) throw new Error(`no readout ${id}`);
      const user: UserFields = { ...row.readout.user, ...fields };
      if (fields.tags) user.tags = normaliseTags(fields.tags);
      const next: Readout = { ...row.readout, user };
      const drafts = userFieldDrafts(id, row.readout.user, user);
      if (drafts.length > 0) {
        await tx.objectStore('readouts').put(toRow(next));
        await this.queue(tx, drafts);
      }
      return { readout: next, changed: drafts.length > 0 };
    });
    if (changed) announceChange([id]);
    return readout;
  }

  /** Deletes a readout and returns it, so the caller can offer to undo. */
  async delete(id: string): Promise<Readout | undefined> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    const removed = await commitWrite(tx, async () => {
      const row = await tx.objectStore('readouts').get(id);
      if (row) {
        await tx.objectStore('readouts').delete(id);
        await this.queue(tx, [{ type: 'delete', readoutId: id }]);
      }
      return row?.readout;
    });
    if (removed) announceChange([id]);
    return removed;
  }

  /** Puts a deleted readout back (undo): a capture and its user fields, later than the delete. */
  async restore(readout: Readout): Promise<void> {
    await this.put([readout]);
  }

  /** Adds or replaces imported readouts; records identical to the stored ones are skipped. */
  import(readouts: Readout[]): Promise<ImportOutcome> {
    return this.put(readouts);
  }

  /** Queued mutations, oldest first (for the sync client and for tests). */
  outbox(): Promise<OutboxEntry[]> {
    return this.db.getAll('outbox');
  }

  private async put(readouts: Readout[]): Promise<ImportOutcome> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    const store = tx.objectStore('readouts');
    const outcome: ImportOutcome = { added: 0, replaced: 0, unchanged: 0 };
    const drafts: MutationDraft[] = [];
    // All or nothing: a record refused (storage full) aborts the whole import, outbox included.
    await commitWrite(tx, async () => {
      const writes: Promise<unknown>[] = [];
      // Requests are issued together and IndexedDB runs them in order: no round trip per record.
      const rows = await Promise.all(readouts.map((readout) => store.get(readout.id)));
      readouts.forEach((readout, i) => {
        const existing = rows[i]?.readout;
        if (existing && JSON.stringify(existing) === JSON.stringify(readout)) {
          outcome.unchanged++;
          return;
        }
        outcome[existing ? 'replaced' : 'added']++;
        writes.push(store.put(toRow(readout)));
        drafts.push({ type: 'capture', readoutId: readout.id, readout: contentOf(readout) });
        drafts.push(...userFieldDrafts(readout.id, existing?.user ?? emptyUserFields(), readout.user));
      });
      writes.push(this.queue(tx, drafts));
      await Promise.all(writes);
    });
    announceChange([...new Set(drafts.map((draft) => draft.readoutId))]);
    return outcome;
  }

  private queue(tx: Parameters<typeof queueMutations>[0], drafts: MutationDraft[]) {
    return queueMutations(tx, drafts, this.context.deviceId, this.context.now ?? Date.now);
  }
}
