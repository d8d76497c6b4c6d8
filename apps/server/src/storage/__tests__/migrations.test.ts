// Versioned migrations: a database made by an older version is brought up to date on open, and
// opening an up-to-date one changes nothing. (The data step's own tests: data-migration.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { backends, pgUrl } from '../../__tests__/helpers/backends';
import { openPgStorage } from '../pg';
import { pgDataMigrations, pgMigrations } from '../pg-migrations';
import { openSqliteStorage } from '../sqlite';
import { Database } from '../sqlite-driver';
import { sqliteDataMigrations, sqliteMigrations } from '../sqlite-migrations';

describe('migrations on sqlite', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('upgrades a SQLite database created at version 1 and keeps its data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readouts-migrate-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const old = new Database(path.join(dir, 'readouts.db'));
    old.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    old.exec(sqliteMigrations[0]!.sql);
    old.prepare("INSERT INTO schema_migrations VALUES (1, 'v1', '2026-01-01')").run();
    old.prepare("INSERT INTO users (name, created_at) VALUES ('alice', '2026-01-01')").run();
    old.close();

    const storage = openSqliteStorage(dir);
    expect(await storage.findUser('alice')).toMatchObject({ name: 'alice' });
    await storage.close();
    const db = new Database(path.join(dir, 'readouts.db'));
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(
      [...sqliteMigrations, ...sqliteDataMigrations].map((m) => m.version).sort((a, b) => a - b),
    );
    db.close();
  });
});

describe.each(backends.filter((b) => b.name === 'postgres'))('migrations on $name', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('applies every migration once, even when servers start together', async () => {
    const schema = `t_migrate_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgUrl() });
    await admin.connect();
    cleanups.push(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    });
    const opened = await Promise.all([1, 2, 3].map(() => openPgStorage(pgUrl(), { schema, poolSize: 2 })));
    await Promise.all(opened.map((s) => s.close()));
    const { rows } = await admin.query(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual(
      [...pgMigrations, ...pgDataMigrations].map((m) => m.version).sort((a, b) => a - b),
    );
  });
});
