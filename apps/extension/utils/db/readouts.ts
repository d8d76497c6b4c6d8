// The collection's repository: reads and writes readouts, logging each change to the outbox.
import { emptyUserFields, type Readout, type ReadoutContent, type UserFields } from '@readouts/schema';
import type { ReadoutsDatabase } from './open';
import { type MutationChange, type OutboxEntry, outboxEntry } from './outbox';
import { toRow } from './schema';

export interface ChangeContext {
  deviceId: string;
  now?: () => Date;
}

export type CaptureOutcome = 'captured' | 'updated' | 'unchanged';

export interface ImportOutcome {
  added: number;
  replaced: number;
  unchanged: number;
}

/** Reads and writes readouts; every write also appends its outbox mutation in the same transaction. */
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
  async idsByCountry(country: string): Promise<string[]> {
    return this.db.getAllKeysFromIndex('readouts', 'by-country', country);
  }

  /**
   * Saves freshly extracted content. A page saved before keeps the user's tags, note and star;
   * identical content (same content hash) is left alone.
   */
  async saveCapture(content: ReadoutContent): Promise<{ readout: Readout; outcome: CaptureOutcome }> {
    const tx = this.db.transaction(['readouts', 'outbox'], 'readwrite');
    const existing = (await tx.objectStore('readouts').get(content.id))?.readout;
    if (existing && existing.capture.contentHash === content.capture.contentHash) {
      await tx.done;
      return { readout: existing, outcome: 'unchanged' };
    }
    const readout: Readout = { ...content, user: existing?.user ?? emptyUserFields() };
    const reason = existing ? 'recapture' : 'capture';
    await Promise.all([
      tx.objectStore('readouts').put(toRow(readout)),
      tx.objectStore('outbox').add(this.entry(readout.id, { op: 'put', reason, readout })),
      tx.done,
    ]);
    return { readout, outcome: existing ? 'updated' : 'captured' };
  }

  /** Changes the user's own fields (tags, note, star) of one readout. */
  async updateUser(id: string, fields: Partial<UserFields>): Promise<Readout> {
    const tx = this.db.transaction(['readouts', 'outbox'], 'readwrite');
    const row = await tx.objectStore('readouts').get(id);
    if (!row) {
      tx.done.catch(() => {}); // the abort below is the expected outcome, not an error to report
      tx.abort();
      throw new Error(`no readout ${id}`);
    }
    const user: UserFields = { ...row.readout.user, ...fields };
    if (fields.tags) user.tags = normaliseTags(fields.tags);
    const readout: Readout = { ...row.readout, user };
    await Promise.all([
      tx.objectStore('readouts').put(toRow(readout)),
      tx.objectStore('outbox').add(this.entry(id, { op: 'user', fields, user })),
      tx.done,
    ]);
    return readout;
  }

  /** Deletes a readout and returns it, so the caller can offer to undo. */
  async delete(id: string): Promise<Readout | undefined> {
    const tx = this.db.transaction(['readouts', 'outbox'], 'readwrite');
    const row = await tx.objectStore('readouts').get(id);
    if (!row) {
      await tx.done;
      return undefined;
    }
    await Promise.all([
      tx.objectStore('readouts').delete(id),
      tx.objectStore('outbox').add(this.entry(id, { op: 'delete' })),
      tx.done,
    ]);
    return row.readout;
  }

  /** Puts a deleted readout back (undo). */
  restore(readout: Readout): Promise<void> {
    return this.put([readout], 'restore').then(() => undefined);
  }

  /** Adds or replaces imported readouts; records identical to the stored ones are skipped. */
  async import(readouts: Readout[]): Promise<ImportOutcome> {
    return this.put(readouts, 'import');
  }

  /** Pending mutations, oldest first (for the sync client and for tests). */
  outbox(): Promise<OutboxEntry[]> {
    return this.db.getAll('outbox');
  }

  private async put(readouts: Readout[], reason: 'import' | 'restore'): Promise<ImportOutcome> {
    const tx = this.db.transaction(['readouts', 'outbox'], 'readwrite');
    const store = tx.objectStore('readouts');
    const outcome: ImportOutcome = { added: 0, replaced: 0, unchanged: 0 };
    for (const readout of readouts) {
      const existing = (await store.get(readout.id))?.readout;
      if (existing && JSON.stringify(existing) === JSON.stringify(readout)) {
        outcome.unchanged++;
        continue;
      }
      outcome[existing ? 'replaced' : 'added']++;
      await store.put(toRow(readout));
      await tx.objectStore('outbox').add(this.entry(readout.id, { op: 'put', reason, readout }));
    }
    await tx.done;
    return outcome;
  }

  private entry(readoutId: string, change: MutationChange): OutboxEntry {
    const now = this.context.now?.() ?? new Date();
    return outboxEntry(readoutId, change, { deviceId: this.context.deviceId, now });
  }
}

/** Trims tags, drops empty ones and duplicates, keeping the user's order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ');
    if (clean) seen.add(clean);
  }
  return [...seen];
}
