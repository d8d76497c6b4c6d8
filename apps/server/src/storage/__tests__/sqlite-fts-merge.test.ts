// The SQLite full-text index is merged into one segment after bulk writes, on the main connection
// and in its own thread (with reader threads), and searches find the same readouts after it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captures, fakeUser } from '../../__tests__/helpers/factories';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { openSqliteStorage } from '../sqlite';
import { Database } from '../sqlite-driver';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };

/** Segments of the FTS5 index, read through a connection of the test's own. */
function segments(dir: string): number {
  const db = new Database(path.join(dir, 'readouts.db'), { readonly: true });
  try {
    return db.prepare('SELECT count(DISTINCT segid) FROM records_fts_idx').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe.each([0, 1])('the full-text index with %i reader threads', (readers) => {
  let dir: string;
  let storage: Storage;
  afterEach(async () => {
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is merged into one segment after bulk writes, and finds what it found before', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-fts-merge-'));
    storage = openSqliteStorage(dir, { readers, log: quiet, analyzeAfterRows: 200 });
    const alice = await fakeUser(storage, 'alice');
    // Each push commits its own segments: twelve pushes, under the threshold, leave several.
    for (let n = 0; n < 12; n++)
      await storage.push(alice.id, 'c1', captures(15, n * 15 + 1, `p${n}`), applyToRecord);
    const search = ReadoutQuery.parse({ q: 'readout 7', limit: 200 });
    const before = (await storage.listReadouts(alice.id, search)).items.map((r) => r.id);
    expect(before.length).toBeGreaterThan(0);
    expect(segments(dir)).toBeGreaterThan(1);
    await storage.push(alice.id, 'c1', captures(30, 181, 'q'), applyToRecord);
    await vi.waitFor(() => expect(segments(dir)).toBe(1), { timeout: 20_000 });
    const after = (await storage.listReadouts(alice.id, search)).items.map((r) => r.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.filter((id) => id.startsWith('q-'))).not.toEqual([]);
  });
});
