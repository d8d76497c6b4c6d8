// Versioned schema migrations for the PostgreSQL backend; applied in order on start under an
// advisory lock (several servers may start at once), recorded in `schema_migrations`.
import type { DataMigration, Migration } from './sqlite-migrations';

export const pgMigrations: Migration[] = [
  {
    version: 1,
    name: 'users, tokens, clients, records, full-text index',
    sql: `
      CREATE TABLE users (
        id BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        change_seq BIGINT NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id),
        device TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX tokens_user ON tokens(user_id);
      CREATE TABLE clients (
        user_id BIGINT NOT NULL REFERENCES users(id),
        client_id TEXT NOT NULL,
        last_mutation_id BIGINT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, client_id)
      );
      CREATE TABLE records (
        user_id BIGINT NOT NULL REFERENCES users(id),
        readout_id TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
        deleted BOOLEAN NOT NULL,
        state JSON NOT NULL,
        readout JSON,
        title TEXT COLLATE "C" NOT NULL DEFAULT '',
        lang TEXT,
        format TEXT,
        date TEXT COLLATE "C" NOT NULL DEFAULT '',
        captured_at TEXT COLLATE "C" NOT NULL DEFAULT '',
        countries TEXT NOT NULL DEFAULT '',
        participants TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        starred BOOLEAN NOT NULL DEFAULT false,
        search TSVECTOR,
        PRIMARY KEY (user_id, readout_id)
      );
      CREATE INDEX records_seq ON records(user_id, seq);
      CREATE INDEX records_date ON records(user_id, date, readout_id);
      CREATE INDEX records_captured ON records(user_id, captured_at, readout_id);
      CREATE INDEX records_title ON records(user_id, title, readout_id);
      CREATE INDEX records_search ON records USING GIN (search);
    `,
  },
  {
    version: 2,
    name: 'keep records narrow: JSON documents out of line',
    // Filters and sorts read only the small columns; moving the JSON documents to TOAST keeps the
    // heap a fraction of its size, so scans stay in cache. The tsvector stays inline (compressed):
    // phrase queries recheck it for every GIN candidate.
    sql: `
      ALTER TABLE records SET (toast_tuple_target = 128);
      ALTER TABLE records ALTER COLUMN state SET STORAGE EXTERNAL;
      ALTER TABLE records ALTER COLUMN readout SET STORAGE EXTERNAL;
      ALTER TABLE records ALTER COLUMN search SET STORAGE MAIN;
    `,
  },
  {
    version: 3,
    name: 'index for listings filtered by format',
    sql: 'CREATE INDEX records_format_date ON records(user_id, format, date, readout_id)',
  },
  {
    // Numbered after the data step 4, which runs after every schema step all the same.
    version: 5,
    name: 'clients bound to the device token that first pushed as them',
    sql: 'ALTER TABLE clients ADD COLUMN token_id TEXT',
  },
  {
    version: 6,
    name: 'mutation log per record (history)',
    // detail is JSON text kept as text: it is only ever handed back, never queried.
    sql: `
      CREATE TABLE mutation_log (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id),
        readout_id TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
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
    version: 7,
    name: 'facet tables for filters and stats',
    sql: `
      CREATE TABLE facet_values (
        id BIGSERIAL PRIMARY KEY,
        user_id BIGINT NOT NULL REFERENCES users(id),
        kind TEXT COLLATE "C" NOT NULL,
        value TEXT COLLATE "C" NOT NULL,
        n BIGINT NOT NULL,
        UNIQUE (user_id, kind, value)
      );
      CREATE TABLE record_facets (
        value_id BIGINT NOT NULL,
        readout_id TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (value_id, readout_id)
      );
      CREATE INDEX records_listed ON records(user_id, deleted, date, readout_id);
    `,
  },
  {
    version: 9,
    name: 'tombstone collection: when each record was written, and how far each user was collected',
    // Tombstones stored before count as written now: they are collected a horizon from today.
    sql: `
      ALTER TABLE users ADD COLUMN collected_seq BIGINT NOT NULL DEFAULT 0;
      ALTER TABLE records ADD COLUMN changed_at TEXT COLLATE "C";
      UPDATE records SET changed_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') WHERE deleted;
      CREATE INDEX records_tombstones ON records(user_id, changed_at) WHERE deleted;
    `,
  },
  {
    version: 10,
    name: 'decisions: pair and person decisions per user, numbered by a decision sequence of their own',
    // `key` is a hash of the decision's register key (a split's names every readout it moves).
    sql: `
      CREATE TABLE decisions (
        user_id BIGINT NOT NULL REFERENCES users(id),
        kind TEXT COLLATE "C" NOT NULL,
        key TEXT COLLATE "C" NOT NULL,
        value JSON NOT NULL,
        hlc TEXT COLLATE "C" NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (user_id, kind, key)
      );
      CREATE INDEX decisions_seq ON decisions(user_id, seq);
      CREATE TABLE decision_heads (
        user_id BIGINT PRIMARY KEY REFERENCES users(id),
        seq BIGINT NOT NULL
      );
    `,
  },
  {
    version: 11,
    name: 'one stored copy: the readout column dropped, every readout derived from the state',
    // `readout` was always materialize(state): a second copy of the capture in every row's TOAST.
    // DROP COLUMN only marks it dropped (no rewrite, no long lock); an old row's copy is reclaimed
    // when the row is next written and vacuumed. The data steps, run after every schema step, read
    // the state alone.
    sql: 'ALTER TABLE records DROP COLUMN readout',
  },
  {
    version: 12,
    name: 'record states compressed (lz4) where the server supports it',
    // Still out of line (toast_tuple_target), now compressed: a state is about 13% fewer bytes
    // written per push (heap, TOAST and WAL) for the same CPU, and lz4 reads back at memory speed.
    // A server built without lz4 (or before PostgreSQL 14) keeps them uncompressed: pglz would
    // cost a push more CPU than the bytes save. Rows already stored keep their form until rewritten.
    sql: `DO $$ BEGIN
      EXECUTE 'ALTER TABLE records ALTER COLUMN state SET STORAGE EXTENDED, ALTER COLUMN state SET COMPRESSION lz4';
    EXCEPTION WHEN feature_not_supported OR syntax_error THEN NULL;
    END $$`,
  },
  {
    version: 13,
    name: 'records_date dropped: every listing reads records_listed',
    // Every listing filters deleted = false (query/sql.ts), so records_listed (user_id, deleted,
    // date, readout_id) gives the same order and ranges, and the planner chose it over
    // records_date for date sorts, ranges and cursors at 100,000 records. One index fewer for
    // every push to write.
    sql: 'DROP INDEX IF EXISTS records_date',
  },
];

/** Data steps, run after the schema steps (see `DataMigration`). */
export const pgDataMigrations: DataMigration[] = [
  { version: 4, name: 'records upgraded to readout schemaVersion 3 (participant role, nameLatin)' },
  { version: 8, name: 'facet tables built from the stored readouts', rebuildsFacets: true },
];
