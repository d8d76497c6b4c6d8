// Planner statistics are refreshed on open (after the migrations) and after bulk writes, on both
// backends: what the planner then knows matches what was written.
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backends, pgUrl } from '../../__tests__/helpers/backends';
import { captures, fakeUser } from '../../__tests__/helpers/factories';
import { applyToRecord } from '../../sync/reducer';
import { Database } from '../sqlite-driver';
import type { OpenOptions, Storage, StorageLog } from '../types';

describe.each(backends)('planner statistics on $name', (backend) => {
  let storage: Storage;
  let drop: () => Promise<void>;
  afterEach(async () => {
    await storage.close();
    await drop();
  });

  it('are refreshed once a push has written enough records', async () => {
    const store = await backend.create();
    drop = store.drop;
    const refreshed: Array<Record<string, unknown> | undefined> = [];
    const log: StorageLog = {
      info: (msg, fields) => {
        if (msg === 'planner statistics refreshed') refreshed.push(fields);
      },
      error: () => {},
    };
    storage = await store.open({ log, analyzeAfterRows: 50 } as OpenOptions);
    const alice = await fakeUser(storage, 'alice');
    await storage.push(alice.id, 'c1', captures(20), applyToRecord);
    // Under the threshold: nothing yet.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refreshed).toEqual([]);
    await storage.push(alice.id, 'c1', captures(40, 21, 's'), applyToRecord);
    await vi.waitFor(() => expect(refreshed).toEqual([{ reason: 'bulk write', rows: 60 }]));
    expect(await recordsKnownToPlanner(backend.name, store)).toBe(60);
  });
});

/** How many records the planner's statistics say the records table holds. */
async function recordsKnownToPlanner(
  name: string,
  store: { server: { env: Record<string, string>; dataDir: string } },
): Promise<number> {
  if (name === 'sqlite') {
    const db = new Database(`${store.server.dataDir}/readouts.db`, { readonly: true });
    try {
      // A full index's stat starts with the number of rows in the table.
      const stat = db.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = 'records_seq'").pluck().get();
      return Number(String(stat).split(' ')[0]);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: pgUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = 'records'",
      [store.server.env.READOUTS_PG_SCHEMA],
    );
    return Number(rows[0].reltuples);
  } finally {
    await client.end();
  }
}
