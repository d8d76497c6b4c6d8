// A PostgreSQL push writes its records a chunk to a statement and everything else in one statement
// (facets, mutation log and its cut, change sequence, client): the facet tables stay what a
// rebuild from the records gives, and each record's log is cut to its newest HISTORY_KEEP entries
// however its old and new entries add up.
import type { Mutation } from '@readouts/schema';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends, pgUrl } from '../../__tests__/helpers/backends';
import { captureOf, fakeReadoutContent, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { HISTORY_KEEP } from '../mutation-log';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };
const note = (id: number, readoutId: string, text: string): Mutation => ({
  id,
  readoutId,
  hlc: nextHlc(),
  type: 'setNote',
  note: text,
});
const tags = (id: number, readoutId: string, add: string[], remove: string[] = []): Mutation => ({
  id,
  readoutId,
  hlc: nextHlc(),
  type: 'setTags',
  add,
  remove,
});
const describeNote = (m: Mutation) => ({
  type: m.type,
  detail: m.type === 'setNote' ? { note: m.note } : null,
});

describe.each(backends.filter((b) => b.name === 'postgres'))('push writes on $name', (backend) => {
  let store: Awaited<ReturnType<typeof backend.create>>;
  let storage: Storage;
  let sql: pg.Client;
  let alice: Awaited<ReturnType<typeof fakeUser>>;

  beforeEach(async () => {
    store = await backend.create();
    storage = await store.open({ log: quiet });
    alice = await fakeUser(storage, 'alice');
    sql = new pg.Client({
      connectionString: pgUrl(),
      options: `-c search_path=${store.server.env.READOUTS_PG_SCHEMA}`,
    });
    await sql.connect();
  });
  afterEach(async () => {
    await sql.end();
    await storage.close();
    await store.drop();
  });

  /** The facet tables as (kind, value, count) and (kind, value, readout id) rows, sorted. */
  const facetTables = async () => ({
    values: (
      await sql.query(
        'SELECT user_id::int, kind, value, n::int FROM facet_values WHERE n <> 0 ORDER BY user_id, kind, value',
      )
    ).rows,
    rows: (
      await sql.query(
        `SELECT v.user_id::int, v.kind, v.value, f.readout_id FROM record_facets f JOIN facet_values v ON v.id = f.value_id
         ORDER BY v.user_id, v.kind, v.value, f.readout_id`,
      )
    ).rows,
  });

  it('keeps the facet tables what a rebuild from the records gives, through adds, removals, deletes and revivals', async () => {
    const bob = await fakeUser(storage, 'bob');
    const first: Mutation[] = [
      ...Array.from({ length: 250 }, (_, i) =>
        captureOf(i + 1, {
          id: `r-${String(i).padStart(4, '0')}`,
          title: `Readout ${i}`,
          format: i % 3 ? 'meeting' : 'telephone',
          date: `20${10 + (i % 12)}-01-0${1 + (i % 9)}`,
        }),
      ),
      tags(251, 'r-0000', ['g7', 'asean']),
      tags(252, 'r-0001', ['g7']),
    ];
    await storage.push(alice.id, 'c1', first, applyToRecord);
    // One push that adds and removes values, deletes, revives and re-captures with other facets.
    await storage.push(
      alice.id,
      'c1',
      [
        tags(253, 'r-0000', ['quad'], ['asean']),
        tags(254, 'r-0002', ['g7']),
        { id: 255, readoutId: 'r-0001', hlc: nextHlc(), type: 'delete' },
        { id: 256, readoutId: 'r-0003', hlc: nextHlc(), type: 'delete' },
        tags(257, 'r-0003', ['back']),
        captureOf(258, {
          id: 'r-0004',
          title: 'Re-captured',
          format: 'summit',
          date: '1999-12-31',
          capture: { ...fakeReadoutContent().capture, capturedAt: '2026-02-01T00:00:00.000Z' },
        }),
        captureOf(259, { id: 'r-0250', title: 'New one' }),
      ],
      applyToRecord,
    );
    await storage.push(
      bob.id,
      'c1',
      [captureOf(1, { id: 'r-0000' }), tags(2, 'r-0000', ['g7'])],
      applyToRecord,
    );
    const pushed = await facetTables();
    expect(
      pushed.values.find((v) => v.kind === 'tags' && v.value === 'g7' && v.user_id === alice.id)?.n,
    ).toBe(2);
    expect(pushed.rows.some((r) => r.readout_id === 'r-0001')).toBe(false);
    expect(pushed.values.find((v) => v.kind === 'year' && v.value === '1999')?.n).toBe(1);

    // Rebuilt from the stored records on the next open (the data step 8 run again).
    await storage.close();
    await sql.query('DELETE FROM schema_migrations WHERE version = 8');
    storage = await store.open({ log: quiet });
    expect(await facetTables()).toEqual(pushed);
    const listed = await storage.listReadouts(alice.id, ReadoutQuery.parse({ tag: 'g7' }));
    expect(listed.items.map((r) => r.id).sort()).toEqual(['r-0000', 'r-0002']);
    expect((await storage.stats(alice.id)).byFormat.summit).toBe(1);
  });

  it('stores record states compressed with lz4 where the server supports it, out of line', async () => {
    const lz4 = await sql
      .query('CREATE TEMP TABLE lz4_probe (t text COMPRESSION lz4)')
      .then(() => true)
      .catch(() => false);
    const { rows } = await sql.query(
      "SELECT attstorage, attcompression FROM pg_attribute WHERE attrelid = 'records'::regclass AND attname = 'state'",
    );
    expect(rows[0]).toEqual(
      lz4 ? { attstorage: 'x', attcompression: 'l' } : { attstorage: 'e', attcompression: '' },
    );
    // A state big enough to be moved out of line comes back whole.
    const points = Array.from({ length: 40 }, (_, n) => ({
      n: n + 1,
      text: `Point ${n} on maritime security.`,
    }));
    await storage.push(alice.id, 'c1', [captureOf(1, { id: 'big', points })], applyToRecord);
    const stored = await sql.query(
      "SELECT pg_column_compression(state) AS c FROM records WHERE readout_id = 'big'",
    );
    expect(stored.rows[0].c).toBe(lz4 ? 'lz4' : null);
    expect((await storage.getRecord(alice.id, 'big'))!.readout!.points).toEqual(points);
  });

  it('cuts each record to its newest entries, counting the entries before the push and in it', async () => {
    await storage.push(
      alice.id,
      'c1',
      [
        captureOf(1, { id: 'old' }),
        ...Array.from({ length: HISTORY_KEEP - 3 }, (_, i) => note(i + 2, 'old', `o${i}`)),
      ],
      applyToRecord,
      undefined,
      describeNote,
    );
    expect(await storage.history(alice.id, 'old', 1000)).toHaveLength(HISTORY_KEEP - 2);
    let id = HISTORY_KEEP - 1;
    const notes = (readoutId: string, n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => note(id++, readoutId, `${prefix}${i}`));
    await storage.push(
      alice.id,
      'c1',
      [
        // A stored record going over by a few, a new one under, a new one over, a stored one over alone.
        ...notes('old', 5, 'n'),
        captureOf(id++, { id: 'small' }),
        ...notes('small', 3, 's'),
        captureOf(id++, { id: 'big' }),
        ...notes('big', HISTORY_KEEP + 7, 'b'),
      ],
      applyToRecord,
      undefined,
      describeNote,
    );
    const old = await storage.history(alice.id, 'old', 1000);
    expect(old).toHaveLength(HISTORY_KEEP);
    expect(old[0]!.detail).toEqual({ note: 'n4' });
    // The newest HISTORY_KEEP: the 5 new entries and the newest of the old ones, down to o2.
    expect(old.at(-1)!.detail).toEqual({ note: 'o2' });
    expect(await storage.history(alice.id, 'small', 1000)).toHaveLength(4);
    const big = await storage.history(alice.id, 'big', 1000);
    expect(big).toHaveLength(HISTORY_KEEP);
    expect(big[0]!.detail).toEqual({ note: `b${HISTORY_KEEP + 6}` });
    expect(big.at(-1)!.detail).toEqual({ note: 'b7' });

    await storage.push(
      alice.id,
      'c1',
      notes('big', HISTORY_KEEP + 1, 'c'),
      applyToRecord,
      undefined,
      describeNote,
    );
    const again = await storage.history(alice.id, 'big', 1000);
    expect(again).toHaveLength(HISTORY_KEEP);
    expect(again.at(-1)!.detail).toEqual({ note: 'c1' });
    expect(await storage.lastMutationId(alice.id, 'c1')).toBe(id - 1);
    expect(await storage.changeHead(alice.id)).toBe(5);
  });
});
