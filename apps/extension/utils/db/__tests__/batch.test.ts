import { Mutation } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, freshIndexedDb } from '../../__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../__tests__/full-disk';
import { applyBatch, undoBatch } from '../batch';
import { openReadoutsDb, type ReadoutsDatabase } from '../open';
import { StorageFullError } from '../quota';
import { ReadoutRepository } from '../readouts';

let db: ReadoutsDatabase;
let repo: ReadoutRepository;
let tick = 0;
const context = { deviceId: 'device-a', now: () => Date.UTC(2026, 0, 1) + 1000 * tick++ };

/** Three saved readouts: one tagged and starred, one with a corrected date. */
async function seed() {
  const [a, b, c] = [fakeContent(), fakeContent({ format: 'telephone' }), fakeContent()];
  for (const content of [a, b, c]) await repo.saveCapture(content);
  await repo.updateUser(a.id, { tags: ['G7'], starred: true, note: 'kept' });
  await repo.correct(c.id, { date: { value: '2018-08-18' } });
  return [a.id, b.id, c.id];
}

const outboxAfter = async (seq: number) =>
  (await repo.outbox()).filter((entry) => entry.seq! > seq).map((entry) => entry.mutation);
const lastSeq = async () => (await repo.outbox()).at(-1)?.seq ?? 0;

describe('batch edits', () => {
  beforeEach(async () => {
    freshIndexedDb();
    db = await openReadoutsDb();
    repo = new ReadoutRepository(db, context);
  });

  it('adds a tag to every picked readout, leaving the ones that have it alone', async () => {
    const ids = await seed();
    const seq = await lastSeq();
    const result = await applyBatch(db, context, ids, { kind: 'addTag', tag: 'g7' });
    // The first readout already has "G7" (tags compare case-insensitively).
    expect(result.before.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    expect((await repo.get(ids[0]!))?.user.tags).toEqual(['G7']);
    expect((await repo.get(ids[1]!))?.user.tags).toEqual(['g7']);
    const queued = await outboxAfter(seq);
    expect(queued.map((m) => [m.type, m.readoutId])).toEqual([
      ['setTags', ids[1]],
      ['setTags', ids[2]],
    ]);
    // Stamped in order, one after the other, each a valid mutation.
    expect(queued.map((m) => m.id)).toEqual([queued[0]!.id, queued[0]!.id + 1]);
    for (const m of queued) expect(Mutation.safeParse(m).success).toBe(true);
  });

  it('removes a tag, stars and unstars', async () => {
    const ids = await seed();
    await applyBatch(db, context, ids, { kind: 'removeTag', tag: 'G7' });
    expect((await repo.get(ids[0]!))?.user.tags).toEqual([]);
    const starred = await applyBatch(db, context, ids, { kind: 'star', starred: true });
    expect(starred.before.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    expect((await repo.all()).every((r) => r.user.starred)).toBe(true);
    await applyBatch(db, context, ids, { kind: 'star', starred: false });
    expect((await repo.all()).some((r) => r.user.starred)).toBe(false);
  });

  it('sets the format as a correction beside the page value, and reverts it when set back', async () => {
    const ids = await seed();
    const seq = await lastSeq();
    const result = await applyBatch(db, context, ids, { kind: 'format', format: 'telephone' });
    // The second readout is a telephone talk already.
    expect(result.before.map((r) => r.id)).toEqual([ids[0], ids[2]]);
    const first = await repo.get(ids[0]!);
    expect(first).toMatchObject({
      format: 'telephone',
      corrected: ['format'],
      extracted: { format: 'meeting' },
    });
    // The earlier date correction stays.
    expect((await repo.get(ids[2]!))?.corrected).toEqual(['date', 'format']);
    const queued = await outboxAfter(seq);
    expect(queued[0]).toMatchObject({
      type: 'correct',
      readoutId: ids[0],
      fields: { format: { value: 'telephone', base: 'meeting' } },
    });
    await applyBatch(db, context, [ids[0]!], { kind: 'format', format: 'meeting' });
    expect(await repo.get(ids[0]!)).toMatchObject({ format: 'meeting', corrected: [], extracted: {} });
    expect((await outboxAfter(seq)).at(-1)).toMatchObject({ type: 'correct', fields: { format: null } });
  });

  it('deletes every picked readout in one go', async () => {
    const ids = await seed();
    const seq = await lastSeq();
    const result = await applyBatch(db, context, [ids[0]!, ids[2]!, 'no-such-readout'], { kind: 'delete' });
    expect(result.removed).toEqual([ids[0], ids[2]]);
    expect((await repo.all()).map((r) => r.id)).toEqual([ids[1]]);
    expect((await outboxAfter(seq)).map((m) => m.type)).toEqual(['delete', 'delete']);
  });

  describe('undo', () => {
    it('puts tags, stars and corrections back exactly as they were', async () => {
      const ids = await seed();
      const before = await repo.all();
      const tagged = await applyBatch(db, context, ids, { kind: 'addTag', tag: 'Quad' });
      await undoBatch(db, context, tagged.before);
      const formatted = await applyBatch(db, context, ids, { kind: 'format', format: 'summit' });
      const seq = await lastSeq();
      await undoBatch(db, context, formatted.before);
      expect(await repo.all()).toEqual(before);
      // The format corrections are reverted over sync too; the date correction is not touched.
      const reverts = await outboxAfter(seq);
      expect(reverts.map((m) => m.type)).toEqual(['correct', 'correct', 'correct']);
      expect(reverts.map((m) => (m as Extract<Mutation, { type: 'correct' }>).fields)).toEqual([
        { format: null },
        { format: null },
        { format: null },
      ]);
    });

    it('brings deleted readouts back with their user fields and corrections, for every device', async () => {
      const ids = await seed();
      const before = await repo.all();
      const deleted = await applyBatch(db, context, ids, { kind: 'delete' });
      const seq = await lastSeq();
      const restored = await undoBatch(db, context, deleted.before);
      expect(restored.map((r) => r.id)).toEqual(ids);
      expect(await repo.all()).toEqual(before);
      const queued = await outboxAfter(seq);
      for (const m of queued) expect(Mutation.safeParse(m).success).toBe(true);
      const of = (id: string) => queued.filter((m) => m.readoutId === id).map((m) => m.type);
      expect(of(ids[0]!)).toEqual(['capture', 'setTags', 'setNote', 'setStarred']);
      expect(of(ids[1]!)).toEqual(['capture']);
      expect(of(ids[2]!)).toEqual(['capture', 'correct']);
      // The capture carries the page's own date; the correction carries the user's, based on it.
      const c = before[2]!;
      const capture = queued.find((m) => m.readoutId === c.id && m.type === 'capture') as Extract<
        Mutation,
        { type: 'capture' }
      >;
      expect(capture.readout.date).toBe(c.extracted.date);
      expect(queued.find((m) => m.readoutId === c.id && m.type === 'correct')).toMatchObject({
        fields: { date: { value: '2018-08-18', base: c.extracted.date } },
      });
    });
  });

  describe('on a full disk', () => {
    let disk: FullDisk;
    beforeEach(() => {
      disk = fakeFullDisk();
    });
    afterEach(() => disk.restore());

    it('stores and queues nothing of a refused batch', async () => {
      const ids = await seed();
      const before = await repo.all();
      const outbox = await repo.outbox();
      disk.fill({ after: 2 });
      await expect(applyBatch(db, context, ids, { kind: 'star', starred: true })).rejects.toBeInstanceOf(
        StorageFullError,
      );
      disk.free();
      expect(await repo.all()).toEqual(before);
      expect(await repo.outbox()).toEqual(outbox);
    });
  });
});
