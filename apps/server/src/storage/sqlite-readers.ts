// Where the SQLite backend answers its reads: in reader threads (each with a read-only connection)
// when the server asks for them, or on the main connection (the CLI, tests, `readers: 0`).
import type BetterSqlite3 from 'better-sqlite3';
import { decodeCursor } from '../query/cursor';
import type { ReadoutQuery } from '../query/params';
import type { TextPlan } from '../query/text-plan';
import { ReaderPool } from './reader-pool';
import { sqliteReads } from './sqlite-reads';
import type { ReadoutPage, ReadoutStats } from './types';

export interface SqliteReaders {
  listReadouts(userId: number, query: ReadoutQuery): Promise<ReadoutPage>;
  stats(userId: number): Promise<ReadoutStats>;
  close(): Promise<void>;
}

/**
 * Reads for the database in `file` open as `db`: `threads` reader threads, or none. A thread
 * starts with the pool and opens its connection once (about as long as the server's own start).
 */
export function sqliteReaders(
  db: BetterSqlite3.Database,
  file: string,
  threads: number,
  plan: TextPlan = 'adaptive',
): SqliteReaders {
  if (threads <= 0) {
    const reads = sqliteReads(db, plan);
    return {
      listReadouts: async (userId, query) => reads.listReadouts(userId, query),
      stats: async (userId) => reads.stats(userId),
      close: async () => {},
    };
  }
  const pool = new ReaderPool({
    module: new URL('./sqlite-reader.ts', import.meta.url),
    size: threads,
    workerData: { file, plan },
  });
  return {
    async listReadouts(userId, query) {
      // Checked here so a bad cursor is the caller's InvalidCursorError, not a thread's copy of it.
      if (query.cursor) decodeCursor(query.sort, query.cursor);
      return pool.run('listReadouts', [userId, query]);
    },
    stats: (userId) => pool.run('stats', [userId]),
    close: () => pool.close(),
  };
}
