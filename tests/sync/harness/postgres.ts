// A fresh PostgreSQL database per test run, on the server that TEST_DATABASE_URL points at.
import { execFileSync } from 'node:child_process';
import type { Backend } from './server';

/** Creates an empty database next to TEST_DATABASE_URL's and returns a backend using it. */
export function freshPgBackend(name: string): Backend & { drop(): void } {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set (scripts/test.sh sets it)');
  if (!/^postgres(ql)?:\/\/\S+$/.test(base))
    throw new Error(`TEST_DATABASE_URL is not one postgres:// URL: ${JSON.stringify(base)}`);
  const database = `${name}_${process.pid}_${Date.now()}`;
  const psql = (sql: string) => execFileSync('psql', [base, '-qtAc', sql], { stdio: 'pipe' });
  psql(`CREATE DATABASE ${database}`);
  const url = new URL(base);
  url.pathname = `/${database}`;
  return {
    kind: 'pg',
    databaseUrl: url.toString(),
    drop: () => psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  };
}
