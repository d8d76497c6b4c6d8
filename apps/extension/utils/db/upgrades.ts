// Versioned upgrades of the IndexedDB database: step N takes a database of version N-1 to N.
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
