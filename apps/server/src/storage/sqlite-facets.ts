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

/** Values upserted, and record rows inserted, per statement. */
const VALUES_PER_STATEMENT = 100;
const ROWS_PER_STATEMENT = 250;

/** Multi-row statements by row count, each prepared once per connection. */
function statementsByRows(db: BetterSqlite3.Database, sql: (rows: number) => string) {
  const prepared = new Map<number, BetterSqlite3.Statement>();
  return (rows: number): BetterSqlite3.Statement => {
    let statement = prepared.get(rows);
    if (!statement) {
      statement = db.prepare(sql(rows));
      prepared.set(rows, statement);
    }
    return statement;
  };
}

const placeholders = (rows: number, columns: number) =>
  Array.from({ length: rows }, () => `(${new Array(columns).fill('?').join(', ')})`).join(', ');

/**
 * Prepares the facet statements on `db`; the returned function applies a user's facet writes.
 * Multi-row statements (a push of 500 new captures adds some 6,000 record rows): one statement a
 * row cost about as much as the record upserts themselves. Record rows go in key order, so the
 * inserts touch the index pages one after another.
 */
export function sqliteFacetWriter(
  db: BetterSqlite3.Database,
): (userId: number, writes: FacetWrite[]) => void {
  const upsertValues = statementsByRows(
    db,
    (rows) => `INSERT INTO facet_values (user_id, kind, value, n) VALUES ${placeholders(rows, 4)}
       ON CONFLICT (user_id, kind, value) DO UPDATE SET n = n + excluded.n RETURNING id, kind, value`,
  );
  const addRows = statementsByRows(
    db,
    (rows) => `INSERT OR IGNORE INTO record_facets (value_id, rid) VALUES ${placeholders(rows, 2)}`,
  );
  const removeRow = db.prepare('DELETE FROM record_facets WHERE value_id = ? AND rid = ?');
  return (userId, writes) => {
    // A value whose count and rows do not change (one record gains it as another loses it: only
    // counts kinds can) needs no write.
    const changes = facetChanges(writes).filter((c) => c.n !== 0 || c.add.length || c.remove.length);
    const ids = new Map<string, number>();
    for (let i = 0; i < changes.length; i += VALUES_PER_STATEMENT) {
      const chunk = changes.slice(i, i + VALUES_PER_STATEMENT);
      const values = chunk.flatMap((c) => [userId, c.kind, c.value, c.n]);
      for (const row of upsertValues(chunk.length).all(...values) as Array<{
        id: number;
        kind: string;
        value: string;
      }>)
        ids.set(`${row.kind}\u0000${row.value}`, row.id);
    }
    const added: Array<[number, number]> = [];
    for (const change of changes) {
      const id = ids.get(`${change.kind}\u0000${change.value}`);
      if (id === undefined) throw new Error(`no id returned for facet ${change.kind} ${change.value}`);
      for (const rid of change.add) added.push([id, rid]);
      for (const rid of change.remove) removeRow.run(id, rid);
    }
    added.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (let i = 0; i < added.length; i += ROWS_PER_STATEMENT) {
      const chunk = added.slice(i, i + ROWS_PER_STATEMENT);
      addRows(chunk.length).run(...chunk.flat());
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
