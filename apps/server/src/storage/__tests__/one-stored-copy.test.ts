// SQLite stores each record's state alone (migration 10 dropped the `readout` column, which was
// always materialize(state)): an old-layout database opens and serves the same readouts, the
// column is gone, a push writes one JSON document, and every read derives what the reducer did.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Mutation, RecordState } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { testOptions } from '../../__tests__/helpers/app';
import { captureOf, fakeReadoutContent, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { downgrade, INVALID_ID, rawDb, seed } from '../../__tests__/helpers/previous-release';
import { createApp } from '../../http/app';
import { ReadoutQuery } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { openSqliteStorage } from '../sqlite';
import { Database } from '../sqlite-driver';
import { sqliteDataMigrations, sqliteMigrations } from '../sqlite-migrations';
import type { Storage, StorageLog } from '../types';

const quiet: StorageLog = { info: () => {}, error: () => {} };
/** The schema step that dropped the stored readout. */
const ONE_COPY = 10;
const file = (dir: string) => path.join(dir, 'readouts.db');

const columnsOf = (dir: string): string[] => {
  const db = new Database(file(dir), { readonly: true });
  try {
    return db.prepare("SELECT name FROM pragma_table_info('records')").pluck().all() as string[];
  } finally {
    db.close();
  }
};

/**
 * Copies the database in `from` into a new one in `to` laid out as the release before migration
 * 10 made it: every earlier schema step, the data steps recorded as done, and each record's
 * `readout` column holding `JSON.stringify(materialize(state))`, as that release's reducer wrote it.
 */
function oldLayoutCopy(from: string, to: string): void {
  const db = new Database(file(to));
  try {
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = db.prepare("INSERT INTO schema_migrations VALUES (?, ?, '2026-12-01T00:00:00.000Z')");
    for (const m of sqliteMigrations.filter((m) => m.version < ONE_COPY)) {
      db.exec(m.sql);
      done.run(m.version, m.name);
    }
    for (const m of sqliteDataMigrations) done.run(m.version, m.name);
    db.prepare('ATTACH ? AS current').run(file(from));
    const tables = db
      .prepare(
        "SELECT name FROM current.sqlite_master WHERE type = 'table' AND name NOT LIKE 'records_fts%' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
      )
      .pluck()
      .all() as string[];
    for (const table of tables) {
      const columns = (
        db.prepare(`SELECT name FROM pragma_table_info('${table}', 'current')`).pluck().all() as string[]
      ).join(', ');
      db.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM current.${table}`);
    }
    db.exec('INSERT INTO main.records_fts (rowid, body) SELECT rowid, body FROM current.records_fts');
    db.function('materialized', (state: unknown) => {
      const readout = materialize(JSON.parse(state as string) as RecordState);
      return readout ? JSON.stringify(readout) : null;
    });
    db.exec('UPDATE records SET readout = materialized(state)');
    db.exec('DETACH current');
  } finally {
    db.close();
  }
}

/** Everything a client can read of alice's collection: listing, records, full pull, JSONL export, stats. */
async function served(storage: Storage, alice: { id: number; token: string }) {
  const listed = (await storage.listReadouts(alice.id, ReadoutQuery.parse({ limit: 200 }))).items;
  const ids = ['r-0000', 'r-0001', 'r-0002', 'r-0003', 'r-0004', 'n-0000', INVALID_ID];
  const records = await Promise.all(ids.map((id) => storage.getRecord(alice.id, id)));
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

describe('one stored copy on sqlite', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-one-copy-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const open = (dir: string, options: Parameters<typeof openSqliteStorage>[1] = {}) => {
    const storage = openSqliteStorage(dir, { log: quiet, ...options });
    cleanups.push(() => storage.close());
    return storage;
  };

  /** A seeded current store and what it serves, then a copy of it in the old layout. */
  async function oldLayoutStore() {
    const current = tempDir();
    const storage = openSqliteStorage(current, { log: quiet });
    const ids = await seed(storage);
    const before = await served(storage, ids.alice);
    await storage.close();
    const old = tempDir();
    oldLayoutCopy(current, old);
    return { old, ids, before };
  }

  it('opens an old-layout database and serves the same readouts, listings, pulls and export', async () => {
    const { old, ids, before } = await oldLayoutStore();
    expect(columnsOf(old)).toContain('readout');
    const stored = new Database(file(old), { readonly: true });
    const storedReadouts = new Map(
      (
        stored.prepare('SELECT readout_id, readout FROM records').all() as Array<{
          readout_id: string;
          readout: string | null;
        }>
      ).map((r) => [r.readout_id, r.readout === null ? null : JSON.parse(r.readout)]),
    );
    stored.close();

    const storage = open(old);
    expect(columnsOf(old)).not.toContain('readout');
    const after = await served(storage, ids.alice);
    expect(after).toEqual(before);
    // What the old layout stored is what is now derived.
    for (const item of after.listed) expect(item).toEqual(storedReadouts.get(item.id));
    for (const record of after.records)
      expect(record?.readout ?? null).toEqual(storedReadouts.get(record!.readoutId));
    expect(after.listed.map((r) => r.id).sort()).toEqual([
      'bad-0000',
      'r-0000',
      'r-0001',
      'r-0003',
      'r-0004',
    ]);
  });

  it('runs the data steps on an old-layout database from the state alone, after the column is gone', async () => {
    const { old, ids, before } = await oldLayoutStore();
    const raw = await rawDb('sqlite', { server: { dataDir: old } } as Parameters<typeof rawDb>[1]);
    cleanups.push(() => raw.close());
    // Records of readout schema version 2, stale columns and no facets: the data steps 3 and 7 pending.
    await downgrade('sqlite', raw);
    await raw.exec(`UPDATE records SET countries = '', participants = '' WHERE readout_id = 'r-0003';
      DELETE FROM record_facets; DELETE FROM facet_values; DELETE FROM schema_migrations WHERE version = 7`);
    expect(JSON.parse((await raw.record('r-0000')).readout!).schemaVersion).toBe(2);

    const storage = open(old, { upgradeBatch: 2 });
    expect(columnsOf(old)).not.toContain('readout');
    expect((await raw.migrations()).map((m) => m.version)).toEqual(
      [...sqliteMigrations, ...sqliteDataMigrations].map((m) => m.version).sort((a, b) => a - b),
    );
    const after = await served(storage, ids.alice);
    // The record that cannot be migrated is kept (and served upgraded on read, as before).
    const valid = <T extends { id?: string; readoutId?: string } | null>(items: T[]) =>
      items.filter((r) => (r?.id ?? r?.readoutId) !== INVALID_ID);
    expect(valid(after.listed)).toEqual(valid(before.listed));
    expect(valid(after.records)).toEqual(valid(before.records));
    expect(after.stats.byCountry).toEqual(before.stats.byCountry);
    expect(after.stats.byFormat).toEqual(before.stats.byFormat);
    // The facet tables were emptied: a filter finds the records again from their states' facets.
    const inAustralia = valid(before.listed.filter((r) => r.participants.some((p) => p.country === 'AU')));
    expect(inAustralia.length).toBeGreaterThan(1);
    const filtered = await storage.listReadouts(ids.alice.id, ReadoutQuery.parse({ country: 'AU' }));
    expect(valid(filtered.items)).toEqual(inAustralia);
  });

  it('writes one JSON document per record on push', async () => {
    const dir = tempDir();
    const storage = open(dir);
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
    expect(columnsOf(dir)).not.toContain('readout');
    const db = new Database(file(dir), { readonly: true });
    cleanups.push(() => {
      db.close();
    });
    const rows = db.prepare('SELECT * FROM records').all() as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const documents = Object.entries(row).filter(
        ([, value]) =>
          typeof value === 'string' && value.startsWith('{') && value.includes('"schemaVersion"'),
      );
      expect(documents.map(([column]) => column)).toEqual(['state']);
    }
  });

  it.each([0, 1])(
    'lists, gets and exports readouts byte for byte as materialize gives them (%i reader threads)',
    async (readers) => {
      const dir = tempDir();
      const storage = open(dir, { readers });
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

      const listed = (await storage.listReadouts(alice.id, ReadoutQuery.parse({ limit: 200 }))).items;
      expect(listed.map((r) => r.id).sort()).toEqual(['r-0000', 'r-0001', 'r-0002', 'r-0003']);
      for (const item of listed) expect(JSON.stringify(item)).toBe(expected.get(item.id));
      const searched = (await storage.listReadouts(alice.id, ReadoutQuery.parse({ q: 'corrected' }))).items;
      expect(searched.map((r) => JSON.stringify(r))).toEqual([expected.get('r-0002')]);
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
