// Chooses the backend: PostgreSQL when a database URL is given, else SQLite in the data directory.
import { openPgStorage } from './pg';
import { openSqliteStorage } from './sqlite';
import type { Storage } from './types';

/** Opens storage for the server and CLI; `databaseUrl` (postgres://...) wins over `dataDir`. */
export async function openStorage(options: {
  dataDir: string;
  databaseUrl?: string | undefined;
  pgSchema?: string | undefined;
}): Promise<Storage> {
  if (options.databaseUrl) {
    return openPgStorage(options.databaseUrl, options.pgSchema ? { schema: options.pgSchema } : {});
  }
  return openSqliteStorage(options.dataDir);
}
