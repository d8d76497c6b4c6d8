// A fresh PostgreSQL database per test run, on the server that TEST_DATABASE_URL points at, and
// backups of it to restore.
import { execFileSync } from 'node:child_process';
import type { Backend } from './server';

/** Creates an empty database next to TEST_DATABASE_URL's and returns a backend using it. */
export function freshPgBackend(name: string): Backend & { drop(): void } {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set (scripts/test.sh sets it)');
  if (!/^postgres(ql)?:\/\/\S+$/.test(base))
    throw new Error(`TEST_DATABASE_URL is not one postgres:// URL: ${JSON.stringify(base)}`);
  const database = `${name}_${process.pid}_${Date.now()}`;
  psql(base, `CREATE DATABASE ${database}`);
  const url = new URL(base);
  url.pathname = `/${database}`;
  return {
    kind: 'pg',
    databaseUrl: url.toString(),
    drop: () => psql(base, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}

const psql = (base: string, sql: string) => execFileSync('psql', [base, '-qtAc', sql], { stdio: 'pipe' });

/**
 * Copies the database of `databaseUrl` aside (nothing may be connected to it) and returns a
 * function that puts the copy back in its place, as restoring a backup would.
 */
export function backUpPg(databaseUrl: string): () => void {
  const base = process.env.TEST_DATABASE_URL!;
  const database = new URL(databaseUrl).pathname.slice(1);
  const copy = `${database}_backup`;
  psql(base, `CREATE DATABASE ${copy} TEMPLATE ${database}`);
  return () => {
    psql(base, `DROP DATABASE ${database} WITH (FORCE)`);
    psql(base, `ALTER DATABASE ${copy} RENAME TO ${database}`);
  };
}
