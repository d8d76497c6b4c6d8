// The PostgreSQL facet tables: `facet_values` (each user's distinct values per kind, with how many
// live records have them) and `record_facets` (value id, readout id), written in the caller's
// transaction, a statement per table.
import type pg from 'pg';
import { type Facets, facetChanges, readoutFacets } from './facets';
import { readoutOfState } from './pg-readout';

/** One record whose facets change: its readout id and its facets before and after (null: none). */
export interface PgFacetWrite {
  key: string;
  before: Facets | null;
  after: Facets | null;
}

/** Applies a user's facet writes inside the open transaction of `c`. */
export async function writePgFacets(c: pg.PoolClient, userId: number, writes: PgFacetWrite[]): Promise<void> {
  const changes = facetChanges(writes);
  if (!changes.length) return;
  const { rows } = await c.query(
    `INSERT INTO facet_values (user_id, kind, value, n)
     SELECT $1, k, v, n FROM unnest($2::text[], $3::text[], $4::bigint[]) AS c(k, v, n)
     ON CONFLICT (user_id, kind, value) DO UPDATE SET n = facet_values.n + excluded.n
     RETURNING id, kind, value`,
    [userId, changes.map((ch) => ch.kind), changes.map((ch) => ch.value), changes.map((ch) => ch.n)],
  );
  const ids = new Map(rows.map((r) => [`${r.kind}\u0000${r.value}`, r.id as number]));
  const add: [number[], string[]] = [[], []];
  const remove: [number[], string[]] = [[], []];
  for (const ch of changes) {
    const id = ids.get(`${ch.kind}\u0000${ch.value}`);
    if (id === undefined) throw new Error(`no facet value id returned for ${ch.kind}`);
    for (const key of ch.add) {
      add[0].push(id);
      add[1].push(key);
    }
    for (const key of ch.remove) {
      remove[0].push(id);
      remove[1].push(key);
    }
  }
  if (add[0].length)
    await c.query(
      'INSERT INTO record_facets (value_id, readout_id) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING',
      add,
    );
  if (remove[0].length)
    await c.query(
      'DELETE FROM record_facets WHERE (value_id, readout_id) IN (SELECT * FROM unnest($1::bigint[], $2::text[]))',
      remove,
    );
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
