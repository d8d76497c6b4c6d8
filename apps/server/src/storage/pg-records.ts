// The records of a push (or of the data migration) upserted into PostgreSQL, a statement per chunk
// of them, each column sent as one JSON array (pg-json.ts).
import type pg from 'pg';
import { tsvectorLiteral } from '../search/dialects';
import { readoutColumns } from './columns';
import { jsonArray, textArray } from './pg-json';
import type { PushPlan } from './plan-push';

const now = () => new Date().toISOString();

/** A statement to run after the records, in the same transaction. */
export interface FollowingStatement {
  text: string;
  values: unknown[];
}

/** Records per upsert statement: small enough that building one overlaps the database writing the last. */
const WRITE_CHUNK = 100;

/**
 * Upserts a user's records (a push's touched ones, or the data migration's), a statement per chunk
 * of them, then runs `then()` (null: nothing). Building a chunk's rows (columns, search vector,
 * JSON) takes about as long as the database takes to write them, so the next chunk, and last the
 * following statement, is built while the database writes the one before; statements still run
 * one at a time, in order, inside the caller's transaction, and any failure fails the push.
 */
export async function writeRecords(
  c: pg.PoolClient,
  userId: number,
  writes: PushPlan['writes'],
  then: () => FollowingStatement | null = () => null,
): Promise<void> {
  let writing: Promise<unknown> | null = null;
  const send = async (build: () => FollowingStatement | null) => {
    let statement: FollowingStatement | null;
    try {
      statement = build();
    } catch (error) {
      // Let the statement in flight finish before the caller rolls back.
      await writing?.catch(() => {});
      throw error;
    }
    if (writing) await writing;
    writing = statement ? c.query(statement.text, statement.values) : null;
  };
  for (let i = 0; i < writes.length; i += WRITE_CHUNK) {
    const chunk = writes.slice(i, i + WRITE_CHUNK);
    await send(() => ({ text: UPSERT_RECORDS, values: upsertParams(userId, chunk) }));
  }
  await send(then);
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
