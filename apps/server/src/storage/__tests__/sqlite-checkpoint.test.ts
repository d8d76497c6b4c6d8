// The SQLite WAL is checkpointed after pushes, off their commit path: in the maintenance thread
// while pushes go on, on the main connection once they pause; and a writer pushing without pause
// still keeps it within the bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captures, fakeUser } from '../../__tests__/helpers/factories';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { openSqliteStorage, type SqliteOptions } from '../sqlite';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };
const PAGE = 4096;

describe('WAL checkpoints on sqlite', () => {
  let dir: string;
  let storage: Storage;
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const open = (options: SqliteOptions) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-wal-'));
    storage = openSqliteStorage(dir, { log: quiet, analyzeAfterRows: 1_000_000, ...options });
    return storage;
  };
  const walBytes = () => fs.statSync(path.join(dir, 'readouts.db-wal')).size;
  const dbBytes = () => fs.statSync(path.join(dir, 'readouts.db')).size;

  /** Pushes `batches` batches of 40 captures; returns the WAL's largest size seen after a push. */
  async function pushBatches(alice: { id: number }, batches: number, between: () => Promise<unknown>) {
    let largest = 0;
    for (let n = 0; n < batches; n++) {
      await storage.push(alice.id, 'c1', captures(40, n * 40 + 1, `p${n}`), applyToRecord);
      largest = Math.max(largest, walBytes());
      await between();
    }
    return largest;
  }

  it.each([
    ['the maintenance thread, while pushes go on', 1],
    ['the main connection, once pushes pause', 0],
  ])('checkpoints in %s, with the writer never checkpointing itself', async (_where, readers) => {
    const s = open({ readers, walBoundPages: 1_000_000 });
    const alice = await fakeUser(s, 'alice');
    // Each push waits for a checkpoint to copy its pages into the database file (which only a
    // checkpoint grows), as a server's requests give the loop its turns.
    let copied = dbBytes();
    const settle = async () => {
      await vi.waitFor(() => expect(dbBytes()).toBeGreaterThan(copied), { timeout: 20_000, interval: 20 });
      copied = dbBytes();
    };
    const largest = await pushBatches(alice, 25, settle);
    // The WAL starts over once checkpointed: it stays at a few pushes' size, not the database's.
    expect(dbBytes()).toBeGreaterThan(2 * largest);
    expect((await s.listReadouts(alice.id, ReadoutQuery.parse({ limit: 200 }))).items).toHaveLength(200);
  });

  it('keeps the WAL within its bound for a writer that never yields', async () => {
    const bound = 100;
    const s = open({ readers: 0, walBoundPages: bound });
    const alice = await fakeUser(s, 'alice');
    const largest = await pushBatches(alice, 25, async () => {});
    const onePush = 0.5 * 1024 * 1024;
    expect(largest).toBeLessThanOrEqual(bound * PAGE + onePush);
    expect(dbBytes()).toBeGreaterThan(2 * largest);
  });
});
