// Keeping the collection under storage pressure: asks the browser to make this extension's storage
// persistent (not evicted when the disk runs low), and reads how much space it uses.
// With the `unlimitedStorage` permission Firefox grants persistence without asking; Chrome keeps
// reporting best-effort, but exempts extensions holding that permission from eviction and from the
// quota all the same. `navigator.storage.persist()` exists in extension pages only (not in the
// service worker).
import { browser } from 'wxt/browser';

/** Whether storage is persistent, and how much is used of how much (bytes; null when not told). */
export interface StorageReport {
  /** true: persistent; false: best-effort (may be evicted); null: the browser does not say. */
  persisted: boolean | null;
  /** Whether the extension holds `unlimitedStorage` (null: unknown). */
  unlimited: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** The part of `navigator.storage` used here; any of it may be missing. */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>>;

const defaultManager = (): StorageManagerLike | undefined => globalThis.navigator?.storage;

/**
 * Asks for persistent storage unless it is already granted. Resolves to whether storage is
 * persistent now (null when the browser cannot tell); never rejects.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = defaultManager(),
): Promise<boolean | null> {
  try {
    if (storage?.persisted && (await storage.persisted())) return true;
    if (storage?.persist) return await storage.persist();
    return storage?.persisted ? false : null;
  } catch {
    return null;
  }
}

/** Whether the manifest's `unlimitedStorage` permission is in force. */
export function hasUnlimitedStorage(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['unlimitedStorage'] });
}

const orNull = async <T>(read: (() => Promise<T> | undefined) | undefined): Promise<T | null> => {
  try {
    return (await read?.()) ?? null;
  } catch {
    return null;
  }
};

/**
 * Requests persistence (see above), and reads the permission and usage and quota from
 * `estimate()`; never rejects.
 */
export async function storageReport(
  storage: StorageManagerLike | undefined = defaultManager(),
  unlimited: () => Promise<boolean> = hasUnlimitedStorage,
): Promise<StorageReport> {
  const [persisted, hasUnlimited, estimate] = await Promise.all([
    requestPersistentStorage(storage),
    orNull(unlimited),
    orNull(storage?.estimate ? () => storage.estimate!() : undefined),
  ]);
  return {
    persisted,
    unlimited: hasUnlimited,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
  };
}
