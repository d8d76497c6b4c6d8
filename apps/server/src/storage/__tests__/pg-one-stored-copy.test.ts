// PostgreSQL stores each record's state alone (migration 11 dropped the `readout` column, which was
// always materialize(state)): an old-layout database opens and serves the same readouts, the
// column is gone, a push writes one JSON document, and every read derives what the reducer did.
import type { Mutation, RecordState } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { testOptions } from '../../__tests__/helpers/app';
import { backends, pgUrl } from '../../__tests__/helpers/backends';
import { captureOf, fakeReadoutContent, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { downgrade, INVALID_ID, rawDb, seed } from '../../__tests__/helpers/previous-release';
import { createApp } from '../../http/app';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { openPgStorage } from '../pg';
import { pgDataMigrations, pgMigrations } from '../pg-migrations';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };
/** The schema step that dropped the stored readout. */
const ONE_COPY = 11;
const SEEDED = ['r-0000', 'r-0001', 'r-0002', 'r-0003', 'r-0004', 'n-0000', INVALID_ID];

/** Everything a client can read of alice's collection: listing, records, full pull, JSONL export, stats. */
async function served(storage: Storage, alice: { id: number; token: string }) {
  const listed = (await storage.listReadouts(alice.id, ReadoutQuery.parse({ limit: 200 }))).items;
  const records = await Promise.all(SEEDED.map((id) => storage.getRecord(alice.id, id)));
  const pulled = (await storage.pull(alice.id, 0, 1000)).changes.map((c) => ({
    ...c,
    stateJson: Buffer.from(c.stateJson).toString('utf8'),
  }));
  const app = createApp(storage, testOptions);
  const exported = await (
    await app.request('/api/v1/export?format=jsonl', { headers: { Authorization: `Bearer ${alice.token}` } })
  ).text();
  return { listed, records, pulled, exported, stats: await storage.stats(alice.id) };
}

describe.each(backends.filter((b) => b.name === 'postgres'))('one stored copy on $name', (backend) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function newStore() {
    const store = await backend.create();
    cleanups.push(() => store.drop());
    const sql = new pg.Client({
      connectionString: pgUrl(),
      options: `-c search_path=${store.server.env.READOUTS_PG_SCHEMA}`,
    });
    await sql.connect();
    cleanups.push(() => sql.end());
    const open = async (options: Parameters<typeof store.open>[0] = {}) => {
      const storage = await store.open({ log: quiet, ...options });
      cleanups.push(() => storage.close());
      return storage;
    };
    const columns = async () =>
      (
        await sql.query(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'records'",
        )
      ).rows.map((r) => r.column_name as string);
    return { store, sql, open, columns };
  }

  /**
   * A seeded store and what it served, then put back in the layout of the release before migration
   * 11: a `readout` column (out of line, as migration 2 kept it) holding
   * `JSON.stringify(materialize(state))` for each record, as that release's reducer wrote it.
   */
  async function oldLayoutStore() {
    const s = await newStore();
    const storage = await s.store.open({ log: quiet });
    const ids = await seed(storage);
    const before = await served(storage, ids.alice);
    await storage.close();
    await s.sql.query(
      'ALTER TABLE records ADD COLUMN readout JSON; ALTER TABLE records ALTER COLUMN readout SET STORAGE EXTERNAL',
    );
    const { rows } = await s.sql.query('SELECT user_id, readout_id, state::text AS state FROM records');
    for (const row of rows) {
      const readout = materialize(JSON.parse(row.state) as RecordState);
      await s.sql.query('UPDATE records SET readout = $1 WHERE user_id = $2 AND readout_id = $3', [
        readout ? JSON.stringify(readout) : null,
        row.user_id,
        row.readout_id,
      ]);
    }
    await s.sql.query('DELETE FROM schema_migrations WHERE version = $1', [ONE_COPY]);
    return { ...s, ids, before };
  }

  it('opens an old-layout database and serves the same readouts, listings, pulls and export', async () => {
    const { sql, open, columns, ids, before } = await oldLayoutStore();
    expect(await columns()).toContain('readout');
    const stored = new Map(
      (await sql.query('SELECT readout_id, readout FROM records')).rows.map((r) => [r.readout_id, r.readout]),
    );
    expect(stored.get('r-0002')).toBeNull();
    expect(stored.get('r-0000').user.tags).toEqual(['g7', 'asean']);

    const storage = await open();
    expect(await columns()).not.toContain('readout');
    const after = await served(storage, ids.alice);
    expect(after).toEqual(before);
    // What the old layout stored is what is now derived.
    for (const item of after.listed) expect(item).toEqual(stored.get(item.id));
    for (const record of after.records)
      expect(record?.readout ?? null).toEqual(stored.get(record!.readoutId));
    expect(after.listed.map((r) => r.id).sort()).toEqual([
      INVALID_ID,
      'r-0000',
      'r-0001',
      'r-0003',
      'r-0004',
    ]);
    expect(
      (await sql.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version),
    ).toEqual([...pgMigrations, ...pgDataMigrations].map((m) => m.version).sort((a, b) => a - b));
  });

  it('runs the data steps on an old-layout database from the state alone, after the column is gone', async () => {
    const { store, sql, open, columns, ids, before } = await oldLayoutStore();
    const raw = await rawDb('postgres', store);
    cleanups.push(() => raw.close());
    // Records of readout schema version 2 (state and stored readout), stale columns and search
    // vector, no facets: the data steps 4 and 8 pending besides the schema step 11.
    await downgrade('postgres', raw);
    await sql.query(`UPDATE records SET countries = '', participants = '', search = NULL WHERE readout_id = 'r-0003';
      DELETE FROM record_facets; DELETE FROM facet_values; DELETE FROM schema_migrations WHERE version = 8`);
    expect(
      (await sql.query("SELECT readout FROM records WHERE readout_id = 'r-0000'")).rows[0].readout,
    ).toMatchObject({ schemaVersion: 2 });

    const storage = await open({ upgradeBatch: 2 });
    expect(await columns()).not.toContain('readout');
    expect((await raw.migrations()).map((m) => m.version)).toEqual(
      [...pgMigrations, ...pgDataMigrations].map((m) => m.version).sort((a, b) => a - b),
    );
    const after = await served(storage, ids.alice);
    // The record that cannot be migrated is kept (and served upgraded on read, as before).
    const valid = <T extends { id?: string; readoutId?: string } | null>(items: T[]) =>
      items.filter((r) => (r?.id ?? r?.readoutId) !== INVALID_ID);
    expect(valid(after.listed)).toEqual(valid(before.listed));
    expect(valid(after.records)).toEqual(valid(before.records));
    expect(after.stats.byCountry).toEqual(before.stats.byCountry);
    expect(after.stats.byFormat).toEqual(before.stats.byFormat);
    const list = async (query: Record<string, unknown>) =>
      (await storage.listReadouts(ids.alice.id, ReadoutQuery.parse(query))).items.map((r) => r.id);
    expect(await list({ country: 'KR' })).toEqual(
      before.listed.filter((r) => r.participants.some((p) => p.country === 'KR')).map((r) => r.id),
    );
    expect(await list({ q: 'korea' })).toEqual(['r-0003']);
    expect(await list({ tag: 'g7' })).toEqual(['r-0000']);
  });

  it('writes one JSON document per record on push', async () => {
    const { sql, open, columns } = await newStore();
    const storage = await open();
    const alice = await fakeUser(storage, 'alice');
    await storage.push(
      alice.id,
      'c1',
      [
        captureOf(1, { id: 'r-0000', title: 'Summit' }),
        { id: 2, readoutId: 'r-0000', hlc: nextHlc(), type: 'setTags', add: ['g7'], remove: [] },
        captureOf(3, { id: 'r-0001', title: 'Talk' }),
      ],
      applyToRecord,
    );
    expect(await columns()).not.toContain('readout');
    const { rows } = await sql.query('SELECT to_jsonb(r) AS row FROM records r');
    expect(rows).toHaveLength(2);
    for (const { row } of rows) {
      const documents = Object.entries(row as Record<string, unknown>).filter(
        ([, value]) =>
          typeof value === 'object' && value !== null && JSON.stringify(value).includes('"schemaVersion"'),
      );
      expect(documents.map(([column]) => column)).toEqual(['state']);
    }
  });

  it.each(['adaptive', 'match-set'] as const)(
    'lists, gets and exports readouts exactly as materialize gives them (%s search plan)',
    async (textPlan) => {
      const { store } = await newStore();
      const storage = await openPgStorage(pgUrl(), {
        schema: store.server.env.READOUTS_PG_SCHEMA,
        poolSize: 2,
        log: quiet,
        textPlan,
      });
      cleanups.push(() => storage.close());
      const alice = await fakeUser(storage, 'alice');
      const hlc = nextHlc;
      const mutations: Mutation[] = [
        captureOf(1, { id: 'r-0000', title: 'Japan-Korea Summit' }),
        captureOf(2, { id: 'r-0001', title: '日韓首脳会談', lang: 'ja' }),
        captureOf(3, { id: 'r-0002', title: 'Telephone Talk', format: 'telephone' }),
        { id: 4, readoutId: 'r-0000', hlc: hlc(), type: 'setTags', add: ['G7', 'asean'], remove: [] },
        { id: 5, readoutId: 'r-0000', hlc: hlc(), type: 'setNote', note: 'first' },
        { id: 6, readoutId: 'r-0000', hlc: hlc('c2'), type: 'setNote', note: 'concurrent', base: null },
        { id: 7, readoutId: 'r-0001', hlc: hlc(), type: 'setStarred', starred: true },
        {
          id: 8,
          readoutId: 'r-0002',
          hlc: hlc(),
          type: 'correct',
          fields: { title: { value: 'Corrected talk', base: 'Telephone Talk' } },
        },
        { id: 9, readoutId: 'r-0001', hlc: hlc(), type: 'setTags', add: ['later'], remove: ['none'] },
        {
          id: 10,
          readoutId: 'r-0003',
          hlc: hlc(),
          type: 'capture',
          readout: fakeReadoutContent({ id: 'r-0003', title: 'Re-captured', points: [] }),
        },
        { id: 11, readoutId: 'r-0003', hlc: hlc(), type: 'setTags', add: ['x'], remove: [] },
        { id: 12, readoutId: 'r-0004', hlc: hlc(), type: 'setNote', note: 'never captured' },
        captureOf(13, { id: 'r-0005', title: 'Deleted Summit' }),
        { id: 14, readoutId: 'r-0005', hlc: hlc(), type: 'delete' },
      ];
      // Two pushes, so the second's reducer works from states read back from storage.
      await storage.push(alice.id, 'c1', mutations.slice(0, 6), applyToRecord);
      await storage.push(alice.id, 'c1', mutations.slice(6), applyToRecord);
      const states = new Map<string, RecordState | null>();
      for (const m of mutations) {
        const before = states.get(m.readoutId) ?? null;
        const write = applyToRecord(
          before ? { readoutId: m.readoutId, seq: 0, deleted: false, state: before, readout: null } : null,
          m,
        );
        states.set(m.readoutId, write.state as RecordState);
      }
      const expected = new Map([...states].map(([id, state]) => [id, JSON.stringify(materialize(state!))]));
      const list = async (query: Record<string, unknown>) =>
        (await storage.listReadouts(alice.id, ReadoutQuery.parse(query))).items.map((r) => JSON.stringify(r));

      const listed = await list({ limit: 200 });
      expect(listed.sort()).toEqual(
        ['r-0000', 'r-0001', 'r-0002', 'r-0003'].map((id) => expected.get(id)).sort(),
      );
      // Each way a listing is read: a search, a facet filter, both, and a search that finds nothing live.
      expect(await list({ q: 'corrected' })).toEqual([expected.get('r-0002')]);
      expect(await list({ tag: 'g7' })).toEqual([expected.get('r-0000')]);
      expect(await list({ tag: 'later', q: '日韓' })).toEqual([expected.get('r-0001')]);
      expect(await list({ q: 'deleted' })).toEqual([]);
      for (const id of expected.keys()) {
        expect(JSON.stringify((await storage.getRecord(alice.id, id))!.readout)).toBe(expected.get(id));
      }
      const app = createApp(storage, testOptions);
      const lines = (
        await (
          await app.request('/api/v1/export?format=jsonl', {
            headers: { Authorization: `Bearer ${alice.token}` },
          })
        ).text()
      )
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string });
      for (const line of lines) expect(line).toEqual(JSON.parse(expected.get(line.id)!));
      expect(lines).toHaveLength(4);
    },
  );
});
