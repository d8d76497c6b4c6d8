// A store as the previous release (readout schemaVersion 2) left it: records written through the
// storage API, then their JSON rewritten at version 2 with raw SQL and the data migration's row
// removed from schema_migrations. Also raw access to the `records` table, to check what is stored.
import path from 'node:path';
import type { Mutation, RecordState } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import pg from 'pg';
import { pgDataMigrations } from '../../storage/pg-migrations';
import { Database } from '../../storage/sqlite-driver';
import { sqliteDataMigrations } from '../../storage/sqlite-migrations';
import type { Storage } from '../../storage/types';
import { applyToRecord } from '../../sync/reducer';
import type { Backend } from './backends';
import { captureOf, fakeUser, nextHlc } from './factories';

type Store = Awaited<ReturnType<Backend['create']>>;

/** One `records` row as stored: its JSON documents as text, its columns and its search document. */
export interface RawRecord {
  userId: number;
  readoutId: string;
  seq: number;
  deleted: boolean;
  state: string;
  readout: string | null;
  title: string;
  date: string;
  countries: string;
  participants: string;
  topics: string;
  tags: string;
  starred: boolean;
  /** SQLite: the FTS5 body; PostgreSQL: the tsvector as text. */
  search: string | null;
}

export interface RawDb {
  /** Every record, by user and readout id. */
  records(): Promise<RawRecord[]>;
  record(readoutId: string): Promise<RawRecord>;
  /** Overwrites a record's JSON documents, nothing else (what an older server's write changes; the readout only where a column stores it). */
  setJson(userId: number, readoutId: string, state: string, readout: string | null): Promise<void>;
  exec(sql: string): Promise<void>;
  migrations(): Promise<Array<{ version: number; name: string; applied_at: string }>>;
  userSeqs(): Promise<number[]>;
  close(): Promise<void>;
}

const RECORD_COLUMNS =
  'user_id, readout_id, seq, deleted, title, date, countries, participants, topics, tags, starred';

/** The readout a stored state implies, as its text (where no readout column stores it: one stored copy). */
const impliedReadout = (state: string): string | null => {
  const readout = materialize(JSON.parse(state) as RecordState);
  return readout ? JSON.stringify(readout) : null;
};

const toRaw = (r: Record<string, unknown>): RawRecord => ({
  userId: Number(r.user_id),
  readoutId: r.readout_id as string,
  seq: Number(r.seq),
  deleted: Boolean(r.deleted),
  state: r.state as string,
  readout:
    r.readout === undefined ? impliedReadout(r.state as string) : ((r.readout as string | null) ?? null),
  title: r.title as string,
  date: r.date as string,
  countries: r.countries as string,
  participants: r.participants as string,
  topics: r.topics as string,
  tags: r.tags as string,
  starred: Boolean(r.starred),
  search: (r.search as string | null) ?? null,
});

/** Raw SQL access to a store's database, beside (not through) the storage layer. */
export async function rawDb(backend: Backend['name'], store: Store): Promise<RawDb> {
  if (backend === 'sqlite') {
    const db = new Database(path.join(store.server.dataDir, 'readouts.db'));
    db.pragma('busy_timeout = 10000');
    // An old-layout database stores the readout; from migration 10 on, the state implies it.
    const stored = () =>
      db.prepare("SELECT 1 FROM pragma_table_info('records') WHERE name = 'readout'").get() !== undefined;
    const select = () =>
      `SELECT ${RECORD_COLUMNS}, state, ${stored() ? 'readout, ' : ''}(SELECT body FROM records_fts WHERE rowid = rid) AS search FROM records`;
    return {
      records: async () =>
        (db.prepare(`${select()} ORDER BY user_id, readout_id`).all() as Array<Record<string, unknown>>).map(
          toRaw,
        ),
      record: async (id) =>
        toRaw(db.prepare(`${select()} WHERE readout_id = ?`).get(id) as Record<string, unknown>),
      setJson: async (userId, id, state, readout) => {
        if (!stored()) {
          db.prepare('UPDATE records SET state = ? WHERE user_id = ? AND readout_id = ?').run(
            state,
            userId,
            id,
          );
          return;
        }
        db.prepare('UPDATE records SET state = ?, readout = ? WHERE user_id = ? AND readout_id = ?').run(
          state,
          readout,
          userId,
          id,
        );
      },
      exec: async (sql) => {
        db.exec(sql);
      },
      migrations: async () =>
        db.prepare('SELECT * FROM schema_migrations ORDER BY version').all() as Array<{
          version: number;
          name: string;
          applied_at: string;
        }>,
      userSeqs: async () => db.prepare('SELECT change_seq FROM users ORDER BY id').pluck().all() as number[],
      close: async () => {
        db.close();
      },
    };
  }
  const client = new pg.Client({
    connectionString: store.server.env.DATABASE_URL,
    options: `-c search_path=${store.server.env.READOUTS_PG_SCHEMA}`,
  });
  await client.connect();
  // An old-layout database stores the readout; from migration 11 on, the state implies it.
  const stored = async () =>
    (
      await client.query(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'records' AND column_name = 'readout'",
      )
    ).rowCount === 1;
  const select = async () =>
    `SELECT ${RECORD_COLUMNS}, state::text AS state, ${(await stored()) ? 'readout::text AS readout, ' : ''}search::text AS search FROM records`;
  return {
    records: async () =>
      (await client.query(`${await select()} ORDER BY user_id, readout_id`)).rows.map(toRaw),
    record: async (id) =>
      toRaw((await client.query(`${await select()} WHERE readout_id = $1`, [id])).rows[0]),
    setJson: async (userId, id, state, readout) => {
      if (!(await stored())) {
        await client.query('UPDATE records SET state = $1 WHERE user_id = $2 AND readout_id = $3', [
          state,
          userId,
          id,
        ]);
        return;
      }
      await client.query(
        'UPDATE records SET state = $1, readout = $2 WHERE user_id = $3 AND readout_id = $4',
        [state, readout, userId, id],
      );
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    migrations: async () => (await client.query('SELECT * FROM schema_migrations ORDER BY version')).rows,
    userSeqs: async () =>
      (await client.query('SELECT change_seq FROM users ORDER BY id')).rows.map((r) => Number(r.change_seq)),
    close: () => client.end(),
  };
}

type Loose = Record<string, unknown>;

/** Content or a readout as the previous release wrote it: version 2, participants without role or nameLatin. */
function v2(record: Loose): Loose {
  return {
    ...record,
    schemaVersion: 2,
    participants: (record.participants as Loose[]).map(({ role: _role, nameLatin: _nameLatin, ...p }) => p),
  };
}

/** A state's JSON rewritten at version 2 (`change` edits its content first). */
export function stateAtV2(json: string, change: (content: Loose) => Loose = (c) => c): string {
  const state = JSON.parse(json) as Loose;
  return JSON.stringify(state.content ? { ...state, content: v2(change(state.content as Loose)) } : state);
}

/** A readout's JSON rewritten at version 2 (null stays null). */
export function readoutAtV2(
  json: string | null,
  change: (readout: Loose) => Loose = (r) => r,
): string | null {
  return json === null ? null : JSON.stringify(v2(change(JSON.parse(json) as Loose)));
}

/** The data migration's row in schema_migrations, per backend. */
export const dataMigrationVersion = (backend: Backend['name']): number =>
  (backend === 'sqlite' ? sqliteDataMigrations : pgDataMigrations)[0]!.version;

/** A readout id whose stored content the seed makes invalid (a date that is not a date). */
export const INVALID_ID = 'bad-0000';

/**
 * Fills a store through the storage API: alice's captures r-0000..r-0004 (r-0000 tagged and noted,
 * r-0001 starred, r-0002 deleted: a tombstone that keeps its content), the capture `bad-0000`, a
 * note on `n-0000` that was never captured (a state without content), and bob's capture b-0000.
 */
export async function seed(storage: Storage) {
  const alice = await fakeUser(storage, 'alice');
  const bob = await fakeUser(storage, 'bob');
  const mutations: Mutation[] = [
    captureOf(1, { id: 'r-0000', title: 'Japan-Australia Foreign Ministers’ Meeting' }),
    captureOf(2, { id: 'r-0001', title: '日豪外相会談', lang: 'ja' }),
    captureOf(3, { id: 'r-0002', title: 'Deleted later' }),
    captureOf(4, { id: 'r-0003', title: 'Japan-Korea Summit', format: 'summit' }),
    captureOf(5, { id: 'r-0004', title: 'Telephone Talk', format: 'telephone' }),
    captureOf(6, { id: INVALID_ID, title: 'Stored invalid' }),
    { id: 7, readoutId: 'n-0000', hlc: nextHlc(), type: 'setNote', note: 'no capture yet' },
    { id: 8, readoutId: 'r-0000', hlc: nextHlc(), type: 'setTags', add: ['g7', 'asean'], remove: [] },
    { id: 9, readoutId: 'r-0000', hlc: nextHlc(), type: 'setNote', note: 'kept note' },
    { id: 10, readoutId: 'r-0001', hlc: nextHlc(), type: 'setStarred', starred: true },
    { id: 11, readoutId: 'r-0002', hlc: nextHlc(), type: 'delete' },
  ];
  await storage.push(alice.id, 'c1', mutations, applyToRecord);
  await storage.push(
    bob.id,
    'c1',
    [
      captureOf(1, { id: 'b-0000', title: 'Bob’s readout' }),
      { id: 2, readoutId: 'b-0000', hlc: nextHlc(), type: 'setTags', add: ['bob'], remove: [] },
    ],
    applyToRecord,
  );
  return { alice, bob };
}

/**
 * Rewrites every record of the store at version 2, `INVALID_ID` with an invalid date besides, and
 * forgets the data migration, as if the previous release had written them.
 */
export async function downgrade(backend: Backend['name'], raw: RawDb): Promise<void> {
  const badDate = (record: Loose) => (record.id === INVALID_ID ? { ...record, date: 'yesterday' } : record);
  for (const r of await raw.records()) {
    await raw.setJson(r.userId, r.readoutId, stateAtV2(r.state, badDate), readoutAtV2(r.readout, badDate));
  }
  await raw.exec(`DELETE FROM schema_migrations WHERE version = ${dataMigrationVersion(backend)}`);
}

/** Messages a storage log received. */
export function captureLog() {
  const entries: Array<{ level: 'info' | 'error'; msg: string; fields: Record<string, unknown> }> = [];
  return {
    entries,
    log: {
      info: (msg: string, fields: Record<string, unknown> = {}) =>
        entries.push({ level: 'info', msg, fields }),
      error: (msg: string, fields: Record<string, unknown> = {}) =>
        entries.push({ level: 'error', msg, fields }),
    },
  };
}
