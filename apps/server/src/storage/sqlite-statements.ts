// The prepared statements of the SQLite backend, prepared once per open database.
import type Database from 'better-sqlite3';
import { HISTORY_KEEP } from './mutation-log';

/** Records per multi-row upsert; a push's remainder is upserted one by one. */
export const UPSERT_ROWS = 50;
/** Values bound per record in an upsert. */
export const RECORD_PARAMS = 16;

/** Upserts `rows` records (16 values each, in column order); returns each one's rid and readout_id. */
function upsertRecordsSql(rows: number): string {
  const values = Array.from({ length: rows }, () => `(${new Array(RECORD_PARAMS).fill('?').join(', ')})`);
  return `INSERT INTO records (user_id, readout_id, seq, deleted, state, title, lang, format, date, captured_at, countries, participants, topics, tags, starred, changed_at)
       VALUES ${values.join(', ')}
       ON CONFLICT (user_id, readout_id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, state = excluded.state,
         title = excluded.title, lang = excluded.lang, format = excluded.format, date = excluded.date,
         captured_at = excluded.captured_at, countries = excluded.countries, participants = excluded.participants,
         topics = excluded.topics, tags = excluded.tags, starred = excluded.starred, changed_at = excluded.changed_at
       RETURNING rid, readout_id`;
}

/** Prepares every statement the SQLite storage runs (listings are built per query). */
export function prepareStatements(db: Database.Database) {
  return {
    insertUser: db.prepare(
      'INSERT INTO users (name, created_at) VALUES (?, ?) RETURNING id, name, created_at',
    ),
    findUser: db.prepare('SELECT id, name, created_at FROM users WHERE name = ?'),
    insertToken: db.prepare(
      'INSERT INTO tokens (id, user_id, device, token_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    listTokens: db.prepare('SELECT * FROM tokens WHERE user_id = ? ORDER BY created_at, id'),
    revokeToken: db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
    auth: db.prepare(
      'SELECT t.id AS token_id, u.id AS user_id, u.name FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL',
    ),
    userSeq: db.prepare('SELECT change_seq FROM users WHERE id = ?').pluck(),
    setUserSeq: db.prepare('UPDATE users SET change_seq = ? WHERE id = ?'),
    lastMutation: db
      .prepare('SELECT last_mutation_id FROM clients WHERE user_id = ? AND client_id = ?')
      .pluck(),
    clientToken: db.prepare('SELECT token_id FROM clients WHERE user_id = ? AND client_id = ?').pluck(),
    setLastMutation: db.prepare(
      `INSERT INTO clients (user_id, client_id, last_mutation_id, updated_at, token_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at,
         token_id = COALESCE(clients.token_id, excluded.token_id)`,
    ),
    record: db.prepare(
      'SELECT rid, readout_id, seq, deleted, state FROM records WHERE user_id = ? AND readout_id = ?',
    ),
    upsertRecord: db.prepare(upsertRecordsSql(1)),
    upsertRecords: db.prepare(upsertRecordsSql(UPSERT_ROWS)),
    insertLog: db.prepare(
      `INSERT INTO mutation_log (user_id, readout_id, seq, client_id, token_id, applied_at, type, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Everything at or below the record's entry just past the newest HISTORY_KEEP (none for most).
    pruneLog: db.prepare(
      `DELETE FROM mutation_log WHERE user_id = @user AND readout_id = @id AND id <= (
         SELECT id FROM mutation_log WHERE user_id = @user AND readout_id = @id ORDER BY id DESC LIMIT 1 OFFSET ${HISTORY_KEEP})`,
    ),
    history: db.prepare(
      `SELECT l.seq, l.applied_at, l.client_id, t.device, l.type, l.detail
       FROM mutation_log l LEFT JOIN tokens t ON t.id = l.token_id
       WHERE l.user_id = ? AND l.readout_id = ? ORDER BY l.id DESC LIMIT ?`,
    ),
    deleteFts: db.prepare('DELETE FROM records_fts WHERE rowid = ?'),
    insertFts: db.prepare('INSERT INTO records_fts (rowid, body) VALUES (?, ?)'),
    // The state as a blob: the stored UTF-8 bytes, with no JavaScript string made of them.
    pull: db.prepare(
      'SELECT readout_id, seq, CAST(state AS BLOB) AS state FROM records WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
  };
}
