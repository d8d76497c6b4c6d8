// The start-up data migration: records the previous release stored at readout schemaVersion 2 are
// rewritten at the current version on open, in batches, once; a record that cannot be migrated is
// kept as it is and reported, and does not stop the store from opening.
import { SCHEMA_VERSION } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../__tests__/helpers/backends';
import {
  captureLog,
  dataMigrationVersion,
  downgrade,
  INVALID_ID,
  type RawDb,
  type RawRecord,
  rawDb,
  readoutAtV2,
  seed,
  stateAtV2,
} from '../../__tests__/helpers/previous-release';
import type { Storage } from '../types';

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON, checked by the assertions
type Loose = Record<string, any>;
const json = (text: string | null): Loose | null => (text === null ? null : JSON.parse(text));
const version = (r: RawRecord) => ({
  state: json(r.state)!.content?.schemaVersion ?? null,
  readout: json(r.readout)?.schemaVersion ?? null,
});

describe.each(backends)('data migration on $name', (backend) => {
  let store: Awaited<ReturnType<typeof backend.create>>;
  let raw: RawDb;
  let ids: Awaited<ReturnType<typeof seed>>;
  /** Every record as the current release wrote it, before the downgrade. */
  let written: RawRecord[];
  /** The same records as the previous release would have stored them. */
  let previous: RawRecord[];
  let seqsBefore: number[];
  const opened: Storage[] = [];

  beforeEach(async () => {
    store = await backend.create();
    const storage = await store.open();
    ids = await seed(storage);
    await storage.close();
    raw = await rawDb(backend.name, store);
    written = await raw.records();
    await downgrade(backend.name, raw);
    previous = await raw.records();
    seqsBefore = await raw.userSeqs();
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await raw.close();
    await store.drop();
  });

  const open = async (options: Parameters<typeof store.open>[0] = {}) => {
    const storage = await store.open(options);
    opened.push(storage);
    return storage;
  };

  it('starts from records stored at version 2, and one of them invalid', () => {
    expect(previous.filter((r) => r.readoutId !== 'n-0000').map(version)).toEqual(
      previous
        .filter((r) => r.readoutId !== 'n-0000')
        .map((r) => ({ state: 2, readout: r.readout === null ? null : 2 })),
    );
    expect(json(previous.find((r) => r.readoutId === 'r-0000')!.readout)!.participants[0]).not.toHaveProperty(
      'role',
    );
  });

  it('upgrades every stored record on open, keeping user fields, columns, search and change sequences', async () => {
    // One record's columns and search document out of step with its JSON: they are derived again.
    await raw.exec(
      backend.name === 'sqlite'
        ? `UPDATE records SET countries = '', participants = '' WHERE readout_id = 'r-0003';
           UPDATE records_fts SET body = 'stale' WHERE rowid = (SELECT rid FROM records WHERE readout_id = 'r-0003')`
        : `UPDATE records SET countries = '', participants = '', search = NULL WHERE readout_id = 'r-0003'`,
    );
    const { entries, log } = captureLog();
    const storage = await open({ log, upgradeBatch: 2 });
    const after = await raw.records();
    expect(after.map((r) => r.readoutId)).toEqual(written.map((r) => r.readoutId));

    for (const [i, record] of after.entries()) {
      if (record.readoutId === INVALID_ID) continue;
      // Exactly what the current release writes, documents (whatever their key order) and columns alike.
      const { state, readout, ...columns } = record;
      const { state: writtenState, readout: writtenReadout, ...writtenColumns } = written[i]!;
      expect(json(state)).toEqual(json(writtenState));
      expect(json(readout)).toEqual(json(writtenReadout));
      expect(columns).toEqual(writtenColumns);
    }

    const r0 = json((await raw.record('r-0000')).readout)!;
    expect(r0.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r0.participants.map((p: Loose) => [p.name, p.role, p.nameLatin])).toEqual([
      ['Toshimitsu Motegi', 'principal', null],
      ['Marise Payne', 'principal', null],
    ]);
    expect(r0.user).toEqual({
      tags: ['g7', 'asean'],
      note: 'kept note',
      noteVersion: expect.any(String),
      starred: false,
    });
    expect(json((await raw.record('r-0001')).readout)!.user).toEqual({ tags: [], note: '', starred: true });
    expect(json((await raw.record('b-0000')).readout)!.user.tags).toEqual(['bob']);
    // The tombstone keeps its content, now at the current version.
    const tombstone = await raw.record('r-0002');
    expect(tombstone.readout).toBeNull();
    expect(json(tombstone.state)!.deleted).not.toBeNull();
    expect(json(tombstone.state)!.content.participants.every((p: Loose) => p.role === 'principal')).toBe(
      true,
    );
    expect(version(tombstone)).toEqual({ state: SCHEMA_VERSION, readout: null });
    // The state without content is untouched.
    expect((await raw.record('n-0000')).state).toBe(previous.find((r) => r.readoutId === 'n-0000')!.state);

    // The invalid record is kept byte for byte, and reported.
    const bad = await raw.record(INVALID_ID);
    const badBefore = previous.find((r) => r.readoutId === INVALID_ID)!;
    expect([bad.state, bad.readout]).toEqual([badBefore.state, badBefore.readout]);
    expect(version(bad)).toEqual({ state: 2, readout: 2 });
    expect(entries.filter((e) => e.level === 'error')).toEqual([
      {
        level: 'error',
        msg: 'record not migrated, kept as it is',
        fields: { userId: ids.alice.id, readoutId: INVALID_ID, reason: expect.stringMatching(/date/) },
      },
    ]);
    expect(entries.filter((e) => e.level === 'info')).toEqual([
      {
        level: 'info',
        msg: 'stored records migrated',
        fields: { migrations: [dataMigrationVersion(backend.name)], upgraded: 6, invalid: 1 },
      },
    ]);
    expect((await raw.migrations()).map((m) => m.version)).toContain(dataMigrationVersion(backend.name));

    // Nothing was renumbered (each record's seq is among the columns compared above, and the users'
    // change counters stand): devices need not pull the records again.
    expect(await raw.userSeqs()).toEqual(seqsBefore);
    expect((await storage.getRecord(ids.alice.id, 'r-0000'))!.readout).toEqual(
      json(written.find((r) => r.readoutId === 'r-0000')!.readout),
    );
  });

  it('upgrades a record holding a lone surrogate escape, cleaning it (PostgreSQL JSON operators refuse one)', async () => {
    const r = await raw.record('r-0003');
    const lone = (doc: Loose) => ({ ...doc, title: 'Summit \ud83d' });
    await raw.setJson(r.userId, r.readoutId, stateAtV2(r.state, lone), readoutAtV2(r.readout, lone));
    expect((await raw.record('r-0003')).state).toContain('\\ud83d');
    await open({ log: captureLog().log });
    const upgraded = await raw.record('r-0003');
    expect(version(upgraded)).toEqual({ state: SCHEMA_VERSION, readout: SCHEMA_VERSION });
    expect(json(upgraded.readout)!.title).toBe('Summit \ufffd');
    expect(json(upgraded.state)!.content.title).toBe('Summit \ufffd');
  });

  it('changes nothing when opened a second time', async () => {
    await (await open({ log: captureLog().log })).close();
    opened.length = 0;
    const records = await raw.records();
    const migrations = await raw.migrations();
    const seqs = await raw.userSeqs();
    expect(version(records.find((r) => r.readoutId === 'r-0000')!)).toEqual({
      state: SCHEMA_VERSION,
      readout: SCHEMA_VERSION,
    });

    const { entries, log } = captureLog();
    await open({ log });
    expect(await raw.records()).toEqual(records);
    expect(await raw.migrations()).toEqual(migrations);
    expect(await raw.userSeqs()).toEqual(seqs);
    expect(entries).toEqual([]);
    // Not even the invalid record is tried again.
    expect(version(await raw.record(INVALID_ID))).toEqual({ state: 2, readout: 2 });
  });

  it('commits batch by batch, and a run cut short resumes where it stopped on the next open', async () => {
    // A write failing late in the run: on bob's b-0000, last in either backend's scan order (SQLite
    // by rowid, PostgreSQL by user and readout id), with batches of one record.
    await raw.exec(
      backend.name === 'sqlite'
        ? `CREATE TRIGGER fail_b0 BEFORE UPDATE ON records WHEN NEW.readout_id = 'b-0000'
           BEGIN SELECT RAISE(ABORT, 'injected failure'); END`
        : `CREATE FUNCTION fail_b0() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF NEW.readout_id = 'b-0000' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER fail_b0 BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION fail_b0()`,
    );
    await expect(open({ log: captureLog().log, upgradeBatch: 1 })).rejects.toThrow(/injected failure/);
    const cut = await raw.records();
    // The batches before the failure stayed committed; the failing one did not.
    expect(cut.map((r) => [r.readoutId, version(r).state])).toEqual([
      [INVALID_ID, 2],
      ['n-0000', null],
      ['r-0000', SCHEMA_VERSION],
      ['r-0001', SCHEMA_VERSION],
      ['r-0002', SCHEMA_VERSION],
      ['r-0003', SCHEMA_VERSION],
      ['r-0004', SCHEMA_VERSION],
      ['b-0000', 2],
    ]);
    expect((await raw.migrations()).map((m) => m.version)).not.toContain(dataMigrationVersion(backend.name));

    await raw.exec(`DROP TRIGGER fail_b0${backend.name === 'postgres' ? ' ON records' : ''}`);
    const { entries, log } = captureLog();
    await open({ log, upgradeBatch: 2 });
    const after = await raw.records();
    expect(after.filter((r) => r.readoutId !== INVALID_ID && r.readoutId !== 'n-0000').map(version)).toEqual(
      after
        .filter((r) => r.readoutId !== INVALID_ID && r.readoutId !== 'n-0000')
        .map((r) => ({ state: SCHEMA_VERSION, readout: r.readout === null ? null : SCHEMA_VERSION })),
    );
    // Only what was still stale was rewritten the second time.
    expect(entries.find((e) => e.level === 'info')!.fields).toMatchObject({ upgraded: 1, invalid: 1 });
    expect(after.filter((r) => r.readoutId !== 'b-0000')).toEqual(
      cut.filter((r) => r.readoutId !== 'b-0000'),
    );
    expect((await raw.migrations()).map((m) => m.version)).toContain(dataMigrationVersion(backend.name));
  });

  it('migrates once when several servers open the database at once', async () => {
    // On PostgreSQL the opens run concurrently and meet at the advisory lock; SQLite's are synchronous.
    const logs = [1, 2, 3].map(() => captureLog());
    await Promise.all(logs.map(({ log }) => open({ log, upgradeBatch: 2 })));
    const infos = logs.flatMap((l) => l.entries.filter((e) => e.level === 'info'));
    expect(infos).toHaveLength(1);
    expect(infos[0]!.fields).toMatchObject({ upgraded: 6, invalid: 1 });
    expect(logs.flatMap((l) => l.entries.filter((e) => e.level === 'error'))).toHaveLength(1);
    expect(
      (await raw.migrations()).filter((m) => m.version === dataMigrationVersion(backend.name)),
    ).toHaveLength(1);
    expect(version(await raw.record('r-0003'))).toEqual({ state: SCHEMA_VERSION, readout: SCHEMA_VERSION });
  });
});
