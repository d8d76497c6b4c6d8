// A database whose full-text index was left in many segments (pushes since the last merge) is
// merged in the background when the server opens it, while requests are answered.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captures, fakeUser } from '../../__tests__/helpers/factories';
import { captureLog } from '../../__tests__/helpers/previous-release';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { openSqliteStorage } from '../sqlite';
import { Database } from '../sqlite-driver';
import { MERGE_AT_OPEN_SEGMENTS } from '../sqlite-fts-merge';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };
/** No refresh (and so no merge) after the pushes of the test. */
const NO_REFRESH = 1_000_000;

function segments(dir: string): number {
  const db = new Database(path.join(dir, 'readouts.db'), { readonly: true });
  try {
    return db.prepare('SELECT count(DISTINCT segid) FROM records_fts_idx').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('the full-text index merge when the server opens sqlite', () => {
  let dir: string;
  const opened: Storage[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A store left with many segments by separate pushes, closed; alice's id. */
  async function fragmented(): Promise<number> {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-merge-open-'));
    const storage = openSqliteStorage(dir, { log: quiet, analyzeAfterRows: NO_REFRESH });
    const alice = await fakeUser(storage, 'alice');
    for (let n = 0; n < 15; n++)
      await storage.push(alice.id, 'c1', captures(10, n * 10 + 1, `p${n}`), applyToRecord);
    await storage.close();
    expect(segments(dir)).toBeGreaterThanOrEqual(MERGE_AT_OPEN_SEGMENTS);
    return alice.id;
  }

  it('merges in its thread after open, answering requests meanwhile', async () => {
    const alice = await fragmented();
    const before = segments(dir);
    const { entries, log } = captureLog();
    const storage = openSqliteStorage(dir, { readers: 1, log, analyzeAfterRows: NO_REFRESH });
    opened.push(storage);
    // Open did not wait for the merge; requests are answered while it runs.
    expect(segments(dir)).toBe(before);
    const search = ReadoutQuery.parse({ q: 'readout 7', limit: 200 });
    const found = (await storage.listReadouts(alice, search)).items.map((r) => r.id);
    expect(found.length).toBeGreaterThan(0);
    expect((await storage.stats(alice)).total).toBe(150);
    await storage.push(alice, 'c1', captures(5, 151, 'late'), applyToRecord);

    // One segment merged from the old ones, and the late push's own (which may come before the merge).
    await vi.waitFor(() => expect(segments(dir)).toBeLessThanOrEqual(2), { timeout: 30_000, interval: 50 });
    await vi.waitFor(() =>
      expect(entries).toContainEqual({
        level: 'info',
        msg: 'full-text index merged after open',
        fields: { segments: before, steps: expect.any(Number) },
      }),
    );
    const after = (await storage.listReadouts(alice, search)).items.map((r) => r.id);
    expect(after).toEqual(expect.arrayContaining(found));
  });

  it('leaves the index as it is when opened without reader threads (the CLI), unless asked', async () => {
    await fragmented();
    const before = segments(dir);
    const cli = openSqliteStorage(dir, { log: quiet, analyzeAfterRows: NO_REFRESH });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(segments(dir)).toBe(before);
    await cli.close();
    const asked = openSqliteStorage(dir, { log: quiet, analyzeAfterRows: NO_REFRESH, mergeOnOpen: true });
    opened.push(asked);
    await vi.waitFor(() => expect(segments(dir)).toBe(1), { timeout: 30_000, interval: 50 });
  });
});
