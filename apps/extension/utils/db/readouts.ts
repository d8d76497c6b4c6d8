// The collection's repository: reads and writes readouts, queueing each change's sync mutations.
import { emptyUserFields, type Readout, type ReadoutContent, type UserFields } from '@readouts/schema';
import { canonicalJson, type MutationDraft, userFieldDrafts } from '@readouts/sync';
import type { SortKey } from '../storage';
import { announceChange } from './changes';
import {
  type CheckedCorrections,
  type CorrectionInput,
  checkCorrections,
  correctionDraft,
} from './corrections';
import { readFirstScreen } from './first-screen';
import type { ReadoutsDatabase } from './open';
import { type OutboxEntry, queueMutations } from './outbox';
import { commitWrite } from './quota';
import { toRow } from './schema';
import { afterLocal, pageContent } from './shown';
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
type WriteTx = Parameters<typeof queueMutations>[0];

/**
 * The correction draft an imported (or restored) readout carries beyond the stored one: its
 * corrected fields with the extracted values as base, and reverts of corrections it no longer has.
 */
function importedCorrections(existing: Readout | undefined, readout: Readout): MutationDraft | null {
  const fields: Record<string, { value: unknown; base: unknown } | null> = {};
  for (const field of readout.corrected) {
    const same =
      existing?.corrected.includes(field) && canonicalJson(existing[field]) === canonicalJson(readout[field]);
    if (!same) fields[field] = { value: readout[field], base: readout.extracted[field] ?? readout[field] };
  }
  for (const field of existing?.corrected ?? []) if (!readout.corrected.includes(field)) fields[field] = null;
  if (Object.keys(fields).length === 0) return null;
  return { type: 'correct', readoutId: readout.id, fields } as MutationDraft;
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

  /** The readouts that come first in `sort`, read from an index (see `readFirstScreen`). */
  firstScreen(sort: SortKey, size: number): Promise<Readout[] | null> {
    return readFirstScreen(this.db, sort, size);
  }

  count(): Promise<number> {
    return this.db.count('readouts');
  }

  /** Ids of readouts that met a counterpart from `country` (ISO code), via the country index. */
  idsByCountry(country: string): Promise<string[]> {
    return this.db.getAllKeysFromIndex('readouts', 'by-country', country);
  }

  /**
   * Saves freshly extracted content. A page saved before keeps the user's tags, note, star and
   * corrections: the new extraction updates the extracted values, a corrected field keeps its
   * correction and is marked "page changed" when the page's value now differs from the one the user
   * corrected. `corrections` (made in the popup before saving) are stored with the capture, their
   * base the new page values. Identical content (same content hash) is not captured again. Throws a
   * StorageFullError when the browser refuses the write for space, a CorrectionError for a
   * correction the schema refuses; then nothing of it is stored or queued.
   */
  async saveCapture(
    content: ReadoutContent,
    corrections?: CorrectionInput,
  ): Promise<{ readout: Readout; outcome: CaptureOutcome }> {
    const checked = corrections ? checkCorrections(corrections) : null;
    const tx = this.db.transaction([...STORES], 'readwrite');
    const saved = await commitWrite(tx, async () => {
      const existing = (await tx.objectStore('readouts').get(content.id))?.readout;
      const unchanged =
        existing !== undefined && existing.capture.contentHash === content.capture.contentHash;
      let readout = existing;
      if (!unchanged) {
        const queued = await this.queue(tx, [{ type: 'capture', readoutId: content.id, readout: content }]);
        readout = afterLocal(existing, content.id, queued);
      }
      const corrected = checked ? await this.applyCorrections(tx, readout!, checked) : readout!;
      const changed = !unchanged || corrected !== readout;
      if (changed) await tx.objectStore('readouts').put(toRow(corrected));
      const outcome: CaptureOutcome = unchanged ? 'unchanged' : existing ? 'updated' : 'captured';
      return { readout: corrected, outcome, changed };
    });
    if (saved.changed) announceChange([saved.readout.id]);
    return { readout: saved.readout, outcome: saved.outcome };
  }

  /**
   * Corrects extracted fields of a saved readout: per field `{ value }`, or `null` to revert to the
   * extracted value. Checked against the schema first (a CorrectionError names the field; nothing is
   * stored); queues one `correct` mutation and stores the readout with the corrections in place.
   * @example await repo.correct(id, { date: { value: '2018-08-18' }, title: null })
   */
  async correct(id: string, fields: CorrectionInput): Promise<Readout> {
    const checked = checkCorrections(fields);
    const tx = this.db.transaction([...STORES], 'readwrite');
    const { readout, changed } = await commitWrite(tx, async () => {
      const row = await tx.objectStore('readouts').get(id);
      if (!row) throw new Error(`no readout ${id}`);
      const next = await this.applyCorrections(tx, row.readout, checked);
      if (next !== row.readout) await tx.objectStore('readouts').put(toRow(next));
      return { readout: next, changed: next !== row.readout };
    });
    if (changed) announceChange([id]);
    return readout;
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
        drafts.push({ type: 'capture', readoutId: readout.id, readout: pageContent(readout) });
        drafts.push(...userFieldDrafts(readout.id, existing?.user ?? emptyUserFields(), readout.user));
        const correction = importedCorrections(existing, readout);
        if (correction) drafts.push(correction);
      });
      writes.push(this.queue(tx, drafts));
      await Promise.all(writes);
    });
    announceChange([...new Set(drafts.map((draft) => draft.readoutId))]);
    return outcome;
  }

  /** Queues the draft that takes `readout` to `checked` and returns the readout after it (the same object when nothing changes). */
  private async applyCorrections(
    tx: WriteTx,
    readout: Readout,
    checked: CheckedCorrections,
  ): Promise<Readout> {
    const draft = correctionDraft(readout, checked);
    if (!draft) return readout;
    return afterLocal(readout, readout.id, await this.queue(tx, [draft]));
  }

  private queue(tx: WriteTx, drafts: MutationDraft[]) {
    return queueMutations(tx, drafts, this.context.deviceId, this.context.now ?? Date.now);
  }
}
