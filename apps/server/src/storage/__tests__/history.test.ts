// The mutation log behind `Storage.history`, on SQLite and PostgreSQL alike.
import type { Mutation, RecordState } from '@readouts/schema';
import { applyMutation, materialize } from '@readouts/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { HISTORY_KEEP } from '../mutation-log';
import type { Reducer, Storage } from '../types';

/** The shared merge rules, as the server's reducer applies them. */
const reduce: Reducer<Mutation> = (current, m) => {
  const state = applyMutation((current?.state as RecordState | undefined) ?? null, m);
  return { state, readout: materialize(state) };
};

const note = (id: number, readoutId: string, text: string): Mutation => ({
  id,
  readoutId,
  hlc: nextHlc(),
  type: 'setNote',
  note: text,
});

describe.each(backends)('history on $name', (backend) => {
  let storage: Storage;
  let drop: () => Promise<void>;
  let alice: Awaited<ReturnType<typeof fakeUser>>;
  let tokenId: string;

  beforeEach(async () => {
    const created = await backend.create();
    drop = created.drop;
    storage = await created.open();
    alice = await fakeUser(storage, 'alice');
    tokenId = (await storage.listTokens(alice.id))[0]!.id;
  });
  afterEach(async () => {
    await storage.close();
    await drop();
  });

  const describeNote = (m: Mutation) => ({
    type: m.type,
    detail: m.type === 'setNote' ? { note: m.note } : null,
  });

  it('logs each applied mutation, newest first, with its client, device and change sequence', async () => {
    await storage.push(
      alice.id,
      'c1',
      [captureOf(1, { id: 'x' }), note(2, 'x', 'first')],
      reduce,
      tokenId,
      describeNote,
    );
    await storage.push(alice.id, 'c1', [note(3, 'x', 'second')], reduce, tokenId, describeNote);
    const history = await storage.history(alice.id, 'x', 10);
    expect(history.map((h) => [h.type, h.detail])).toEqual([
      ['setNote', { note: 'second' }],
      ['setNote', { note: 'first' }],
      ['capture', null],
    ]);
    expect(history[0]).toMatchObject({ clientId: 'c1', device: 'test-device', seq: 2 });
    // Two mutations of one push to one record share that record's write.
    expect(history[1]!.seq).toBe(history[2]!.seq);
    expect(Date.parse(history[0]!.appliedAt)).not.toBeNaN();
  });

  it('logs nothing for a retried batch, and the type alone without a describer', async () => {
    const batch = [captureOf(1, { id: 'x' }), note(2, 'x', 'n')];
    await storage.push(alice.id, 'import', batch, reduce);
    await storage.push(alice.id, 'import', batch, reduce);
    const history = await storage.history(alice.id, 'x', 10);
    expect(history.map((h) => [h.type, h.detail, h.device])).toEqual([
      ['setNote', null, null],
      ['capture', null, null],
    ]);
  });

  it('keeps a record to its newest entries and another user out', async () => {
    const bob = await fakeUser(storage, 'bob');
    await storage.push(alice.id, 'c1', [captureOf(1, { id: 'x' })], reduce);
    const edits = Array.from({ length: HISTORY_KEEP + 5 }, (_, i) => note(i + 2, 'x', `n${i}`));
    await storage.push(alice.id, 'c1', edits, reduce, undefined, describeNote);
    const history = await storage.history(alice.id, 'x', 1000);
    expect(history).toHaveLength(HISTORY_KEEP);
    expect(history[0]!.detail).toEqual({ note: `n${HISTORY_KEEP + 4}` });
    expect(history.at(-1)!.detail).toEqual({ note: 'n5' });
    expect(await storage.history(alice.id, 'x', 3)).toHaveLength(3);
    expect(await storage.history(bob.id, 'x', 10)).toEqual([]);
  });

  it('keeps text that PostgreSQL cannot take as it is (NUL, a lone surrogate) in the detail', async () => {
    await storage.push(alice.id, 'c1', [captureOf(1, { id: 'x' })], reduce, undefined, () => ({
      type: 'capture',
      detail: { title: 'a\u0000b\ud800' },
    }));
    expect((await storage.history(alice.id, 'x', 1))[0]!.detail).toEqual({ title: 'a\u0000b\ud800' });
  });
});
