// Chooses the backend: PostgreSQL when a database URL is given, else SQLite in the data directory.
import { openPgStorage } from './pg';
import { openSqliteStorage } from './sqlite';
import type { Storage, StorageLog } from './types';

/**
 * Opens storage for the server and CLI; `databaseUrl` (postgres://...) wins over `dataDir`.
 * `log` gets what the start-up data migration reports (default: JSON lines on stderr).
 */
export async function openStorage(
  options: {
    dataDir: string;
    databaseUrl?: string | undefined;
    pgSchema?: string | undefined;
    /** SQLite reader threads (see `openSqliteStorage`); default none. */
    sqliteReaders?: number;
  },
  log?: StorageLog,
): Promise<Storage> {
  const open = log ? { log } : {};
  if (options.databaseUrl) {
    return openPgStorage(options.databaseUrl, {
      ...open,
      ...(options.pgSchema ? { schema: options.pgSchema } : {}),
    });
  }
  return openSqliteStorage(options.dataDir, { ...open, readers: options.sqliteReaders ?? 0 });
}
