// Tombstone collection on both backends: deleted records written before a cutoff are removed with
// their history, and each user's `collected_seq` remembers the latest change sequence removed, so
// a pull from a cursor before it answers `resetRequired` instead of silently missing the delete.
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';

/** What one collection removed. */
export interface CollectedTombstones {
  /** Tombstones removed. */
  records: number;
  /** Users who had any. */
  users: number;
}

/** Tombstones removed per transaction, so pushes never wait long behind a collection. */
const BATCH = 1000;

/**
 * Whether a pull from `cursor` may have missed deletes: tombstones were collected since the cursor
 * was issued (`seenCollected`, the user's `collected_seq` then, travels in the cursor), and they
 * may lie after it. From the start (0) nothing can be missed; nor can a full pull in progress
 * whose cursors lie before tombstones collected before it began.
 */
export const resetRequired = (cursor: number, seenCollected: number, collectedSeq: number): boolean =>
  cursor > 0 && cursor < collectedSeq && seenCollected < collectedSeq;

/**
 * SQLite: removes every tombstone written before `before` (ISO time). Each batch is one immediate
 * transaction, which a push never interleaves with. Tombstones hold no facet rows and no search
 * document (the push that deleted them removed both); their mutation log goes with them.
 */
export function sqliteTombstoneCollector(db: BetterSqlite3.Database) {
  const users = db
    .prepare('SELECT DISTINCT user_id FROM records WHERE deleted = 1 AND changed_at < ?')
    .pluck();
  const old = db.prepare(
    'SELECT rid, readout_id, seq FROM records WHERE user_id = ? AND deleted = 1 AND changed_at < ? LIMIT ?',
  );
  const dropLog = db.prepare('DELETE FROM mutation_log WHERE user_id = ? AND readout_id = ?');
  const dropFts = db.prepare('DELETE FROM records_fts WHERE rowid = ?');
  const dropRecord = db.prepare('DELETE FROM records WHERE rid = ?');
  const raise = db.prepare('UPDATE users SET collected_seq = max(collected_seq, ?) WHERE id = ?');
  const collected = db.prepare('SELECT collected_seq FROM users WHERE id = ?').pluck();

  const batch = db.transaction((userId: number, before: string): number => {
    const rows = old.all(userId, before, BATCH) as Array<{ rid: number; readout_id: string; seq: number }>;
    let latest = 0;
    for (const row of rows) {
      dropLog.run(userId, row.readout_id);
      dropFts.run(row.rid);
      dropRecord.run(row.rid);
      latest = Math.max(latest, row.seq);
    }
    if (rows.length) raise.run(latest, userId);
    return rows.length;
  });

  return {
    collect(before: string): CollectedTombstones {
      const counts: CollectedTombstones = { records: 0, users: 0 };
      for (const userId of users.all(before) as number[]) {
        counts.users++;
        for (let n = BATCH; n === BATCH; ) {
          n = batch.immediate(userId, before);
          counts.records += n;
        }
      }
      return counts;
    },
    /** The latest change sequence collected for the user (0: none). */
    collectedSeq: (userId: number): number => (collected.get(userId) as number | undefined) ?? 0,
  };
}

/**
 * PostgreSQL: the same, a transaction per batch of one user's tombstones. Each locks the user row
 * first, as a push does, so the two never deadlock and a push reviving a tombstone meanwhile
 * either commits first (the record is no longer an old tombstone) or waits for the batch.
 */
export async function collectPgTombstones(pool: pg.Pool, before: string): Promise<CollectedTombstones> {
  const counts: CollectedTombstones = { records: 0, users: 0 };
  const { rows: users } = await pool.query(
    'SELECT DISTINCT user_id FROM records WHERE deleted AND changed_at < $1',
    [before],
  );
  for (const { user_id: userId } of users as Array<{ user_id: number }>) {
    counts.users++;
    for (let n = BATCH; n === BATCH; ) {
      n = await collectPgBatch(pool, userId, before);
      counts.records += n;
    }
  }
  return counts;
}

async function collectPgBatch(pool: pg.Pool, userId: number, before: string): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
    const { rows } = await c.query(
      `DELETE FROM records WHERE user_id = $1 AND readout_id IN (
         SELECT readout_id FROM records WHERE user_id = $1 AND deleted AND changed_at < $2 LIMIT ${BATCH})
       RETURNING readout_id, seq`,
      [userId, before],
    );
    if (rows.length) {
      await c.query('DELETE FROM mutation_log WHERE user_id = $1 AND readout_id = ANY($2)', [
        userId,
        rows.map((r) => r.readout_id),
      ]);
      await c.query('UPDATE users SET collected_seq = GREATEST(collected_seq, $2) WHERE id = $1', [
        userId,
        Math.max(...rows.map((r) => r.seq as number)),
      ]);
    }
    await c.query('COMMIT');
    return rows.length;
  } catch (error) {
    await c.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    c.release();
  }
}

/** The latest change sequence collected for a PostgreSQL user (0: none). */
export async function pgCollectedSeq(pool: pg.Pool, userId: number): Promise<number> {
  const { rows } = await pool.query('SELECT collected_seq FROM users WHERE id = $1', [userId]);
  return (rows[0]?.collected_seq as number | undefined) ?? 0;
}
