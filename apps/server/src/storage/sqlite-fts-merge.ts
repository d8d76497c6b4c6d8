// Keeps the SQLite full-text index in few segments. Every push adds segments, and FTS5 merges
// them only four to a level, so 100,000 readouts end up in dozens: a search probing one row
// then seeks every term in each of them (1.4 ms a probe for a Japanese phrase, 0.1 ms once
// merged). After bulk writes the index is merged step by step, in a thread of its own when the
// storage has reader threads, so the server's event loop never waits for a step (one can take
// seconds on a busy machine); a push meanwhile waits for the step's write lock (busy_timeout).
import type BetterSqlite3 from 'better-sqlite3';
import { ReaderPool } from './reader-pool';

/** Pages a step merges (FTS5 'merge'; negative: segments of every level, as 'optimize' would). */
const MERGE_PAGES = 200;
/** Steps a merge takes at most before it leaves the rest to the next one. */
const MAX_STEPS = 10_000;

/**
 * Segments at which a database opened by the server is merged at once, in the background: what
 * pushes since the last merge left (an import or sync cut short by a restart, or too few rows to
 * call for a refresh), which every search would otherwise seek through until the next bulk write.
 */
export const MERGE_AT_OPEN_SEGMENTS = 4;

/** Segments of the full-text index: one row per segment and leaf page in its `_idx` table. */
export function ftsSegments(db: BetterSqlite3.Database): number {
  return db.prepare('SELECT count(DISTINCT segid) FROM records_fts_idx').pluck().get() as number;
}

/** One merge step on `db`; true when it found work (FTS5 then makes two or more changes). */
export function ftsMergeStep(db: BetterSqlite3.Database): boolean {
  const before = db.prepare('SELECT total_changes()').pluck().get() as number;
  db.prepare("INSERT INTO records_fts (records_fts, rank) VALUES ('merge', ?)").run(-MERGE_PAGES);
  return (db.prepare('SELECT total_changes()').pluck().get() as number) - before >= 2;
}

/** What a checkpoint left: frames in the WAL, and how many of them are in the database file. */
export interface WalState {
  frames: number;
  checkpointed: number;
}

/**
 * One PASSIVE checkpoint on `db`: copies what it can of the WAL into the database file without
 * waiting for readers or writers. Once every frame is copied, the next write starts the WAL over.
 */
export function walCheckpoint(db: BetterSqlite3.Database): WalState {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ log: number; checkpointed: number }>;
  return { frames: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
}

/** Merges the index of the database in `file` open as `db`, and checkpoints its WAL. */
export interface FtsMerger {
  /** Steps until the index is merged or `signal` aborts; returns the steps that did work. */
  merge(signal: AbortSignal): Promise<number>;
  /** One PASSIVE checkpoint, in the thread when there is one. */
  checkpoint(): Promise<WalState>;
  /** Whether its work runs in a thread of its own (else on the caller's connection and thread). */
  threaded: boolean;
  close(): Promise<void>;
}

/** Merges on the main connection (`thread` false: the CLI, tests) or in a thread with its own. */
export function sqliteFtsMerger(db: BetterSqlite3.Database, file: string, thread: boolean): FtsMerger {
  const pool = thread
    ? new ReaderPool({
        module: new URL('./sqlite-fts-merger.ts', import.meta.url),
        size: 1,
        workerData: { file },
      })
    : null;
  const step = (): Promise<boolean> =>
    pool ? pool.run<boolean>('mergeStep', []) : Promise.resolve(ftsMergeStep(db));
  const steps = async (signal: AbortSignal) => {
    let worked = 0;
    while (!signal.aborted && worked < MAX_STEPS && (await step())) {
      worked++;
      // Pushes and requests between the steps, when the step ran on this thread.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return worked;
  };
  // One merge at a time: the one at open and one after bulk writes would only take turns.
  let running: Promise<number> | null = null;
  return {
    merge(signal) {
      running ??= steps(signal).finally(() => {
        running = null;
      });
      return running;
    },
    checkpoint: () => (pool ? pool.run<WalState>('checkpoint', []) : Promise.resolve(walCheckpoint(db))),
    threaded: pool !== null,
    close: async () => pool?.close(),
  };
}
