// The sync client's own IndexedDB database, in the extension origin: merged record states, the
// pull cursor, the server settings (token included) and the last sync status. Page and content
// scripts cannot open it, unlike chrome.storage.local, which content scripts can read.
import type { RecordState } from '@readouts/schema';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const SYNC_DB_NAME = 'readouts-sync';

export interface SyncDB extends DBSchema {
  /** Per readout, the merged state of everything pulled and pushed (not yet-unpushed changes). */
  records: { key: string; value: RecordState };
  /** Small values by name: `settings`, `cursor`, `status`. */
  kv: { key: string; value: unknown };
}

export type SyncDatabase = IDBPDatabase<SyncDB>;

let shared: Promise<SyncDatabase> | undefined;

/** The sync database shared by everything in one extension page or worker. */
export function getSyncDb(): Promise<SyncDatabase> {
  shared ??= openDB<SyncDB>(SYNC_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('records', { keyPath: 'id' });
      db.createObjectStore('kv');
    },
  });
  return shared;
}

/** Forgets the shared connection (tests reset IndexedDB between cases). */
export async function closeSyncDb(): Promise<void> {
  const db = shared;
  shared = undefined;
  if (db) (await db).close();
}

/** Reads one named value, or `fallback` when it was never written. */
export async function readValue<T>(key: string, fallback: T): Promise<T> {
  const value = await (await getSyncDb()).get('kv', key);
  return value === undefined ? fallback : (value as T);
}

/** Writes one named value. */
export async function writeValue<T>(key: string, value: T): Promise<void> {
  await (await getSyncDb()).put('kv', value, key);
}
