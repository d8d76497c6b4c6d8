// Tombstone collection on both backends: only tombstones written before the cutoff go, with their
// history; a pull from a cursor before a collected tombstone answers resetRequired, through
// storage, tRPC and the plain-GET fast path; `readouts gc` runs one collection.
import { type Mutation, PullResponse } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, captures, nextHlc } from '../../__tests__/helpers/factories';
import { runCli } from '../../cli/main';
import { applyToRecord } from '../../sync/reducer';
import { tombstoneCutoff } from '../../sync/tombstones';

const remove = (id: number, readoutId: string): Mutation => ({
  id,
  readoutId,
  hlc: nextHlc(),
  type: 'delete',
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(backends)('tombstone collection on $name', (backend) => {
  let t: TestApp;
  /** Pushed in order: r-0000..r-0003 captured, r-0000 deleted, then (after `cutoff`) r-0001 deleted. */
  let cutoff: string;
  let oldDeleteSeq: number;
  beforeEach(async () => {
    t = await startTestApp(backend);
    const push = (mutations: Mutation[]) => t.storage.push(t.alice.id, 'c1', mutations, applyToRecord);
    await push(captures(4));
    await push([{ id: 5, readoutId: 'r-0000', hlc: nextHlc(), type: 'setNote', note: 'gone soon' }]);
    await push([remove(6, 'r-0000')]);
    oldDeleteSeq = await t.storage.changeHead(t.alice.id);
    await sleep(5);
    cutoff = new Date().toISOString();
    await sleep(5);
    await push([remove(7, 'r-0001')]);
    // Bob's old tombstone is collected too, and his cursor is his own.
    await t.storage.push(t.bob.id, 'b1', [captureOf(1, { id: 'b-1' }), remove(2, 'b-1')], applyToRecord);
  });
  afterEach(() => t.stop());

  const pulledIds = async (userId: number, cursor = 0) =>
    (await t.storage.pull(userId, cursor, 100)).changes.map((c) => c.readoutId);

  it('removes only the tombstones written before the cutoff, with their history', async () => {
    expect((await t.storage.history(t.alice.id, 'r-0000', 10)).length).toBeGreaterThan(0);
    // Bob's tombstone was written after the cutoff: a later cutoff collects it.
    expect(await t.storage.collectTombstones(cutoff)).toEqual({ records: 1, users: 1 });
    expect(await t.storage.getRecord(t.alice.id, 'r-0000')).toBeNull();
    expect(await t.storage.history(t.alice.id, 'r-0000', 10)).toEqual([]);
    expect((await t.storage.getRecord(t.alice.id, 'r-0001'))?.deleted).toBe(true);
    expect(await pulledIds(t.alice.id)).toEqual(['r-0002', 'r-0003', 'r-0001']);
    expect((await t.storage.stats(t.alice.id)).total).toBe(2);
    expect(await pulledIds(t.bob.id)).toEqual(['b-1']);
    // Nothing more to collect at the same cutoff.
    expect(await t.storage.collectTombstones(cutoff)).toEqual({ records: 0, users: 0 });
  });

  it('never collects a deleted record brought back by a later edit', async () => {
    await t.storage.push(t.alice.id, 'c1', [captureOf(8, { id: 'r-0000' })], applyToRecord);
    const later = new Date(Date.now() + 1000).toISOString();
    expect(await t.storage.collectTombstones(later)).toEqual({ records: 2, users: 2 });
    expect((await t.storage.getRecord(t.alice.id, 'r-0000'))?.readout?.id).toBe('r-0000');
    expect(await t.storage.getRecord(t.alice.id, 'r-0001')).toBeNull();
  });

  it('answers resetRequired to a cursor before a collected tombstone, not to a later one', async () => {
    await t.storage.collectTombstones(cutoff);
    const reset = { changes: [], cursor: 0, hasMore: true, resetRequired: true, collectedSeq: oldDeleteSeq };
    expect(await t.storage.pull(t.alice.id, oldDeleteSeq - 1, 100)).toEqual(reset);
    expect(await t.storage.pull(t.alice.id, 1, 100)).toEqual(reset);
    // From the start, or from the collected tombstone on, nothing was missed.
    expect((await t.storage.pull(t.alice.id, 0, 100)).resetRequired).toBeUndefined();
    const fresh = await t.storage.pull(t.alice.id, oldDeleteSeq, 100);
    expect(fresh.resetRequired).toBeUndefined();
    expect(fresh.changes.map((c) => c.readoutId)).toEqual(['r-0001']);
    // Bob's collection is separate from Alice's.
    expect((await t.storage.pull(t.bob.id, 1, 100)).resetRequired).toBeUndefined();
  });

  it('lets a full pull in pages finish after a collection, and resets it when another comes', async () => {
    await t.storage.collectTombstones(cutoff);
    const client = t.trpc(t.alice.token);
    const pages: string[] = [];
    let cursor: string | null = null;
    for (let more = true; more; ) {
      const page = await client.sync.pull.query({ cursor, limit: 1 });
      expect(page.resetRequired).toBeUndefined();
      pages.push(...page.changes.map((c) => c.id));
      ({ cursor, hasMore: more } = page);
    }
    expect(pages).toEqual(['r-0002', 'r-0003', 'r-0001']);
    // The cursor carries the collection it has seen; a later one that may lie after it resets it.
    expect(cursor).toBe(`${oldDeleteSeq + 1}-${oldDeleteSeq}`);
    const midway = (await client.sync.pull.query({ cursor: null, limit: 1 })).cursor;
    await t.storage.collectTombstones(new Date(Date.now() + 1000).toISOString());
    expect((await client.sync.pull.query({ cursor: midway, limit: 1 })).resetRequired).toBe(true);
    expect((await client.sync.pull.query({ cursor })).resetRequired).toBeUndefined();
  });

  it('says resetRequired through tRPC and the fast pull path alike', async () => {
    await t.storage.collectTombstones(cutoff);
    const cursor = String(oldDeleteSeq - 1);
    const viaTrpc = await t.trpc(t.alice.token).sync.pull.query({ cursor });
    expect(viaTrpc).toEqual({ changes: [], cursor: '0', hasMore: true, resetRequired: true });
    const input = encodeURIComponent(JSON.stringify({ cursor, clientId: 'c1' }));
    const response = await t.get(`/trpc/sync.pull?input=${input}`, t.alice.token);
    const body = (await response.json()) as { result: { data: unknown } };
    expect(PullResponse.parse(body.result.data)).toEqual({
      changes: [],
      cursor: '0',
      hasMore: true,
      lastMutationId: 7,
      resetRequired: true,
    });
    const fresh = await t.trpc(t.alice.token).sync.pull.query({ cursor: String(oldDeleteSeq) });
    expect(fresh.resetRequired).toBeUndefined();
  });

  it('puts the cutoff a horizon of days before now', () => {
    expect(tombstoneCutoff(Date.parse('2026-04-01T00:00:00Z'), 90)).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe.each(backends)('readouts gc on $name', (backend) => {
  it('collects with the horizon of its flag, and refuses a horizon that is not a number', async () => {
    const store = await backend.create();
    try {
      const storage = await store.open();
      const user = await storage.createUser('carol');
      await storage.push(user.id, 'c1', [captureOf(1, { id: 'c-1' }), remove(2, 'c-1')], applyToRecord);
      await storage.close();
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: store.server.env };
      const gc = (...args: string[]) => runCli(['gc', ...args, '--data', store.server.dataDir], io);
      expect(await gc()).toBe(0);
      expect(out.at(-1)).toBe('removed 0 deleted records of 0 users, deleted over 90 days ago');
      await sleep(5);
      expect(await gc('--horizon-days', '0')).toBe(0);
      expect(out.at(-1)).toBe('removed 1 deleted records of 1 users, deleted over 0 days ago');
      expect(await gc('--horizon-days', 'soon')).toBe(2);
      expect(err.at(-1)).toContain('--horizon-days');
    } finally {
      await store.drop();
    }
  });
});
