// The PostgreSQL side of a push: lock the user, load the touched records, plan, and upsert the
// touched records a chunk to a statement; the caller wraps it in a transaction.
import type pg from 'pg';
import { tsvectorLiteral } from '../search/dialects';
import { readoutColumns } from './columns';
import { readoutFacets } from './facets';
import { HISTORY_KEEP, logRows } from './mutation-log';
import { writePgFacets } from './pg-facets';
import { readoutOfState } from './pg-readout';
import { type PushPlan, planPush, touchedIds } from './plan-push';
import { currentState } from './record-upgrade';
import type { MutationDescriber, MutationRef, PushOutcome, Reducer, StoredRecord } from './types';

const now = () => new Date().toISOString();

/** Maps a `records` row to a stored record, at the current schema version, its readout derived from its state. */
export function toRecord(row: Record<string, unknown>): StoredRecord {
  const state = currentState(row.state);
  return {
    readoutId: row.readout_id as string,
    seq: row.seq as number,
    deleted: row.deleted as boolean,
    state,
    readout: row.deleted ? null : readoutOfState(state),
  };
}

/** Applies a batch inside the open transaction of `c` (see `Storage.push`). */
export async function pushBatch<M extends MutationRef>(
  c: pg.PoolClient,
  userId: number,
  clientId: string,
  mutations: M[],
  reduce: Reducer<M>,
  tokenId?: string,
  describe?: MutationDescriber<M>,
): Promise<PushOutcome> {
  // The row lock serialises a user's pushes across all server processes, so sequence numbers
  // become visible in the order they were given and a pull never skips a late commit.
  const seqRow = await c.query('SELECT change_seq FROM users WHERE id = $1 FOR UPDATE', [userId]);
  const seq = seqRow.rows[0].change_seq as number;
  const lastRow = await c.query(
    'SELECT last_mutation_id, token_id FROM clients WHERE user_id = $1 AND client_id = $2',
    [userId, clientId],
  );
  const last = (lastRow.rows[0]?.last_mutation_id as number | undefined) ?? 0;
  const owner = lastRow.rows[0]?.token_id as string | null | undefined;
  if (tokenId !== undefined && owner != null && owner !== tokenId) {
    return { applied: 0, skipped: 0, lastMutationId: last, gapExpected: null, clientTaken: true };
  }
  const ids = touchedIds(mutations, last);
  const current = new Map<string, StoredRecord>();
  if (ids.length) {
    const { rows } = await c.query(
      'SELECT readout_id, seq, deleted, state FROM records WHERE user_id = $1 AND readout_id = ANY($2)',
      [userId, ids],
    );
    for (const row of rows) current.set(row.readout_id, toRecord(row));
  }
  const plan = planPush(mutations, last, seq, current, reduce);
  if (plan.writes.length) {
    await writeRecords(c, userId, plan.writes);
    await writePgFacets(
      c,
      userId,
      plan.writes.map(({ readoutId, write }) => ({
        key: readoutId,
        before: readoutFacets(current.get(readoutId)?.readout ?? null),
        after: readoutFacets(write.readout),
      })),
    );
  }
  if (plan.applied.length) await logMutations(c, userId, clientId, tokenId ?? null, plan, describe);
  if (plan.outcome.applied > 0) {
    await c.query('UPDATE users SET change_seq = $1 WHERE id = $2', [plan.lastSeq, userId]);
    await c.query(
      `INSERT INTO clients (user_id, client_id, last_mutation_id, updated_at, token_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at,
           token_id = COALESCE(clients.token_id, excluded.token_id)`,
      [userId, clientId, plan.outcome.lastMutationId, now(), tokenId ?? null],
    );
  }
  return plan.outcome;
}

/** Logs a plan's applied mutations and cuts each touched record's log to its newest entries. */
async function logMutations<M extends MutationRef>(
  c: pg.PoolClient,
  userId: number,
  clientId: string,
  tokenId: string | null,
  plan: PushPlan<M>,
  describe: MutationDescriber<M> | undefined,
): Promise<void> {
  const rows = logRows(plan, describe);
  await c.query(
    `INSERT INTO mutation_log (user_id, readout_id, seq, client_id, token_id, applied_at, type, detail)
     SELECT $1, r.readout_id, r.seq::bigint, $2, $3, $4, r.type, r.detail
     FROM ROWS FROM (json_array_elements_text($5::json), json_array_elements_text($6::json),
       json_array_elements_text($7::json), json_array_elements_text($8::json)) AS r(readout_id, seq, type, detail)`,
    [
      userId,
      clientId,
      tokenId,
      now(),
      textArray(rows.map((r) => r.readoutId)),
      JSON.stringify(rows.map((r) => String(r.seq))),
      textArray(rows.map((r) => r.type)),
      JSON.stringify(rows.map((r) => r.detail)),
    ],
  );
  await c.query(
    `DELETE FROM mutation_log m USING (
       SELECT t.readout_id, (SELECT l.id FROM mutation_log l WHERE l.user_id = $1 AND l.readout_id = t.readout_id
         ORDER BY l.id DESC OFFSET ${HISTORY_KEEP} LIMIT 1) AS cut
       FROM unnest($2::text[]) AS t(readout_id)) k
     WHERE m.user_id = $1 AND m.readout_id = k.readout_id AND m.id <= k.cut`,
    [userId, plan.writes.map((w) => w.readoutId)],
  );
}

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A JSON array of text values. A lone surrogate becomes U+FFFD, as the driver's UTF-8 encoding of
 * a text parameter makes it (`json_array_elements_text` would refuse its `\ud800` escape).
 */
function textArray(values: Array<string | null>): string {
  const json = JSON.stringify(values);
  if (!json.includes('\\ud')) return json;
  return JSON.stringify(values.map((v) => v?.replace(LONE_SURROGATE, '\ufffd') ?? v));
}

/** A JSON array of JSON texts, spliced as they are (no escaping: each is already JSON). */
const jsonArray = (texts: Array<string | null>): string => `[${texts.map((t) => t ?? 'null').join(',')}]`;

/** Records per upsert statement: small enough that building one overlaps the database writing the last. */
const WRITE_CHUNK = 100;

/**
 * Upserts a user's records (a push's touched ones, or the data migration's), a statement per chunk of them. Building a chunk's rows (columns,
 * search vector, JSON) takes about as long as the database takes to write them, so the next chunk
 * is built while the database writes the last one; statements still run one at a time, in order,
 * inside the caller's transaction, and any failure fails the push.
 */
export async function writeRecords(
  c: pg.PoolClient,
  userId: number,
  writes: PushPlan['writes'],
): Promise<void> {
  let writing: Promise<unknown> | null = null;
  for (let i = 0; i < writes.length; i += WRITE_CHUNK) {
    let params: unknown[];
    try {
      params = upsertParams(userId, writes.slice(i, i + WRITE_CHUNK));
    } catch (error) {
      // Let the statement in flight finish before the caller rolls back.
      await writing?.catch(() => {});
      throw error;
    }
    if (writing) await writing;
    writing = c.query(UPSERT_RECORDS, params);
  }
  await writing;
}

/** Upserts records given by `upsertParams`, each column a JSON array. */
const UPSERT_RECORDS = `INSERT INTO records (user_id, readout_id, seq, deleted, state, title, lang, format, date, captured_at,
         countries, participants, topics, tags, starred, search, changed_at)
       SELECT $1::bigint, r.readout_id, r.seq::bigint, r.deleted::boolean, r.state,
         r.title, r.lang, r.format, r.date, r.captured_at, r.countries, r.participants, r.topics, r.tags, r.starred::boolean,
         r.search::tsvector, $17::text
       FROM ROWS FROM (json_array_elements_text($2::json), json_array_elements_text($3::json),
         json_array_elements_text($4::json), json_array_elements($5::json),
         json_array_elements_text($6::json), json_array_elements_text($7::json), json_array_elements_text($8::json),
         json_array_elements_text($9::json), json_array_elements_text($10::json), json_array_elements_text($11::json),
         json_array_elements_text($12::json), json_array_elements_text($13::json), json_array_elements_text($14::json),
         json_array_elements_text($15::json), json_array_elements_text($16::json))
         AS r(readout_id, seq, deleted, state, title, lang, format, date, captured_at, countries, participants,
           topics, tags, starred, search)
       ON CONFLICT (user_id, readout_id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted,
         state = excluded.state, title = excluded.title, lang = excluded.lang,
         format = excluded.format, date = excluded.date, captured_at = excluded.captured_at,
         countries = excluded.countries, participants = excluded.participants, topics = excluded.topics,
         tags = excluded.tags, starred = excluded.starred, search = excluded.search,
         changed_at = excluded.changed_at`;

/**
 * The parameters of `UPSERT_RECORDS` for some records. Each column travels as one JSON array
 * (`ROWS FROM` zips them back into rows): the state documents are spliced into it as they are,
 * where a text[] parameter would escape every quote in them and PostgreSQL would unescape it.
 */
function upsertParams(userId: number, writes: PushPlan['writes']): unknown[] {
  const n = writes.length;
  const ids: string[] = new Array(n);
  const seqs: number[] = new Array(n);
  const deleted: boolean[] = new Array(n);
  const states: string[] = new Array(n);
  const text = Array.from({ length: 9 }, () => new Array<string | null>(n));
  const starred: boolean[] = new Array(n);
  const search: Array<string | null> = new Array(n);
  for (let i = 0; i < n; i++) {
    const { readoutId, seq, write } = writes[i]!;
    const cols = write.readout ? readoutColumns(write.readout) : null;
    ids[i] = readoutId;
    seqs[i] = seq;
    deleted[i] = cols === null;
    states[i] = JSON.stringify(write.state);
    text[0]![i] = cols?.title ?? '';
    text[1]![i] = cols?.lang ?? null;
    text[2]![i] = cols?.format ?? null;
    text[3]![i] = cols?.date ?? '';
    text[4]![i] = cols?.capturedAt ?? '';
    text[5]![i] = cols?.countries ?? '';
    text[6]![i] = cols?.participants ?? '';
    text[7]![i] = cols?.topics ?? '';
    text[8]![i] = cols?.tags ?? '';
    starred[i] = cols?.starred ?? false;
    search[i] = cols ? tsvectorLiteral(cols.searchTokens) : null;
  }
  return [
    userId,
    textArray(ids),
    JSON.stringify(seqs),
    JSON.stringify(deleted),
    jsonArray(states),
    ...text.map(textArray),
    JSON.stringify(starred),
    textArray(search),
    // When the records were written: a tombstone is collected a horizon after it (gc.ts).
    now(),
  ];
}
