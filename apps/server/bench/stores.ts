// Benchmark stores: a fresh SQLite directory, or a fresh schema in PostgreSQL when a URL is set,
// each with a raw batched-insert baseline measured on the same database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPgStorage } from '../src/storage/pg';
import { stderrLog } from '../src/storage/record-upgrade';
import { openSqliteStorage } from '../src/storage/sqlite';
import { Database } from '../src/storage/sqlite-driver';
import type { Storage, StorageLog } from '../src/storage/types';

/** Errors only: the loads would log every statistics refresh between the bench's own lines. */
const log: StorageLog = { info: () => {}, error: stderrLog.error };

export interface BenchStore {
  name: 'sqlite' | 'postgres';
  storage: Storage;
  /** Closes `storage` (waiting for its statistics refresh) and opens it again, as a restart would. */
  reopen(): Promise<void>;
  /** Inserts `rows` (id, json) in transactions of `batch` into a plain table; returns rows/s. */
  rawInsertRate(rows: Array<[string, string]>, batch: number): Promise<number>;
  /** How a `readouts serve` child process reaches the same store. */
  server: { env: Record<string, string>; dataDir: string };
  drop(): Promise<void>;
}

/** The PostgreSQL URL for benchmarks, if any. */
export const benchPgUrl = (): string | undefined =>
  process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

export async function sqliteStore(): Promise<BenchStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-bench-'));
  // As `readouts serve` opens it: with reader threads, so the WAL checkpoints and full-text merges
  // run in the maintenance thread beside the pushes (sqlite-checkpoint.ts).
  const open = () => openSqliteStorage(dir, { log, readers: 1 });
  const store: BenchStore = {
    name: 'sqlite',
    storage: open(),
    async reopen() {
      await store.storage.close();
      store.storage = open();
    },
    server: { env: { DATABASE_URL: '' }, dataDir: dir },
    async rawInsertRate(rows, batch) {
      const db = new Database(path.join(dir, 'raw.db'));
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec('CREATE TABLE raw (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO raw VALUES (?, ?)');
      const tx = db.transaction((chunk: Array<[string, string]>) => {
        for (const [id, body] of chunk) insert.run(id, body);
      });
      const start = performance.now();
      for (let i = 0; i < rows.length; i += batch) tx(rows.slice(i, i + batch));
      const seconds = (performance.now() - start) / 1000;
      db.close();
      return rows.length / seconds;
    },
    async drop() {
      await store.storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return store;
}

export async function pgStore(url: string): Promise<BenchStore> {
  const schema = `bench_${process.pid}_${Date.now()}`;
  const open = () => openPgStorage(url, { schema, poolSize: 10, log });
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const store: BenchStore = {
    name: 'postgres',
    storage: await open(),
    async reopen() {
      await store.storage.close();
      store.storage = await open();
    },
    server: { env: { DATABASE_URL: url, READOUTS_PG_SCHEMA: schema }, dataDir: os.tmpdir() },
    async rawInsertRate(rows, batch) {
      await admin.query(`CREATE TABLE "${schema}".raw (id TEXT PRIMARY KEY, body JSON NOT NULL)`);
      const start = performance.now();
      for (let i = 0; i < rows.length; i += batch) {
        const chunk = rows.slice(i, i + batch);
        await admin.query('BEGIN');
        await admin.query(`INSERT INTO "${schema}".raw SELECT * FROM unnest($1::text[], $2::json[])`, [
          chunk.map((r) => r[0]),
          chunk.map((r) => r[1]),
        ]);
        await admin.query('COMMIT');
      }
      return rows.length / ((performance.now() - start) / 1000);
    },
    async drop() {
      await store.storage.close();
      await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    },
  };
  return store;
}
