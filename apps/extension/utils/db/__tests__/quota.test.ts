import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { type FullDisk, fakeFullDisk, type Refusal } from '../../__tests__/full-disk';
import { setLocale } from '../../i18n';
import { en } from '../../i18n/en';
import { ja } from '../../i18n/ja';
import { openReadoutsDb, type ReadoutsDatabase } from '../open';
import { CLOCK_KEY } from '../outbox';
import { commitWrite, describeWriteError, isQuotaError, StorageFullError } from '../quota';
import { ReadoutRepository } from '../readouts';
import { toRow } from '../schema';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const aborted = () => new DOMException('The transaction was aborted.', 'AbortError');

describe('isQuotaError', () => {
  afterEach(() => setLocale('en'));

  it('recognises QuotaExceededError however it arrives', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new StorageFullError())).toBe(true);
    expect(isQuotaError(new Error('import failed', { cause: quota() }))).toBe(true);
    // Firefox's internal name for the same thing.
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true);
    // The other requests of the aborted transaction fail with AbortError; the reason is on it.
    expect(isQuotaError(aborted(), { error: quota() })).toBe(true);
  });

  it('does not take other failures for a full disk', () => {
    expect(isQuotaError(aborted())).toBe(false);
    expect(isQuotaError(aborted(), { error: null })).toBe(false);
    expect(isQuotaError(aborted(), { error: new DOMException('dup', 'ConstraintError') })).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('says so in the UI language, and passes other errors through', () => {
    expect(describeWriteError(quota())).toBe(en['storage.full']);
    expect(describeWriteError(new Error('no readout x'))).toBe('no readout x');
    setLocale('ja');
    expect(describeWriteError(aborted())).toBe('The transaction was aborted.');
    expect(new StorageFullError().message).toBe(ja['storage.full']);
  });
});

describe('commitWrite', () => {
  let disk: FullDisk;
  beforeEach(() => {
    freshIndexedDb();
    disk = fakeFullDisk();
  });
  afterEach(() => disk.restore());

  it('reports a refused write that reaches it only as the AbortError of a later request', async () => {
    const db = await openReadoutsDb();
    const tx = db.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
    disk.fill();
    const failure = await commitWrite(tx, async () => {
      // Not awaited (as the sync pull's puts): the request awaited next fails as the abort's victim.
      tx.objectStore('readouts')
        .put(toRow(fakeReadout()))
        .catch(() => {});
      await tx.objectStore('meta').get(CLOCK_KEY);
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect((failure as StorageFullError).cause).toMatchObject({ name: 'AbortError' });
    db.close();
  });

  it('aborts the transaction when its body fails, so no write of it is stored', async () => {
    const db = await openReadoutsDb();
    const tx = db.transaction(['readouts', 'outbox', 'meta'], 'readwrite');
    await expect(
      commitWrite(tx, async () => {
        await tx.objectStore('readouts').put(toRow(fakeReadout({ id: 'press-release-half_1' })));
        throw new Error('bug after the first write');
      }),
    ).rejects.toThrow('bug after the first write');
    expect(await db.get('readouts', 'press-release-half_1')).toBeUndefined();
    db.close();
  });
});

/** What a device holds, to compare before and after a refused write. */
async function snapshot(db: ReadoutsDatabase) {
  return {
    readouts: await db.getAll('readouts'),
    outbox: await db.getAll('outbox'),
    clock: (await db.get('meta', CLOCK_KEY))?.value,
  };
}

describe.each<Refusal>(['request', 'commit'])('a full disk (refused at %s)', (at) => {
  let disk: FullDisk;
  let db: ReadoutsDatabase;
  let repo: ReadoutRepository;
  beforeEach(async () => {
    freshIndexedDb();
    disk = fakeFullDisk();
    let tick = 0;
    db = await openReadoutsDb();
    repo = new ReadoutRepository(db, {
      deviceId: 'device-a',
      now: () => Date.UTC(2026, 0, 1) + 1000 * tick++,
    });
  });
  afterEach(() => {
    disk.restore();
    db.close();
  });

  it('refuses a capture with the quota message, keeps the collection, and a retry later saves it', async () => {
    const kept = await repo.saveCapture(fakeContent());
    await repo.updateUser(kept.readout.id, { tags: ['mine'], note: 'kept' });
    const before = await snapshot(db);
    const content = fakeContent();

    disk.fill({ at });
    const failure = await repo.saveCapture(content).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect((failure as Error).message).toBe(en['storage.full']);
    expect(disk.refused).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(before);

    disk.free();
    const retried = await repo.saveCapture(content);
    expect(retried.outcome).toBe('captured');
    expect(await repo.get(content.id)).toEqual(retried.readout);
    expect((await repo.get(kept.readout.id))?.user).toMatchObject({ tags: ['mine'], note: 'kept' });
    // The refused capture used no mutation id: the count goes on without a gap.
    expect((await repo.outbox()).map((entry) => [entry.mutation.type, entry.mutation.id])).toEqual([
      ['capture', 1],
      ['setTags', 2],
      ['setNote', 3],
      ['capture', 4],
    ]);
  });

  it('keeps the saved version of a page whose update is refused', async () => {
    const content = fakeContent();
    const { readout } = await repo.saveCapture(content);
    await repo.updateUser(readout.id, { starred: true });
    const before = await snapshot(db);
    const changed = { ...content, title: 'Revised', capture: { ...content.capture, contentHash: 'hash-2' } };

    disk.fill({ at });
    await expect(repo.saveCapture(changed)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);

    disk.free();
    expect((await repo.saveCapture(changed)).outcome).toBe('updated');
    expect(await repo.get(readout.id)).toMatchObject({ title: 'Revised', user: { starred: true } });
  });

  it('imports nothing when the disk fills partway through, and everything on a retry', async () => {
    const replaced = fakeReadout();
    await repo.import([replaced]);
    const before = await snapshot(db);
    const batch = [{ ...replaced, title: 'Changed' }, ...Array.from({ length: 20 }, () => fakeReadout())];

    disk.fill({ at, after: 5 });
    await expect(repo.import(batch)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);

    disk.free();
    expect(await repo.import(batch)).toEqual({ added: 20, replaced: 1, unchanged: 0 });
    expect(await repo.count()).toBe(21);
    expect((await repo.outbox()).map((entry) => entry.mutation.id)).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
  });

  it('keeps the readout when its delete cannot be queued, and the user fields when an edit is refused', async () => {
    const { readout } = await repo.saveCapture(fakeContent());
    const before = await snapshot(db);

    disk.fill({ at, stores: ['outbox'] });
    await expect(repo.delete(readout.id)).rejects.toBeInstanceOf(StorageFullError);
    await expect(repo.updateUser(readout.id, { note: 'lost?' })).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);

    disk.free();
    expect(await repo.delete(readout.id)).toEqual(readout);
    expect(await repo.get(readout.id)).toBeUndefined();
  });
});
