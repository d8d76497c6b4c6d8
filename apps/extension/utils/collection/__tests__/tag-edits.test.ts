import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, freshIndexedDb } from '../../__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../__tests__/full-disk';
import { undoBatch } from '../../db/batch';
import { openReadoutsDb, type ReadoutsDatabase } from '../../db/open';
import { StorageFullError } from '../../db/quota';
import { ReadoutRepository } from '../../db/readouts';
import { applyTagMerge } from '../tag-edits';

let db: ReadoutsDatabase;
let repo: ReadoutRepository;
let tick = 0;
const context = { deviceId: 'device-a', now: () => Date.UTC(2026, 0, 1) + 1000 * tick++ };

async function seed(...tagLists: string[][]): Promise<string[]> {
  const ids: string[] = [];
  for (const tags of tagLists) {
    const content = fakeContent();
    await repo.saveCapture(content);
    await repo.updateUser(content.id, { tags });
    ids.push(content.id);
  }
  return ids;
}
const tagsOf = async (ids: string[]) => Promise.all(ids.map(async (id) => (await repo.get(id))?.user.tags));
const lastSeq = async () => (await repo.outbox()).at(-1)?.seq ?? 0;
const queuedAfter = async (seq: number) =>
  (await repo.outbox()).filter((entry) => entry.seq! > seq).map((entry) => entry.mutation);

describe('applyTagMerge', () => {
  beforeEach(async () => {
    freshIndexedDb();
    db = await openReadoutsDb();
    repo = new ReadoutRepository(db, context);
  });

  it('renames a tag on every readout carrying it, as tag mutations (old removed, new added)', async () => {
    const ids = await seed(['Quad', 'G7'], ['quad'], ['G7']);
    const seq = await lastSeq();
    const result = await applyTagMerge(db, context, { sources: ['Quad'], target: 'Quad Leaders' });
    expect(result.before.map((r) => r.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(await tagsOf(ids)).toEqual([['Quad Leaders', 'G7'], ['Quad Leaders'], ['G7']]);
    const queued = await queuedAfter(seq);
    expect(
      queued.map((m) => (m.type === 'setTags' ? [m.readoutId, m.add, m.remove] : m.type)).sort(),
    ).toEqual(
      [
        [ids[0], ['Quad Leaders'], ['Quad']],
        [ids[1], ['Quad Leaders'], ['quad']],
      ].sort(),
    );
  });

  it('merges several tags into one, and undo puts every readout back and queues the way back', async () => {
    const ids = await seed(['FOIP', 'G7'], ['Indo-Pacific', 'foip'], ['ASEAN']);
    const result = await applyTagMerge(db, context, {
      sources: ['FOIP', 'Indo-Pacific'],
      target: 'Indo-Pacific',
    });
    expect(await tagsOf(ids)).toEqual([['Indo-Pacific', 'G7'], ['Indo-Pacific'], ['ASEAN']]);
    const seq = await lastSeq();
    await undoBatch(db, context, result.before);
    expect(await tagsOf(ids)).toEqual([['FOIP', 'G7'], ['Indo-Pacific', 'foip'], ['ASEAN']]);
    expect((await queuedAfter(seq)).map((m) => m.type)).toEqual(['setTags', 'setTags']);
  });

  it('changes and queues nothing when no readout carries the tag', async () => {
    const ids = await seed(['G7']);
    const seq = await lastSeq();
    const result = await applyTagMerge(db, context, { sources: ['Quad'], target: 'FOIP' });
    expect(result.before).toEqual([]);
    expect(await tagsOf(ids)).toEqual([['G7']]);
    expect(await queuedAfter(seq)).toEqual([]);
  });

  describe('on a full disk', () => {
    let disk: FullDisk;
    beforeEach(() => {
      disk = fakeFullDisk();
    });
    afterEach(() => disk.restore());

    it('stores and queues none of it', async () => {
      const ids = await seed(['Quad'], ['quad'], ['Quad', 'G7']);
      const seq = await lastSeq();
      disk.fill({ after: 2, at: 'commit' });
      await expect(applyTagMerge(db, context, { sources: ['Quad'], target: 'QUAD' })).rejects.toBeInstanceOf(
        StorageFullError,
      );
      disk.free();
      expect(await tagsOf(ids)).toEqual([['Quad'], ['quad'], ['Quad', 'G7']]);
      expect(await queuedAfter(seq)).toEqual([]);
    });
  });
});
