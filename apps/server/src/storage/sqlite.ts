// SQLite backend (better-sqlite3): one file per data directory, WAL journal, synchronous=FULL.
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { TextPlan } from '../query/text-plan';
import { fts5Document } from '../search/dialects';
import { analyzedAfterWrites } from './analyze';
import { readoutColumns, sqliteColumnValues } from './columns';
import { sqliteDecisionStore } from './decisions-sqlite';
import { readoutFacets } from './facets';
import { resetRequired, sqliteTombstoneCollector } from './gc';
import { HISTORY_KEEP, historyEntry, logRows } from './mutation-log';
import { type PushPlan, planPush, touchedIds } from './plan-push';
import { currentState, currentStateJson, readoutOfState, stderrLog } from './record-upgrade';
import { scheduleCheckpoints, WAL_BOUND_PAGES } from './sqlite-checkpoint';
import { Database } from './sqlite-driver';
import { rebuildSqliteFacets, sqliteFacetWriter } from './sqlite-facets';
import { type FtsMerger, ftsSegments, MERGE_AT_OPEN_SEGMENTS, sqliteFtsMerger } from './sqlite-fts-merge';
import { sqliteDataMigrations, sqliteMigrations } from './sqlite-migrations';
import { sqliteReaders } from './sqlite-readers';
import { prepareStatements, RECORD_PARAMS, UPSERT_ROWS } from './sqlite-statements';
import { upgradeSqliteRecords } from './sqlite-upgrade';
import { newTokenId } from './token-id';
import { ConflictError, type OpenOptions, type Storage, type StorageLog, type StoredRecord } from './types';

/** SQLite options: listings and stats in `readers` reader threads (default 0: on the main connection). */
export interface SqliteOptions extends OpenOptions {
  readers?: number;
  /** How a search is planned (query/text-plan.ts); tests compare the two. */
  textPlan?: TextPlan;
  /** Records written that call for fresh planner statistics (analyze.ts; tests set it low). */
  analyzeAfterRows?: number;
  /** The writer's own checkpoint threshold in pages (sqlite-checkpoint.ts; tests set it low or high). */
  walBoundPages?: number;
  /**
   * Merge a full-text index left in many segments in the background on open (sqlite-fts-merge.ts);
   * default: when there are reader threads (the server), whose maintenance thread then merges.
   */
  mergeOnOpen?: boolean;
}

interface RecordRow {
  rid: number;
  readout_id: string;
  seq: number;
  deleted: number;
  state: string;
}

const now = () => new Date().toISOString();

/** Runs a record upsert and notes the rowid of each record it wrote. */
function upsert(statement: BetterSqlite3.Statement, values: unknown[], rids: Map<string, number>): void {
  for (const row of statement.all(...values) as Array<{ rid: number; readout_id: string }>) {
    rids.set(row.readout_id, row.rid);
  }
}

/**
 * The records of a push whose log may now hold more than HISTORY_KEEP entries: those stored
 * before it, and a new one only when this push logs more than that for it (a record not stored has
 * no log: its rows go with it). Most of a bulk push is new captures, which then need no prune.
 */
function mayOverflowLog(plan: PushPlan, current: Map<string, StoredRecord>): string[] {
  const logged = new Map<string, number>();
  for (const { mutation } of plan.applied)
    logged.set(mutation.readoutId, (logged.get(mutation.readoutId) ?? 0) + 1);
  return plan.writes
    .map((w) => w.readoutId)
    .filter((id) => current.has(id) || (logged.get(id) ?? 0) > HISTORY_KEEP);
}

/**
 * Starts merging a full-text index left in many segments, not awaited: requests are answered
 * meanwhile, from the index as it is. Resolves when the merge ends (or fails: it is logged).
 */
function mergeOnOpen(
  db: BetterSqlite3.Database,
  merger: FtsMerger,
  options: SqliteOptions,
  signal: AbortSignal,
  log: StorageLog,
): Promise<void> {
  if (!(options.mergeOnOpen ?? (options.readers ?? 0) > 0)) return Promise.resolve();
  const segments = ftsSegments(db);
  if (segments < MERGE_AT_OPEN_SEGMENTS) return Promise.resolve();
  return merger.merge(signal).then(
    (steps) => log.info('full-text index merged after open', { segments, steps }),
    (error) => log.error('full-text index merge after open failed', { error: String(error) }),
  );
}

const appliedMigrations = (db: BetterSqlite3.Database): Set<number> =>
  new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);

/** Applies the pending schema steps, all in one transaction. */
function migrate(db: BetterSqlite3.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  db.transaction(() => {
    const done = appliedMigrations(db);
    for (const m of sqliteMigrations) {
      if (done.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, now());
    }
  }).immediate();
}

/**
 * Runs the pending data steps after the schema steps: one pass rewriting stale records, a batch per
 * transaction, then each step recorded. An interrupted pass is simply run again on the next open
 * (it rewrites only what is still stale); a recorded one never runs again.
 */
function migrateData(db: BetterSqlite3.Database, batchSize: number, log: StorageLog): void {
  const done = appliedMigrations(db);
  const pending = sqliteDataMigrations.filter((m) => !done.has(m.version));
  if (!pending.length) return;
  const counts = upgradeSqliteRecords(db, { batchSize, log });
  if (counts.upgraded > 0 || pending.some((m) => m.rebuildsFacets)) {
    // Derived data, rebuilt quietly: the upgrade pass reports what happened to the records.
    rebuildSqliteFacets(db, batchSize);
  }
  const record = db.prepare('INSERT OR IGNORE INTO schema_migrations VALUES (?, ?, ?)');
  for (const m of pending) record.run(m.version, m.name, now());
  if (counts.upgraded || counts.invalid)
    log.info('stored records migrated', { migrations: pending.map((m) => m.version), ...counts });
}

/**
 * Opens (creating if needed) `readouts.db` in `dataDir` and applies pending migrations: the schema
 * steps, then the data steps (stored records of an older readout schema version rewritten).
 * Durability: WAL with synchronous=FULL fsyncs the log on every commit, so an acknowledged push
 * survives a killed process and a power cut, and a torn transaction is never replayed.
 */
export function openSqliteStorage(dataDir: string, options: SqliteOptions = {}): Storage {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'readouts.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  // Listings read index and record pages at random: keep them in memory rather than in 2 MB.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 1073741824');
  // Checkpoints run after pushes, off their commit path (sqlite-checkpoint.ts); this is the bound.
  db.pragma(`wal_autocheckpoint = ${options.walBoundPages ?? WAL_BOUND_PAGES}`);
  // Pull hands out each state's stored bytes as UTF-8 JSON (see the pull statement).
  if (db.pragma('encoding', { simple: true }) !== 'UTF-8')
    throw new Error(`${dataDir}/readouts.db is not UTF-8 encoded`);
  try {
    migrate(db);
    migrateData(db, options.upgradeBatch ?? 500, options.log ?? stderrLog);
    // Statistics for tables that lack them or changed much, as SQLite advises on every open.
    db.pragma('optimize = 0x10002');
  } catch (error) {
    db.close();
    throw error;
  }

  const q = prepareStatements(db);
  const reads = sqliteReaders(db, path.join(dataDir, 'readouts.db'), options.readers ?? 0, options.textPlan);
  const merger = sqliteFtsMerger(db, path.join(dataDir, 'readouts.db'), (options.readers ?? 0) > 0);
  const log = options.log ?? stderrLog;
  const checkpoints = scheduleCheckpoints(() => merger.checkpoint(), merger.threaded, log);
  const opening = new AbortController();
  const openMerge = mergeOnOpen(db, merger, options, opening.signal, log);
  const tombstones = sqliteTombstoneCollector(db);
  const writeFacets = sqliteFacetWriter(db);

  // One stored copy: the readout is derived from the state, as the reducer derived it on write.
  const toRecord = (row: RecordRow): StoredRecord => {
    const state = JSON.parse(row.state) as unknown;
    return {
      readoutId: row.readout_id,
      seq: row.seq,
      deleted: row.deleted === 1,
      state: currentState(state),
      readout: row.deleted === 1 ? null : readoutOfState(state),
    };
  };

  const storage: Storage = {
    kind: 'sqlite',
    ...sqliteDecisionStore(db),
    async createUser(name) {
      try {
        const row = q.insertUser.get(name, now()) as { id: number; name: string; created_at: string };
        return { id: row.id, name: row.name, createdAt: row.created_at };
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new ConflictError(`user ${name} already exists`);
        }
        throw error;
      }
    },
    async findUser(name) {
      const row = q.findUser.get(name) as { id: number; name: string; created_at: string } | undefined;
      return row ? { id: row.id, name: row.name, createdAt: row.created_at } : null;
    },
    async addToken(userId, device, tokenHash) {
      const token = { id: newTokenId(), userId, device, createdAt: now(), revokedAt: null };
      q.insertToken.run(token.id, userId, device, tokenHash, token.createdAt);
      return token;
    },
    async listTokens(userId) {
      return (q.listTokens.all(userId) as Array<Record<string, string>>).map((r) => ({
        id: r.id!,
        userId,
        device: r.device!,
        createdAt: r.created_at!,
        revokedAt: r.revoked_at ?? null,
      }));
    },
    async revokeToken(id) {
      return q.revokeToken.run(now(), id).changes > 0;
    },
    async authenticate(tokenHash) {
      const row = q.auth.get(tokenHash) as { token_id: string; user_id: number; name: string } | undefined;
      return row ? { userId: row.user_id, userName: row.name, tokenId: row.token_id } : null;
    },
    async push(userId, clientId, mutations, reduce, tokenId, describe) {
      const outcome = db
        .transaction(() => {
          const last = (q.lastMutation.get(userId, clientId) as number | undefined) ?? 0;
          if (tokenId !== undefined) {
            const owner = q.clientToken.get(userId, clientId) as string | null | undefined;
            if (owner != null && owner !== tokenId) {
              return { applied: 0, skipped: 0, lastMutationId: last, gapExpected: null, clientTaken: true };
            }
          }
          const seq = q.userSeq.get(userId) as number;
          const current = new Map<string, StoredRecord>();
          for (const id of touchedIds(mutations, last)) {
            const row = q.record.get(userId, id) as RecordRow | undefined;
            if (row) current.set(id, toRecord(row));
          }
          const plan = planPush(mutations, last, seq, current, reduce);
          // Records are upserted several to a statement, and their search documents written after
          // them all: interleaving the FTS5 inserts with the record upserts makes the upserts about
          // twice as slow. Same transaction, same result.
          const search: Array<{ readoutId: string; document: string | null }> = [];
          const rids = new Map<string, number>();
          // When each record was written: a tombstone is collected a horizon after it (gc.ts).
          const writtenAt = now();
          let values: unknown[] = [];
          for (const { readoutId, seq: recordSeq, write } of plan.writes) {
            const cols = write.readout ? readoutColumns(write.readout) : null;
            values.push(
              userId,
              readoutId,
              recordSeq,
              cols ? 0 : 1,
              JSON.stringify(write.state),
              ...sqliteColumnValues(cols),
              writtenAt,
            );
            search.push({ readoutId, document: cols ? fts5Document(cols.searchTokens) : null });
            if (values.length === UPSERT_ROWS * RECORD_PARAMS) {
              upsert(q.upsertRecords, values, rids);
              values = [];
            }
          }
          for (let i = 0; i < values.length; i += RECORD_PARAMS) {
            upsert(q.upsertRecord, values.slice(i, i + RECORD_PARAMS), rids);
          }
          writeFacets(
            userId,
            plan.writes.map(({ readoutId, write }) => ({
              key: rids.get(readoutId)!,
              before: readoutFacets(current.get(readoutId)?.readout ?? null),
              after: readoutFacets(write.readout),
            })),
          );
          for (const { readoutId, document } of search) {
            const rid = rids.get(readoutId);
            if (rid === undefined) throw new Error(`no rowid returned for ${readoutId}`);
            // A record stored before may have a document; a new rowid never has one (the
            // tombstone collection removes a record's document with it).
            if (current.has(readoutId)) q.deleteFts.run(rid);
            if (document !== null) q.insertFts.run(rid, document);
          }
          const appliedAt = now();
          for (const row of logRows(plan, describe)) {
            q.insertLog.run(
              userId,
              row.readoutId,
              row.seq,
              clientId,
              tokenId ?? null,
              appliedAt,
              row.type,
              row.detail,
            );
          }
          for (const readoutId of mayOverflowLog(plan, current))
            q.pruneLog.run({ user: userId, id: readoutId });
          if (plan.outcome.applied > 0) {
            q.setUserSeq.run(plan.lastSeq, userId);
            q.setLastMutation.run(userId, clientId, plan.outcome.lastMutationId, now(), tokenId ?? null);
          }
          return plan.outcome;
        })
        .immediate();
      if (outcome.applied > 0) checkpoints.wrote();
      return outcome;
    },
    async clientIdsOfToken(userId, tokenId) {
      return db
        .prepare(
          'SELECT client_id FROM clients WHERE user_id = ? AND token_id = ? ORDER BY updated_at DESC, client_id',
        )
        .pluck()
        .all(userId, tokenId) as string[];
    },
    async lastMutationId(userId, clientId, tokenId) {
      if (tokenId !== undefined) {
        const owner = q.clientToken.get(userId, clientId) as string | null | undefined;
        if (owner != null && owner !== tokenId) return null;
      }
      return (q.lastMutation.get(userId, clientId) as number | undefined) ?? 0;
    },
    async changeHead(userId) {
      return (q.userSeq.get(userId) as number | undefined) ?? 0;
    },
    async collectTombstones(before) {
      return tombstones.collect(before);
    },
    async pull(userId, cursor, limit, seenCollected = 0) {
      const rows = q.pull.all(userId, cursor, limit + 1) as Array<{
        readout_id: string;
        seq: number;
        state: Buffer;
      }>;
      // Read after the page: a collection committed before the page was read is seen here.
      const collectedSeq = tombstones.collectedSeq(userId);
      if (resetRequired(cursor, seenCollected, collectedSeq))
        return { changes: [], cursor: 0, hasMore: true, resetRequired: true, collectedSeq };
      const page = rows.slice(0, limit);
      return {
        changes: page.map((r) => ({
          readoutId: r.readout_id,
          seq: r.seq,
          stateJson: currentStateJson(r.state),
        })),
        cursor: page.at(-1)?.seq ?? cursor,
        hasMore: rows.length > limit,
        collectedSeq,
      };
    },
    listReadouts: (userId, query) => reads.listReadouts(userId, query),
    async history(userId, readoutId, limit) {
      return (q.history.all(userId, readoutId, limit) as Parameters<typeof historyEntry>[0][]).map(
        historyEntry,
      );
    },
    async getRecord(userId, readoutId) {
      const row = q.record.get(userId, readoutId) as RecordRow | undefined;
      return row ? toRecord(row) : null;
    },
    stats: (userId) => reads.stats(userId),
    async optimize() {
      db.exec("ANALYZE; INSERT INTO records_fts (records_fts) VALUES ('optimize')");
    },
    async close() {
      opening.abort();
      await openMerge;
      await reads.close();
      await checkpoints.stop();
      await merger.close();
      db.pragma('optimize');
      db.close();
    },
  };
  // Sampled: a full ANALYZE of a big collection would hold up the pushes behind it. The bulk
  // writes that call for it also left the full-text index in many segments (sqlite-fts-merge.ts).
  const refresh = async (signal: AbortSignal) => {
    db.exec('PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA analysis_limit = 0');
    await merger.merge(signal);
  };
  return analyzedAfterWrites(storage, refresh, {
    log,
    ...(options.analyzeAfterRows ? { afterRows: options.analyzeAfterRows } : {}),
  });
}
