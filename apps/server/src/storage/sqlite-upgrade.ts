// The SQLite side of the start-up data migration: stored records of an older readout schema version
// rewritten at the current one, a batch per transaction, walking the table once in rowid order.
import { SCHEMA_VERSION } from '@readouts/schema';
import type BetterSqlite3 from 'better-sqlite3';
import { fts5Document } from '../search/dialects';
import { readoutColumns, sqliteColumnValues } from './columns';
import { type UpgradeCounts, upgradeStoredState } from './record-upgrade';
import type { StorageLog } from './types';

/** The materialised columns, in the order the statements below bind them. */
const COLUMNS = [
  'title',
  'lang',
  'format',
  'date',
  'captured_at',
  'countries',
  'participants',
  'topics',
  'tags',
  'starred',
] as const;

type StaleRow = {
  rid: number;
  user_id: number;
  readout_id: string;
  state: string;
} & {
  [K in (typeof COLUMNS)[number]]: string | number | null;
} & { search: string | null };

/**
 * Records after rowid @after whose state content is not at schema version @version, or is not JSON
 * at all (reported, not rewritten), at most @limit of them, with their columns and search document.
 * The state alone: the readout is derived from it (migration 10 dropped the stored copy, before
 * this step runs on an old database). CASE keeps the JSON functions off text that is not JSON.
 */
const STALE_RECORDS = `SELECT rid, user_id, readout_id, state, ${COLUMNS.join(', ')},
    (SELECT body FROM records_fts WHERE rowid = rid) AS search
  FROM records
  WHERE rid > @after AND (
    CASE WHEN json_valid(state)
      THEN json_type(state, '$.content') = 'object' AND json_extract(state, '$.content.schemaVersion') IS NOT @version
      ELSE 1 END)
  ORDER BY rid LIMIT @limit`;

const parse = (json: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false };
  }
};

/**
 * Rewrites every stale record at the current schema version, as a push would write it (state JSON,
 * materialised columns, search document) but keeping its change sequence: the content means the
 * same, so devices need not pull it again. Columns and search documents are written only where
 * they come out different, which spares the indexes and FTS5 (a v2 record's come out the same).
 * Each batch of `batchSize` records is one immediate transaction; a record that cannot be migrated
 * is logged and left as it is.
 */
export function upgradeSqliteRecords(
  db: BetterSqlite3.Database,
  options: { batchSize: number; log: StorageLog },
): UpgradeCounts {
  const stale = db.prepare(STALE_RECORDS);
  const setJson = db.prepare('UPDATE records SET state = ? WHERE rid = ?');
  const setAll = db.prepare(
    `UPDATE records SET state = ?, ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE rid = ?`,
  );
  const deleteFts = db.prepare('DELETE FROM records_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO records_fts (rowid, body) VALUES (?, ?)');
  const counts: UpgradeCounts = { upgraded: 0, invalid: 0 };
  let after = 0;
  for (let more = true; more; ) {
    more = db
      .transaction(() => {
        const rows = stale.all({ version: SCHEMA_VERSION, after, limit: options.batchSize }) as StaleRow[];
        for (const row of rows) {
          const state = parse(row.state);
          const result = state.ok
            ? upgradeStoredState(state.value)
            : ({ kind: 'invalid', reason: 'the stored JSON does not parse' } as const);
          if (result.kind === 'invalid') {
            counts.invalid++;
            options.log.error('record not migrated, kept as it is', {
              userId: row.user_id,
              readoutId: row.readout_id,
              reason: result.reason,
            });
            continue;
          }
          if (result.kind === 'current') continue;
          counts.upgraded++;
          const { write } = result;
          const json = JSON.stringify(write.state);
          const cols = write.readout ? readoutColumns(write.readout) : null;
          // The values a push writes for these columns (a tombstone's are the defaults).
          const values = sqliteColumnValues(cols);
          if (values.every((value, i) => value === row[COLUMNS[i]!])) setJson.run(json, row.rid);
          else setAll.run(json, ...values, row.rid);
          const document = cols ? fts5Document(cols.searchTokens) : null;
          if (document !== row.search) {
            deleteFts.run(row.rid);
            if (document !== null) insertFts.run(row.rid, document);
          }
        }
        after = rows.at(-1)?.rid ?? after;
        return rows.length === options.batchSize;
      })
      .immediate();
  }
  return counts;
}
