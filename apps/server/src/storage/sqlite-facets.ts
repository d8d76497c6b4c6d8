// The SQLite facet tables: `facet_values` (each user's distinct values per kind, with how many live
// records have them) and `record_facets` (value id, rowid), written inside the caller's transaction.
import type BetterSqlite3 from 'better-sqlite3';
import { type Facets, facetChanges, readoutFacets } from './facets';
import { readoutOfState } from './record-upgrade';

/** One record whose facets change: its rowid and its facets before and after (null: none). */
export interface FacetWrite {
  key: number;
  before: Facets | null;
  after: Facets | null;
}

/** Prepares the facet statements on `db`; the returned function applies a user's facet writes. */
export function sqliteFacetWriter(
  db: BetterSqlite3.Database,
): (userId: number, writes: FacetWrite[]) => void {
  const upsertValue = db
    .prepare(
      `INSERT INTO facet_values (user_id, kind, value, n) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id, kind, value) DO UPDATE SET n = n + excluded.n RETURNING id`,
    )
    .pluck();
  const addRow = db.prepare('INSERT OR IGNORE INTO record_facets (value_id, rid) VALUES (?, ?)');
  const removeRow = db.prepare('DELETE FROM record_facets WHERE value_id = ? AND rid = ?');
  return (userId, writes) => {
    for (const change of facetChanges(writes)) {
      const id = upsertValue.get(userId, change.kind, change.value, change.n) as number;
      for (const rid of change.add) addRow.run(id, rid);
      for (const rid of change.remove) removeRow.run(id, rid);
    }
  };
}

/**
 * Rebuilds every user's facet tables from the readouts of the stored states, a batch of records per
 * transaction (the start-up data step; idempotent, so an interrupted run is simply run again).
 */
export function rebuildSqliteFacets(db: BetterSqlite3.Database, batchSize: number): number {
  db.exec('DELETE FROM record_facets; DELETE FROM facet_values');
  const write = sqliteFacetWriter(db);
  const batch = db.prepare(
    'SELECT rid, user_id, state FROM records WHERE rid > ? AND deleted = 0 ORDER BY rid LIMIT ?',
  );
  let after = 0;
  let records = 0;
  for (let more = true; more; ) {
    more = db
      .transaction(() => {
        const rows = batch.all(after, batchSize) as Array<{ rid: number; user_id: number; state: string }>;
        const byUser = new Map<number, FacetWrite[]>();
        for (const row of rows) {
          let facets: Facets | null = null;
          try {
            facets = readoutFacets(readoutOfState(JSON.parse(row.state)));
          } catch {
            // A state that does not parse is reported by the upgrade pass; it has no facets.
          }
          const writes = byUser.get(row.user_id) ?? [];
          writes.push({ key: row.rid, before: null, after: facets });
          byUser.set(row.user_id, writes);
        }
        for (const [userId, writes] of byUser) write(userId, writes);
        records += rows.length;
        after = rows.at(-1)?.rid ?? after;
        return rows.length === batchSize;
      })
      .immediate();
  }
  return records;
}
