// Server settings from flags and environment, with the defaults the README documents.
import os from 'node:os';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL schema for all tables (created if missing); default: the connection's search_path. */
  pgSchema: string | undefined;
  /** Allowed CORS origins; `*` matches any run of characters (`chrome-extension://*`). */
  corsOrigins: string[];
  bodyLimitBytes: number;
  maxBatch: number;
  /** Requests per minute per token; bursts up to the same number. 0 turns limiting off. */
  rateLimitPerMinute: number;
  /** One JSON line per request on stdout. */
  log: boolean;
  /** SQLite: threads answering listings and stats, each with its own read-only connection; 0: none. */
  sqliteReaders: number;
  /**
   * Days a deleted record (tombstone) is kept before collection. A device that last pulled longer
   * ago than this is told to pull everything again (`resetRequired`), so it never keeps a record
   * deleted elsewhere; see docs/sync.md.
   */
  tombstoneHorizonDays: number;
  /** Minutes between tombstone collections while serving; 0 turns them off (`readouts gc` still runs one). */
  gcIntervalMinutes: number;
}

const num = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a non-negative number: ${value}`);
  return n;
};

/** Defaults overridden by `READOUTS_*` / `DATABASE_URL` environment variables, then by `overrides`. */
export function serverOptions(
  overrides: Partial<ServerOptions> = {},
  env: NodeJS.ProcessEnv = process.env,
): ServerOptions {
  return {
    port: num(env.PORT ?? env.READOUTS_PORT, 8787),
    host: env.READOUTS_HOST ?? '127.0.0.1',
    dataDir: env.READOUTS_DATA ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    pgSchema: env.READOUTS_PG_SCHEMA || undefined,
    corsOrigins: (env.READOUTS_CORS_ORIGINS ?? 'chrome-extension://*,moz-extension://*')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimitBytes: num(env.READOUTS_BODY_LIMIT, 16 * 1024 * 1024),
    maxBatch: num(env.READOUTS_MAX_BATCH, 500),
    rateLimitPerMinute: num(env.READOUTS_RATE_LIMIT, 6000),
    log: env.READOUTS_LOG !== '0',
    sqliteReaders: num(env.READOUTS_SQLITE_READERS, Math.min(4, os.availableParallelism())),
    tombstoneHorizonDays: num(env.READOUTS_TOMBSTONE_HORIZON_DAYS, 90),
    gcIntervalMinutes: num(env.READOUTS_GC_INTERVAL_MINUTES, 360),
    ...overrides,
  };
}
