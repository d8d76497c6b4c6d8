// Opens the collection database, upgrading it to the current version when needed.
import { type IDBPDatabase, openDB } from 'idb';
import { DB_NAME, DB_VERSION, type ReadoutsDB } from './schema';
import { runUpgrades } from './upgrades';

export type ReadoutsDatabase = IDBPDatabase<ReadoutsDB>;

/** Opens (and upgrades) the database; `version` is only lowered by tests of the upgrade path. */
export function openReadoutsDb(version: number = DB_VERSION): Promise<ReadoutsDatabase> {
  return openDB<ReadoutsDB>(DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps await only IndexedDB requests, so the versionchange transaction stays open; a failed
      // step aborts it and the open fails instead of leaving a half-upgraded database.
      runUpgrades(db, oldVersion, newVersion ?? version, tx).catch(() => tx.abort());
    },
    blocking(_current, _blocked, event) {
      // Another page wants a newer version: step aside so its upgrade can run.
      (event.target as IDBDatabase).close();
    },
  });
}

let shared: Promise<ReadoutsDatabase> | undefined;

/** The database connection shared by everything in one extension page or worker. */
export function getDb(): Promise<ReadoutsDatabase> {
  shared ??= openReadoutsDb();
  return shared;
}

/** Forgets the shared connection (tests reset IndexedDB between cases). */
export async function closeDb(): Promise<void> {
  const db = shared;
  shared = undefined;
  if (db) (await db).close();
}
