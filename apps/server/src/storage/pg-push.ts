// The PostgreSQL side of a push: lock the user, load the touched records, plan, and write every
// touched record in one statement; the caller wraps it in a transaction.
import type pg from 'pg';
import { tsvectorLiteral } from '../search/dialects';
import { readoutColumns } from './columns';
import { planPush, touchedIds } from './plan-push';
import type { MutationRef, PushOutcome, Reducer, StoredRecord } from './types';

const now = () => new Date().toISOString();

/** Maps a `records` row to a stored record. */
export function toRecord(row: Record<string, unknown>): StoredRecord {
  return {
    readoutId: row.readout_id as string,
    seq: row.seq as number,
    deleted: row.deleted as boolean,
    state: row.state,
    readout: (row.readout as StoredRecord['readout']) ?? null,
  };
}

/** Applies a batch inside the open transaction of `c` (see `Storage.push`). */
export async function pushBatch<M extends MutationRef>(
  c: pg.PoolClient,
  userId: number,
  clientId: string,
  mutations: M[],
  reduce: Reducer<M>,
): Promise<PushOutcome> {
  // The row lock serialises a user's pushes across all server processes, so sequence numbers
  // become visible in the order they were given and a pull never skips a late commit.
  const seqRow = await c.query('SELECT change_seq FROM users WHERE id = $1 FOR UPDATE', [userId]);
  const seq = seqRow.rows[0].change_seq as number;
  const lastRow = await c.query(
    'SELECT last_mutation_id FROM clients WHERE user_id = $1 AND client_id = $2',
    [userId, clientId],
  );
  const last = (lastRow.rows[0]?.last_mutation_id as number | undefined) ?? 0;
  const ids = touchedIds(mutations, last);
  const current = new Map<string, StoredRecord>();
  if (ids.length) {
    const { rows } = await c.query(
      'SELECT readout_id, seq, deleted, state, readout FROM records WHERE user_id = $1 AND readout_id = ANY($2)',
      [userId, ids],
    );
    for (const row of rows) current.set(row.readout_id, toRecord(row));
  }
  const plan = planPush(mutations, last, seq, current, reduce);
  if (plan.writes.length) {
    const cols = plan.writes.map((w) => (w.write.readout ? readoutColumns(w.write.readout) : null));
    await c.query(
      `INSERT INTO records (user_id, readout_id, seq, deleted, state, readout, title, lang, format, date, captured_at,
           countries, participants, topics, tags, starred, search)
         SELECT $1::bigint, * FROM unnest($2::text[], $3::bigint[], $4::boolean[], $5::json[], $6::json[], $7::text[], $8::text[],
           $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::boolean[], $17::tsvector[])
         ON CONFLICT (user_id, readout_id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted,
           state = excluded.state, readout = excluded.readout, title = excluded.title, lang = excluded.lang,
           format = excluded.format, date = excluded.date, captured_at = excluded.captured_at,
           countries = excluded.countries, participants = excluded.participants, topics = excluded.topics,
           tags = excluded.tags, starred = excluded.starred, search = excluded.search`,
      [
        userId,
        plan.writes.map((w) => w.readoutId),
        plan.writes.map((w) => w.seq),
        cols.map((col) => col === null),
        plan.writes.map((w) => JSON.stringify(w.write.state)),
        plan.writes.map((w) => (w.write.readout ? JSON.stringify(w.write.readout) : null)),
        cols.map((col) => col?.title ?? ''),
        cols.map((col) => col?.lang ?? null),
        cols.map((col) => col?.format ?? null),
        cols.map((col) => col?.date ?? ''),
        cols.map((col) => col?.capturedAt ?? ''),
        cols.map((col) => col?.countries ?? ''),
        cols.map((col) => col?.participants ?? ''),
        cols.map((col) => col?.topics ?? ''),
        cols.map((col) => col?.tags ?? ''),
        cols.map((col) => col?.starred ?? false),
        cols.map((col) => (col ? tsvectorLiteral(col.searchTokens) : null)),
      ],
    );
  }
  if (plan.outcome.applied > 0) {
    await c.query('UPDATE users SET change_seq = $1 WHERE id = $2', [plan.lastSeq, userId]);
    await c.query(
      `INSERT INTO clients (user_id, client_id, last_mutation_id, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at`,
      [userId, clientId, plan.outcome.lastMutationId, now()],
    );
  }
  return plan.outcome;
}
