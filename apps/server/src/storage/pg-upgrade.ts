// The PostgreSQL side of the start-up data migration: stored records of an older readout schema
// version rewritten at the current one, a batch per transaction, walking the primary key once.
import { type RecordState, SCHEMA_VERSION } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import type pg from 'pg';
import { withoutSurrogateEscapes } from './pg-json';
import { readoutOfState } from './pg-readout';
import { writeRecords } from './pg-records';
import type { PushPlan } from './plan-push';
import { type StoredUpgrade, type UpgradeCounts, upgradeStored } from './record-upgrade';
import type { StorageLog } from './types';

/** Runs `work` in a transaction on `c`, rolling back when it fails. */
export async function inClientTransaction<T>(
  c: pg.PoolClient,
  work: (c: pg.PoolClient) => Promise<T>,
): Promise<T> {
  await c.query('BEGIN');
  try {
    const result = await work(c);
    await c.query('COMMIT');
    return result;
  } catch (error) {
    await c.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * The next window of records after ($1, $2) in primary-key order, $3 of them: a walk of the primary
 * key that stops after one window. (Filtering on the JSON here instead lets the planner guess few
 * matches and sort every remaining record for each batch.)
 */
const WINDOW = `SELECT user_id, readout_id FROM records WHERE (user_id, readout_id) > ($1::bigint, $2::text)
  ORDER BY user_id, readout_id LIMIT $3`;

// Lone surrogate escapes would make the operators fail for the whole window (see pg-json.ts).
const STATE = withoutSurrogateEscapes('r.state');

/**
 * The records of a window ($1 user ids, $2 readout ids) whose state content is not at schema
 * version $3, locked: a push by a server still on the older release waits for the batch instead
 * of being overwritten by it. The state alone: on an old database migration 11 has dropped the
 * readout column before this step runs. (A json column always holds valid JSON.)
 */
const STALE_IN_WINDOW = `SELECT r.user_id, r.readout_id, r.seq, r.deleted, r.state
  FROM records r JOIN unnest($1::bigint[], $2::text[]) AS w(user_id, readout_id)
    ON r.user_id = w.user_id AND r.readout_id = w.readout_id COLLATE "C"
  WHERE json_typeof(${STATE}->'content') = 'object' AND (${STATE}->'content'->>'schemaVersion') IS DISTINCT FROM $3::text
  ORDER BY r.user_id, r.readout_id FOR UPDATE OF r`;

/**
 * The readout a stale state implies at its own schema version, for `upgradeStored` to validate;
 * undefined when the state is too malformed to materialise (reported as not migrated).
 */
function staleReadout(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  if (typeof (state as { content?: unknown }).content !== 'object') return null;
  try {
    return materialize(state as RecordState);
  } catch {
    return undefined;
  }
}

/**
 * What the data migration makes of a stored state: validated and upgraded as `upgradeStored` does
 * state and readout, the readout being the one the stale state implies; the write's readout is
 * then derived from the upgraded state, as every read derives it.
 */
function upgradeState(state: unknown, deleted: boolean): StoredUpgrade {
  const readout = deleted ? null : staleReadout(state);
  if (readout === undefined) return { kind: 'invalid', reason: 'the state does not materialise' };
  const result = upgradeStored(state, readout);
  if (result.kind !== 'upgraded') return result;
  return {
    kind: 'upgraded',
    write: { state: result.write.state, readout: deleted ? null : readoutOfState(result.write.state) },
  };
}

/** Deadlock and serialisation failures: a batch that lost to a concurrent push is simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

interface Batch {
  /** Records in the window, stale or not. */
  rows: number;
  last: [number, string] | null;
  upgraded: number;
  invalid: Array<{ userId: number; readoutId: string; reason: string }>;
}

/** Migrates the stale records of the window after `after`, inside the open transaction of `c`. */
async function upgradeBatch(c: pg.PoolClient, after: [number, string], batchSize: number): Promise<Batch> {
  const window = (await c.query(WINDOW, [...after, batchSize])).rows;
  const batch: Batch = { rows: window.length, last: null, upgraded: 0, invalid: [] };
  const last = window.at(-1);
  if (!last) return batch;
  batch.last = [last.user_id, last.readout_id];
  const { rows } = await c.query(STALE_IN_WINDOW, [
    window.map((r) => r.user_id),
    window.map((r) => r.readout_id),
    String(SCHEMA_VERSION),
  ]);
  const writes = new Map<number, PushPlan['writes']>();
  for (const row of rows) {
    const result = upgradeState(row.state, row.deleted);
    if (result.kind === 'invalid') {
      batch.invalid.push({ userId: row.user_id, readoutId: row.readout_id, reason: result.reason });
    } else if (result.kind === 'upgraded') {
      batch.upgraded++;
      const userWrites = writes.get(row.user_id) ?? [];
      userWrites.push({ readoutId: row.readout_id, seq: row.seq, write: result.write });
      writes.set(row.user_id, userWrites);
    }
  }
  for (const [userId, userWrites] of writes) await writeRecords(c, userId, userWrites);
  return batch;
}

/**
 * Rewrites every stale record at the current schema version with its columns and search vector
 * derived again, as a push would write it but keeping its change sequence (the content means the
 * same, so devices need not pull it again). Each window of `batchSize` records is one transaction
 * on `c`; a record that cannot be migrated is logged and left as it is.
 */
export async function upgradePgRecords(
  c: pg.PoolClient,
  options: { batchSize: number; log: StorageLog },
): Promise<UpgradeCounts> {
  const counts: UpgradeCounts = { upgraded: 0, invalid: 0 };
  let after: [number, string] = [0, ''];
  for (;;) {
    let batch: Batch | undefined;
    for (let attempt = 1; !batch; attempt++) {
      try {
        batch = await inClientTransaction(c, (tx) => upgradeBatch(tx, after, options.batchSize));
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
    counts.upgraded += batch.upgraded;
    counts.invalid += batch.invalid.length;
    for (const record of batch.invalid) options.log.error('record not migrated, kept as it is', record);
    if (batch.last) after = batch.last;
    if (batch.rows < options.batchSize) return counts;
  }
}
