// The PostgreSQL facet tables: `facet_values` (each user's distinct values per kind, with how many
// live records have them) and `record_facets` (value id, readout id), written in the caller's
// transaction, all in one statement (a push's, with its other writes).
import type pg from 'pg';
import { type Facets, facetChanges, readoutFacets } from './facets';
import { readoutOfState } from './pg-readout';
import { CteStatement } from './pg-statement';

/** One record whose facets change: its readout id and its facets before and after (null: none). */
export interface PgFacetWrite {
  key: string;
  before: Facets | null;
  after: Facets | null;
}

/**
 * Adds a user's facet writes to `statement`: the values' counts upserted, and the record rows of
 * the values records gain and lose, joined to the value ids the upsert returns (a new value's id
 * exists only there). Values a record keeps are not touched.
 */
export function facetCtes(statement: CteStatement, userId: number, writes: PgFacetWrite[]): void {
  const changes = facetChanges(writes);
  if (!changes.length) return;
  const add: [string[], string[], string[]] = [[], [], []];
  const remove: [string[], string[], string[]] = [[], [], []];
  for (const ch of changes) {
    for (const key of ch.add) {
      add[0].push(ch.kind);
      add[1].push(ch.value);
      add[2].push(key);
    }
    for (const key of ch.remove) {
      remove[0].push(ch.kind);
      remove[1].push(ch.value);
      remove[2].push(key);
    }
  }
  const bind = (values: unknown[], type: string) => `${statement.bind(values)}::${type}[]`;
  statement.with(
    'facet_ids',
    `INSERT INTO facet_values (user_id, kind, value, n)
     SELECT ${statement.bind(userId)}, k, v, n FROM unnest(${bind(
       changes.map((ch) => ch.kind),
       'text',
     )}, ${bind(
       changes.map((ch) => ch.value),
       'text',
     )}, ${bind(
       changes.map((ch) => ch.n),
       'bigint',
     )}) AS c(k, v, n)
     ON CONFLICT (user_id, kind, value) DO UPDATE SET n = facet_values.n + excluded.n
     RETURNING id, kind, value`,
  );
  if (add[0].length)
    statement.with(
      'facets_added',
      `INSERT INTO record_facets (value_id, readout_id)
       SELECT f.id, a.r FROM unnest(${bind(add[0], 'text')}, ${bind(add[1], 'text')}, ${bind(add[2], 'text')}) AS a(k, v, r)
         JOIN facet_ids f ON f.kind = a.k COLLATE "C" AND f.value = a.v COLLATE "C"
       ON CONFLICT DO NOTHING`,
    );
  if (remove[0].length)
    statement.with(
      'facets_removed',
      `DELETE FROM record_facets rf
       USING unnest(${bind(remove[0], 'text')}, ${bind(remove[1], 'text')}, ${bind(remove[2], 'text')}) AS d(k, v, r)
         JOIN facet_ids f ON f.kind = d.k COLLATE "C" AND f.value = d.v COLLATE "C"
       WHERE rf.value_id = f.id AND rf.readout_id = d.r COLLATE "C"`,
    );
}

/** Applies a user's facet writes inside the open transaction of `c`, in one statement. */
export async function writePgFacets(c: pg.PoolClient, userId: number, writes: PgFacetWrite[]): Promise<void> {
  const statement = new CteStatement();
  facetCtes(statement, userId, writes);
  if (!statement.empty) await c.query(statement.text, statement.values);
}

/**
 * Rebuilds every user's facet tables from the readouts of the stored live records, walking the primary key a window
 * per transaction (the start-up data step; idempotent, so an interrupted run is run again).
 */
export async function rebuildPgFacets(
  c: pg.PoolClient,
  batchSize: number,
  inTransaction: <T>(c: pg.PoolClient, work: (c: pg.PoolClient) => Promise<T>) => Promise<T>,
): Promise<number> {
  await c.query('DELETE FROM record_facets; DELETE FROM facet_values');
  let after: [number, string] = [0, ''];
  let records = 0;
  for (;;) {
    const rows = await inTransaction(c, async (tx) => {
      const { rows } = await tx.query(
        `SELECT user_id, readout_id, deleted, state FROM records WHERE (user_id, readout_id) > ($1::bigint, $2::text)
         ORDER BY user_id, readout_id LIMIT $3`,
        [...after, batchSize],
      );
      const byUser = new Map<number, PgFacetWrite[]>();
      for (const row of rows) {
        const readout = row.deleted ? null : readoutOfState(row.state);
        if (!readout) continue;
        const writes = byUser.get(row.user_id) ?? [];
        writes.push({ key: row.readout_id, before: null, after: readoutFacets(readout) });
        byUser.set(row.user_id, writes);
      }
      for (const [userId, writes] of byUser) await writePgFacets(tx, userId, writes);
      return rows;
    });
    records += rows.length;
    const last = rows.at(-1);
    if (last) after = [last.user_id, last.readout_id];
    if (rows.length < batchSize) return records;
  }
}
