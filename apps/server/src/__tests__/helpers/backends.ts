// The storage backends every storage and API test runs against: SQLite in a temp directory and
// PostgreSQL in a schema of its own (TEST_DATABASE_URL; missing it fails unless READOUTS_SKIP_PG=1).

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPgStorage } from '../../storage/pg';
import { openSqliteStorage } from '../../storage/sqlite';
import type { OpenOptions, Storage } from '../../storage/types';

/** A way to open fresh, isolated storage; `open` may be called again to get a second handle on the same data. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Creates an isolated store and returns a function opening handles on it. */
  create(): Promise<{
    open: (options?: OpenOptions) => Promise<Storage>;
    drop: () => Promise<void>;
    /** Environment and data directory that make `readouts serve` use the same store. */
    server: { env: Record<string, string>; dataDir: string };
  }>;
}

export function pgUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: PostgreSQL tests cannot run (set READOUTS_SKIP_PG=1 to skip them)',
    );
  if (!/^postgres(ql)?:\/\/\S+$/.test(url))
    throw new Error(`TEST_DATABASE_URL is not one postgres:// URL: ${JSON.stringify(url)}`);
  return url;
}

const sqlite: Backend = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-test-'));
    return {
      open: async (options) => openSqliteStorage(dir, options),
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      server: { env: { DATABASE_URL: '' }, dataDir: dir },
    };
  },
};

const postgres: Backend = {
  name: 'postgres',
  async create() {
    const url = pgUrl();
    const schema = `t_${randomBytes(6).toString('hex')}`;
    return {
      open: (options) => openPgStorage(url, { ...options, schema, poolSize: 4 }),
      drop: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
      server: { env: { DATABASE_URL: url, READOUTS_PG_SCHEMA: schema }, dataDir: os.tmpdir() },
    };
  },
};

/** Backends for `describe.each`. */
export const backends: Backend[] = process.env.READOUTS_SKIP_PG === '1' ? [sqlite] : [sqlite, postgres];
