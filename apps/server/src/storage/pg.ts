// PostgreSQL backend (pg): the same tables as SQLite, a tsvector + GIN index for full text, and a
// per-user change sequence that stays gap-free in commit order because each push locks its user row.
import pg from 'pg';
import type { TextPlan } from '../query/text-plan';
import { analyzedAfterWrites } from './analyze';
import { pgDecisionStore } from './decisions-pg';
import { collectPgTombstones, pgCollectedSeq, resetRequired } from './gc';
import { historyEntry } from './mutation-log';
import { rebuildPgFacets } from './pg-facets';
import { listPgReadouts } from './pg-listing';
import { pgDataMigrations, pgMigrations } from './pg-migrations';
import { pushBatch, toRecord } from './pg-push';
import { inClientTransaction, upgradePgRecords } from './pg-upgrade';
import { currentStateJson, stderrLog } from './record-upgrade';
import { statsFrom } from './results';
import { newTokenId } from './token-id';
import { ConflictError, type OpenOptions, type Storage } from './types';

/** bigint (int8) columns as numbers: ids and sequences stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The same, with json (oid 114) columns left as their text. Pull reads states this way rather
 * than as `state::text`: the cast detoasts every row the scan passes before the sort and limit
 * (a page from cursor 0 read all of a user's states), the plain column only the rows returned.
 */
const JSON_OID = 114;
const rawJsonTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === JSON_OID
      ? (value: string) => value
      : types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const now = () => new Date().toISOString();
const MIGRATION_LOCK = 0x7265_6164;

export interface PgOptions extends OpenOptions {
  /** Keep all tables in this schema (created if missing); tests use one schema each. */
  schema?: string;
  poolSize?: number;
  /** How a search is planned (query/text-plan.ts); tests compare the two. */
  textPlan?: TextPlan;
  /** Records written that call for fresh planner statistics (analyze.ts; tests set it low). */
  analyzeAfterRows?: number;
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await inClientTransaction(client, work);
  } finally {
    client.release();
  }
}

const appliedMigrations = async (c: pg.PoolClient): Promise<Set<number>> =>
  new Set((await c.query('SELECT version FROM schema_migrations')).rows.map((r) => r.version as number));

/**
 * Applies the pending schema steps (one transaction), then the pending data steps: one pass
 * rewriting stale records, a transaction per batch, then each step recorded. A session advisory
 * lock held across both lets several servers start at once: the others wait, then find nothing
 * to do. An interrupted pass simply runs again on the next start (it rewrites only what is still
 * stale); a recorded one never runs again.
 */
async function migrate(
  pool: pg.Pool,
  schema: string | undefined,
  options: { batchSize: number; log: NonNullable<OpenOptions['log']> },
): Promise<void> {
  const client = await pool.connect();
  let failed = false;
  try {
    // Older releases take the same key as a transaction lock; the two exclude each other.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await inClientTransaction(client, async (c) => {
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await c.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const done = await appliedMigrations(c);
      for (const m of pgMigrations) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, now()]);
      }
    });
    const done = await appliedMigrations(client);
    const pending = pgDataMigrations.filter((m) => !done.has(m.version));
    if (pending.length) {
      const counts = await upgradePgRecords(client, options);
      if (counts.upgraded > 0 || pending.some((m) => m.rebuildsFacets)) {
        // Derived data, rebuilt quietly: the upgrade pass reports what happened to the records.
        await rebuildPgFacets(client, options.batchSize, inClientTransaction);
      }
      for (const m of pending) {
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          m.version,
          m.name,
          now(),
        ]);
      }
      if (counts.upgraded || counts.invalid)
        options.log.info('stored records migrated', { migrations: pending.map((m) => m.version), ...counts });
    }
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A failed client is dropped rather than pooled: its session lock goes with it.
    client.release(failed);
  }
}

/** Connects to PostgreSQL at `url` and applies pending migrations (schema steps, then data steps). */
export async function openPgStorage(url: string, options: PgOptions = {}): Promise<Storage> {
  if (options.schema && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error('invalid schema name');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on('error', () => {});
  try {
    await migrate(pool, options.schema, {
      batchSize: options.upgradeBatch ?? 500,
      log: options.log ?? stderrLog,
    });
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  const storage: Storage = {
    kind: 'postgres',
    ...pgDecisionStore(pool),
    async createUser(name) {
      try {
        const { rows } = await pool.query(
          'INSERT INTO users (name, created_at) VALUES ($1, $2) RETURNING id, created_at',
          [name, now()],
        );
        return { id: rows[0].id, name, createdAt: rows[0].created_at };
      } catch (error) {
        if ((error as { code?: string }).code === '23505')
          throw new ConflictError(`user ${name} already exists`);
        throw error;
      }
    },
    async findUser(name) {
      const { rows } = await pool.query('SELECT id, name, created_at FROM users WHERE name = $1', [name]);
      return rows[0] ? { id: rows[0].id, name: rows[0].name, createdAt: rows[0].created_at } : null;
    },
    async addToken(userId, device, tokenHash) {
      const token = { id: newTokenId(), userId, device, createdAt: now(), revokedAt: null };
      await pool.query(
        'INSERT INTO tokens (id, user_id, device, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
        [token.id, userId, device, tokenHash, token.createdAt],
      );
      return token;
    },
    async listTokens(userId) {
      const { rows } = await pool.query('SELECT * FROM tokens WHERE user_id = $1 ORDER BY created_at, id', [
        userId,
      ]);
      return rows.map((r) => ({
        id: r.id,
        userId,
        device: r.device,
        createdAt: r.created_at,
        revokedAt: r.revoked_at,
      }));
    },
    async revokeToken(id) {
      const result = await pool.query(
        'UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
        [now(), id],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async authenticate(tokenHash) {
      const { rows } = await pool.query(
        'SELECT t.id AS token_id, u.id AS user_id, u.name FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL',
        [tokenHash],
      );
      return rows[0] ? { userId: rows[0].user_id, userName: rows[0].name, tokenId: rows[0].token_id } : null;
    },
    async push(userId, clientId, mutations, reduce, tokenId, describe) {
      return inTransaction(pool, (c) => pushBatch(c, userId, clientId, mutations, reduce, tokenId, describe));
    },
    async history(userId, readoutId, limit) {
      const { rows } = await pool.query(
        `SELECT l.seq, l.applied_at, l.client_id, t.device, l.type, l.detail
         FROM mutation_log l LEFT JOIN tokens t ON t.id = l.token_id
         WHERE l.user_id = $1 AND l.readout_id = $2 ORDER BY l.id DESC LIMIT $3`,
        [userId, readoutId, limit],
      );
      return rows.map(historyEntry);
    },
    async clientIdsOfToken(userId, tokenId) {
      const { rows } = await pool.query(
        'SELECT client_id FROM clients WHERE user_id = $1 AND token_id = $2 ORDER BY updated_at DESC, client_id',
        [userId, tokenId],
      );
      return rows.map((r) => r.client_id as string);
    },
    async lastMutationId(userId, clientId, tokenId) {
      const { rows } = await pool.query(
        'SELECT last_mutation_id, token_id FROM clients WHERE user_id = $1 AND client_id = $2',
        [userId, clientId],
      );
      const owner = rows[0]?.token_id as string | null | undefined;
      if (tokenId !== undefined && owner != null && owner !== tokenId) return null;
      return (rows[0]?.last_mutation_id as number | undefined) ?? 0;
    },
    async changeHead(userId) {
      const { rows } = await pool.query('SELECT change_seq FROM users WHERE id = $1', [userId]);
      return (rows[0]?.change_seq as number | undefined) ?? 0;
    },
    async collectTombstones(before) {
      return collectPgTombstones(pool, before);
    },
    async pull(userId, cursor, limit, seenCollected = 0) {
      const { rows } = await pool.query({
        text: 'SELECT readout_id, seq, state FROM records WHERE user_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        values: [userId, cursor, limit + 1],
        types: rawJsonTypes,
      });
      // Read after the page: a collection committed before the page was read is seen here.
      const collectedSeq = await pgCollectedSeq(pool, userId);
      if (resetRequired(cursor, seenCollected, collectedSeq))
        return { changes: [], cursor: 0, hasMore: true, resetRequired: true, collectedSeq };
      const page = rows.slice(0, limit);
      return {
        changes: page.map((r) => ({
          readoutId: r.readout_id,
          seq: r.seq,
          stateJson: currentStateJson(Buffer.from(r.state as string)),
        })),
        cursor: page.at(-1)?.seq ?? cursor,
        hasMore: rows.length > limit,
        collectedSeq,
      };
    },
    listReadouts: (userId, query) => listPgReadouts(pool, userId, query, options.textPlan),
    async getRecord(userId, readoutId) {
      const { rows } = await pool.query(
        'SELECT readout_id, seq, deleted, state FROM records WHERE user_id = $1 AND readout_id = $2',
        [userId, readoutId],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async stats(userId) {
      const { rows } = await pool.query(
        `SELECT kind, value, n FROM facet_values
         WHERE user_id = $1 AND kind IN ('countries', 'counterparts', 'year', 'format') AND n > 0`,
        [userId],
      );
      return statsFrom(rows);
    },
    async optimize() {
      // Also merges the GIN pending list, which every search scans linearly until vacuumed.
      await pool.query('VACUUM (ANALYZE) records');
    },
    async close() {
      await pool.end();
    },
  };
  // After the migrations too: their data steps write every record and rebuild the facet tables.
  const refresh = async () => {
    await pool.query('ANALYZE records, record_facets, facet_values');
  };
  await refresh();
  return analyzedAfterWrites(storage, refresh, {
    log: options.log ?? stderrLog,
    ...(options.analyzeAfterRows ? { afterRows: options.analyzeAfterRows } : {}),
  });
}
