// Versioned schema migrations for the SQLite backend; applied in order on start, recorded in
// `schema_migrations`.

/** One schema step; versions are never renumbered or edited once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'users, tokens, clients, records, full-text index',
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        change_seq INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        device TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX tokens_user ON tokens(user_id);
      CREATE TABLE clients (
        user_id INTEGER NOT NULL REFERENCES users(id),
        client_id TEXT NOT NULL,
        last_mutation_id INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, client_id)
      ) WITHOUT ROWID;
      CREATE TABLE records (
        rid INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        readout_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        state TEXT NOT NULL,
        readout TEXT,
        title TEXT NOT NULL DEFAULT '',
        lang TEXT,
        format TEXT,
        date TEXT NOT NULL DEFAULT '',
        captured_at TEXT NOT NULL DEFAULT '',
        countries TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        starred INTEGER NOT NULL DEFAULT 0,
        UNIQUE (user_id, readout_id)
      );
      CREATE INDEX records_seq ON records(user_id, seq);
      CREATE INDEX records_date ON records(user_id, date, readout_id);
      CREATE INDEX records_captured ON records(user_id, captured_at, readout_id);
      CREATE INDEX records_title ON records(user_id, title, readout_id);
      CREATE VIRTUAL TABLE records_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    name: 'index for listings filtered by format',
    sql: 'CREATE INDEX records_format_date ON records(user_id, format, date, readout_id)',
  },
  {
    // Numbered after the data step 3, which runs after every schema step all the same.
    version: 4,
    name: 'clients bound to the device token that first pushed as them',
    sql: 'ALTER TABLE clients ADD COLUMN token_id TEXT',
  },
  {
    version: 5,
    name: 'mutation log per record (history)',
    // The device is the token's, joined on read, so a renamed or revoked device still shows.
    sql: `
      CREATE TABLE mutation_log (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        readout_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        client_id TEXT NOT NULL,
        token_id TEXT,
        applied_at TEXT NOT NULL,
        type TEXT NOT NULL,
        detail TEXT NOT NULL
      );
      CREATE INDEX mutation_log_record ON mutation_log(user_id, readout_id, id);
    `,
  },
  {
    version: 6,
    name: 'facet tables for filters and stats; listing indexes that cover the filter columns',
    // A listing walks one of the sort indexes and tests its conditions in the index alone: a
    // record's row starts with its JSON documents, so reading a column from it costs a page.
    sql: `
      CREATE TABLE facet_values (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        n INTEGER NOT NULL,
        UNIQUE (user_id, kind, value)
      );
      CREATE TABLE record_facets (
        value_id INTEGER NOT NULL,
        rid INTEGER NOT NULL,
        PRIMARY KEY (value_id, rid)
      ) WITHOUT ROWID;
      DROP INDEX records_date;
      DROP INDEX records_captured;
      DROP INDEX records_title;
      DROP INDEX records_format_date;
      CREATE INDEX records_date ON records(user_id, deleted, date, readout_id, format, lang);
      CREATE INDEX records_captured ON records(user_id, deleted, captured_at, readout_id, format, lang, date);
      CREATE INDEX records_title ON records(user_id, deleted, title, readout_id, format, lang, date);
      CREATE INDEX records_format_date ON records(user_id, deleted, format, date, readout_id, lang);
    `,
  },
  {
    version: 8,
    name: 'tombstone collection: when each record was written, and how far each user was collected',
    // Tombstones stored before count as written now: they are collected a horizon from today.
    sql: `
      ALTER TABLE users ADD COLUMN collected_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE records ADD COLUMN changed_at TEXT;
      UPDATE records SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE deleted = 1;
      CREATE INDEX records_tombstones ON records(user_id, changed_at) WHERE deleted = 1;
    `,
  },
  {
    version: 9,
    name: 'decisions: pair and person decisions per user, numbered by a decision sequence of their own',
    // `key` is a hash of the decision's register key (a split's names every readout it moves).
    sql: `
      CREATE TABLE decisions (
        user_id INTEGER NOT NULL REFERENCES users(id),
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        hlc TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (user_id, kind, key)
      ) WITHOUT ROWID;
      CREATE INDEX decisions_seq ON decisions(user_id, seq);
      CREATE TABLE decision_heads (
        user_id INTEGER PRIMARY KEY REFERENCES users(id),
        seq INTEGER NOT NULL
      );
    `,
  },
  {
    version: 10,
    name: 'one stored copy: the readout column dropped, every readout derived from the state',
    // `readout` was always materialize(state), a second copy of the capture in every row. No index,
    // trigger or view names it, which DROP COLUMN (SQLite 3.35) requires. The data steps 3 and 7,
    // run after every schema step, read the state alone.
    sql: 'ALTER TABLE records DROP COLUMN readout',
  },
];

/**
 * A data step: every stored record of an older readout schema version rewritten at the current one
 * (`record-upgrade.ts`), in batches of their own transactions, after the schema steps, and the
 * facet tables rebuilt when needed; recorded in `schema_migrations` once done. Its version is
 * numbered among the schema steps'.
 */
export interface DataMigration {
  version: number;
  name: string;
  /**
   * Set on the step that fills the facet tables. They are rebuilt (after the upgrade pass) when
   * such a step is pending or the upgrade pass rewrote any record, whose facets may have changed.
   */
  rebuildsFacets?: boolean;
}

export const sqliteDataMigrations: DataMigration[] = [
  { version: 3, name: 'records upgraded to readout schemaVersion 3 (participant role, nameLatin)' },
  { version: 7, name: 'facet tables built from the stored readouts', rebuildsFacets: true },
];
