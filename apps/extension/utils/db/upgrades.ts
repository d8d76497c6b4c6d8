// Versioned upgrades of the IndexedDB database: step N takes a database of version N-1 to N.
import { migrateReadout, upgradeRecord } from '@readouts/schema';
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { counterpartCountries, type ReadoutsDB } from './schema';

type UpgradeTx = IDBPTransaction<ReadoutsDB, StoreNames<ReadoutsDB>[], 'versionchange'>;
// Older versions lack some indexes, so steps work on the untyped database.
type UpgradeStep = (db: IDBPDatabase<ReadoutsDB>, tx: UpgradeTx) => Promise<void> | void;

const steps: Record<number, UpgradeStep> = {
  /** Version 1: readouts by id with date and capture-time indexes, the outbox, meta. */
  1: (db) => {
    const readouts = db.createObjectStore('readouts', { keyPath: 'id' });
    readouts.createIndex('by-date', 'readout.date');
    readouts.createIndex('by-captured', 'readout.capture.capturedAt');
    const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
    outbox.createIndex('by-readout', 'mutation.readoutId');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  /** Version 2: a multi-entry index of counterpart countries, backfilled from existing rows. */
  2: async (_db, tx) => {
    const store = tx.objectStore('readouts');
    store.createIndex('by-country', 'countries', { multiEntry: true });
    let cursor = await store.openCursor();
    while (cursor) {
      await cursor.update({ ...cursor.value, countries: counterpartCountries(cursor.value.readout) });
      cursor = await cursor.continue();
    }
  },
  /**
   * Version 3: readouts of schema version 3 (participants carry `role` and `nameLatin`). Every
   * stored readout is migrated in place, and so are captures still waiting in the outbox; a row
   * that cannot be migrated is kept as it was rather than dropped.
   */
  3: async (_db, tx) => {
    let cursor = await tx.objectStore('readouts').openCursor();
    while (cursor) {
      try {
        const readout = migrateReadout(cursor.value.readout);
        await cursor.update({ ...cursor.value, readout });
      } catch {
        // Left for the user to see and export; the sync and import paths migrate it again.
      }
      cursor = await cursor.continue();
    }
    let queued = await tx.objectStore('outbox').openCursor();
    while (queued) {
      const { mutation } = queued.value;
      if (mutation.type === 'capture') {
        const readout = upgradeRecord(mutation.readout) as typeof mutation.readout;
        if (readout !== mutation.readout)
          await queued.update({ ...queued.value, mutation: { ...mutation, readout } });
      }
      queued = await queued.continue();
    }
  },
  /** Version 4: the bulk-capture store (the capture queue, pairing decisions); nothing to backfill. */
  4: (db) => {
    db.createObjectStore('bulk', { keyPath: 'key' });
  },
};

/** Runs every step after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function runUpgrades(
  db: IDBPDatabase<ReadoutsDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no database upgrade to version ${version}`);
    await step(db, tx);
  }
}
